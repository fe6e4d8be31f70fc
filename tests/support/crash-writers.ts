import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import type { Session } from '../../src/core/interview/types.ts';
import { openStore } from '../../src/store/open-store.ts';
import { spawnStoreChild, type StoreChild } from './store-child-process.ts';

// Scaffolding shared by tests/store/crash.test.ts (SQLite) and postgres-crash.test.ts, and the session race's
// check, which both engines must pass alike.
const KILL_AFTER_MS = 300;
const KILL_AFTER_IDS = 2_000;

/**
 * Runs store-attempt-writer.ts on `target` (a SQLite file or a postgres:// URL) and kill -9s it after
 * KILL_AFTER_MS, or once it has acknowledged KILL_AFTER_IDS attempts. Its lines are the acknowledged ids.
 */
export async function killAttemptWriter(target: string, userId: string): Promise<StoreChild> {
  const writer = spawnStoreChild('store-attempt-writer.ts', [target, userId]);
  await writer.waitForLine(() => true);
  await Promise.race([sleep(KILL_AFTER_MS), writer.waitForLine(() => writer.lines.length >= KILL_AFTER_IDS)]);
  writer.process.kill('SIGKILL');
  return writer;
}

/**
 * Runs two store-session-writer.ts processes ('left' and 'right') on `target`, each saving session
 * `sessionId` `saves` times, and lets them go together once both are ready.
 */
export async function startSessionRace(
  target: string,
  sessionId: string,
  saves: number,
): Promise<[StoreChild, StoreChild]> {
  const writers = ['left', 'right'].map((name) =>
    spawnStoreChild('store-session-writer.ts', [target, sessionId, name, String(saves)]),
  ) as [StoreChild, StoreChild];
  await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
  for (const writer of writers) writer.process.stdin?.write('go\n');
  return writers;
}

/** What the session writers printed: each `ok <id> <version>` split into words, and the `conflict <id>` lines. */
export function readRaceReports(writers: readonly StoreChild[]): { saved: string[][]; conflicts: string[] } {
  const lines = writers.flatMap((writer) => writer.lines);
  return {
    saved: lines.filter((line) => line.startsWith('ok ')).map((line) => line.split(' ')),
    conflicts: lines.filter((line) => line.startsWith('conflict ')),
  };
}

/** Session `sessionId` and the ids of user-1's attempts, as a fresh store on `storeUrl` reads them. */
export async function readRaceOutcome(
  storeUrl: string,
  dataDir: string,
  sessionId: string,
): Promise<{ session: Session | null; attemptIds: string[] }> {
  const store = await openStore(storeUrl, dataDir);
  const session = await store.getSession(sessionId);
  const attemptIds = (await store.listAttempts('user-1')).map((attempt) => attempt.id);
  await store.close();
  return { session, attemptIds };
}

/**
 * No update lost in a session race: every acknowledged save is in the session and has its attempt, the
 * versions run 2, 3, … without a gap, and the writers did collide (each collision reported, not written).
 */
export function expectNoLostSessionUpdate(
  { saved, conflicts }: { saved: string[][]; conflicts: string[] },
  { session, attemptIds }: { session: Session | null; attemptIds: string[] },
  savesPerWriter: number,
): void {
  const savedIds = saved.map(([, id]) => id).sort();
  expect(saved).toHaveLength(2 * savesPerWriter);
  expect([...(session?.questionIds ?? [])].sort()).toEqual(savedIds);
  expect(attemptIds.sort()).toEqual(savedIds);
  expect(session?.version).toBe(1 + saved.length);
  expect(saved.map(([, , version]) => Number(version)).sort((a, b) => a - b)).toEqual(
    Array.from({ length: saved.length }, (_, i) => i + 2),
  );
  expect(conflicts.length).toBeGreaterThan(0);
}
