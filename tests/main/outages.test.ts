import { describe, expect, it, vi } from 'vitest';
import { describePostgres, PG_TEST_URL, useTestSchema } from '../support/pg-test-database.ts';
import { gatewayOutageDrill, postgresOutageDrill } from './support/outage-drills.ts';

// The drills start a real bot process and keep an outage going; `npm run bench:outages` runs the long ones.
vi.setConfig({ testTimeout: 120_000 });

describe('Discord unreachable for a while, then back', () => {
  it('retries at growing intervals without identifying in a loop, comes back and answers every interview once', async () => {
    const figures = await gatewayOutageDrill(9000);
    console.log('gateway outage drill:', figures);
    expect(figures.retriesDuringOutage).toBeGreaterThanOrEqual(2);
    // 0.5 s, 1 s, 2 s, 4 s… instead of 0.5 s every time: about four attempts in 9 s, not eighteen.
    expect(figures.retriesDuringOutage).toBeLessThanOrEqual(6);
    expect(figures.longestWaitMs).toBeGreaterThanOrEqual(2000);
    expect(figures.identifiesDuringOutage).toBe(0);
    expect(figures).toMatchObject({ answersLost: 0, duplicates: 0, exitCode: 0 });
  });
});

describePostgres('PostgreSQL dropping every connection mid-load, then back', () => {
  const schema = useTestSchema();

  it('loses no answer the user saw scored, stores none twice, says 503 on /healthz while down, and recovers', async () => {
    const figures = await postgresOutageDrill({ pgUrl: PG_TEST_URL, schema: schema.name, outageMs: 3000, users: 3 });
    console.log('PostgreSQL outage drill:', figures);
    expect(figures.healthzDuring).toBe(503);
    expect(figures.healthzAfter).toBe(200);
    expect(figures.scored).toBeGreaterThan(0);
    expect(figures.refusedOtherwise).toBe(0);
    expect(figures).toMatchObject({ answersLost: 0, duplicates: 0, exitCode: 0 });
  });
});
