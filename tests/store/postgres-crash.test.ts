import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import {
  expectNoLostSessionUpdate,
  killAttemptWriter,
  readRaceOutcome,
  readRaceReports,
  startSessionRace,
} from '../support/crash-writers.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import type { StoreChild } from '../support/store-child-process.ts';
import { makeSession, makeUser } from './fixtures.ts';

// The PostgreSQL twin of crash.test.ts: same child processes, a postgres:// URL instead of a file.
const SAVES_PER_WRITER = 60;

describePostgres('PostgreSQL under kill -9 and two writers', () => {
  const schema = useTestSchema();

  async function writeUntilKilled(userId: string): Promise<string[]> {
    const writer = await killAttemptWriter(schema.url, userId);
    expect(await writer.exited).toBe('SIGKILL');
    return [...writer.lines];
  }

  it('keeps every attempt whose save resolved before kill -9, across two crashes', async () => {
    for (const userId of ['first-run', 'second-run']) {
      const acknowledged = await writeUntilKilled(userId);
      expect(acknowledged.length).toBeGreaterThan(0);

      const store = await openStore(schema.url, '.');
      const stored = new Set((await store.listAttempts(userId)).map((attempt) => attempt.id));
      await store.close();
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    }
  });

  async function race(sessionId: string): Promise<[StoreChild, StoreChild]> {
    const writers = await startSessionRace(schema.url, sessionId, SAVES_PER_WRITER);
    expect(await Promise.all(writers.map((w) => w.exited))).toEqual([0, 0]);
    return writers;
  }

  it('loses no update when two processes save the same session: every conflict wrote nothing', async () => {
    const setup = await openStore(schema.url, '.');
    await setup.upsertUser(makeUser());
    expect((await setup.saveSession(makeSession({ id: 'shared', questionIds: [] }), null)).ok).toBe(true);
    await setup.close();

    const reports = readRaceReports(await race('shared'));
    expectNoLostSessionUpdate(reports, await readRaceOutcome(schema.url, '.', 'shared'), SAVES_PER_WRITER);
  });
});
