import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/commands.ts';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { expectCleanTraffic } from '../discord/support/checks.ts';
import { answer, buttons, click, slash, titleOf } from '../discord/support/drive.ts';
import { interactionCounts, startReplica, type Replica } from './support/replicas.ts';
import { startRoundRobin, type RoundRobin } from './support/round-robin.ts';

describePostgres('two serve-http replicas behind a load balancer, one PostgreSQL database', () => {
  const schema = useTestSchema();
  let fake: FakeDiscord;
  let dir: string;
  let replicas: Replica[] = [];
  let balancer: RoundRobin;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    fake.registerCommands(commandDefinitions);
    dir = mkdtempSync(join(tmpdir(), 'mi-replicas-'));
    const env = {
      DISCORD_PUBLIC_KEY: fake.publicKey,
      DISCORD_API_BASE: fake.apiBase,
      DATABASE_URL: schema.url,
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
    };
    replicas = await Promise.all([startReplica(env, dir), startReplica(env, dir)]);
    balancer = await startRoundRobin(replicas.map((r) => r.origin));
    await fake.setInteractionsEndpoint(`${balancer.origin}/interactions`);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.cli.stop()));
    await balancer?.close();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('plays a whole interview with every request going to the other replica than the one before', async () => {
    const ada = fake.user('ada');
    const from = balancer.routed.length;
    let question = await slash(fake, ada, 'mock-interview', { questions: 3 });
    for (let n = 1; n <= 3; n++) {
      expect(titleOf(question)).toMatch(new RegExp(`^Question ${n}/3`));
      if (n === 2) question = await (await click(fake, ada, question, 'Hint')).original();
      const { message: feedback } = await answer(
        fake,
        ada,
        question,
        `Attempt ${n}: it depends on the data, the tools and the team.`,
      );
      expect(titleOf(feedback)).toMatch(new RegExp(`^Question ${n}/3 · Score \\d+/100$`));
      question = await (await click(fake, ada, feedback, n === 3 ? 'See summary' : 'Next question')).original();
    }
    expect(titleOf(question)).toMatch(/^Interview finished · \d+\/100 overall$/);
    expect(buttons(question)).toEqual([]);

    const path = balancer.routed.slice(from);
    expect(path).toHaveLength(1 + 3 * 3 + 1);
    expect(path.every((replica, i) => i === 0 || replica !== path[i - 1])).toBe(true);
    const counts = await Promise.all(replicas.map((r) => interactionCounts(r.origin)));
    const handled = counts.map((c) =>
      [...c.entries()].filter(([k]) => !/^(ping|other)\//.test(k)).reduce((sum, [, n]) => sum + n, 0),
    );
    expect(handled).toEqual([path.filter((r) => r === 0).length, path.filter((r) => r === 1).length]);

    const store = await openPostgresStore(schema.url, 1);
    try {
      expect(await store.listAttempts(ada.id)).toHaveLength(3);
      expect(await store.findActiveSession(ada.id)).toBeNull();
    } finally {
      await store.close();
    }
    expectCleanTraffic(fake);
  });
});
