import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { spawnStoreChild, type StoreChild } from '../support/store-child-process.ts';
import { makeSession, makeUser } from './fixtures.ts';

// The PostgreSQL twin of crash.test.ts: same child processes, a postgres:// URL instead of a file.
const KILL_AFTER_MS = 300;
const KILL_AFTER_IDS = 2_000;
const SAVES_PER_WRITER = 60;

describePostgres('PostgreSQL under kill -9 and two writers', () => {
  const schema = useTestSchema();

  async function writeUntilKilled(userId: string): Promise<string[]> {
    const writer = spawnStoreChild('store-attempt-writer.ts', [schema.url, userId]);
    await writer.waitForLine(() => true);
    await Promise.race([sleep(KILL_AFTER_MS), writer.waitForLine(() => writer.lines.length >= KILL_AFTER_IDS)]);
    writer.process.kill('SIGKILL');
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
    const writers = ['left', 'right'].map((name) =>
      spawnStoreChild('store-session-writer.ts', [schema.url, sessionId, name, String(SAVES_PER_WRITER)]),
    ) as [StoreChild, StoreChild];
    await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
    for (const writer of writers) writer.process.stdin?.write('go\n');
    expect(await Promise.all(writers.map((w) => w.exited))).toEqual([0, 0]);
    return writers;
  }

  it('loses no update when two processes save the same session: every conflict wrote nothing', async () => {
    const setup = await openStore(schema.url, '.');
    await setup.upsertUser(makeUser());
    expect((await setup.saveSession(makeSession({ id: 'shared', questionIds: [] }), null)).ok).toBe(true);
    await setup.close();

    const lines = (await race('shared')).flatMap((writer) => writer.lines);
    const saved = lines.filter((line) => line.startsWith('ok ')).map((line) => line.split(' '));
    const conflicts = lines.filter((line) => line.startsWith('conflict '));

    const store = await openStore(schema.url, '.');
    const session = await store.getSession('shared');
    const attemptIds = (await store.listAttempts('user-1')).map((attempt) => attempt.id);
    await store.close();

    const savedIds = saved.map(([, id]) => id).sort();
    expect(saved).toHaveLength(2 * SAVES_PER_WRITER);
    expect([...(session?.questionIds ?? [])].sort()).toEqual(savedIds);
    expect(attemptIds.sort()).toEqual(savedIds);
    expect(session?.version).toBe(1 + saved.length);
    expect(saved.map(([, , version]) => Number(version)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: saved.length }, (_, i) => i + 2),
    );
    // Each of these was a real collision between the processes, reported rather than overwritten.
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
