import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import {
  expectNoLostSessionUpdate,
  killAttemptWriter,
  readRaceOutcome,
  readRaceReports,
  startSessionRace,
} from '../support/crash-writers.ts';
import type { StoreChild } from '../support/store-child-process.ts';
import { makeSession, makeUser } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeUntilKilled(path: string, userId: string): Promise<string[]> {
  const writer = await killAttemptWriter(path, userId);
  expect(await writer.exited).toBe('SIGKILL');
  return [...writer.lines];
}

function checkIntegrity(path: string): string {
  const db = new BetterSqlite3(path);
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

describe('an acknowledged attempt is never lost', () => {
  it('keeps every attempt whose save resolved before kill -9, across two crashes', async () => {
    const path = join(dir, 'attempts.db');
    for (const userId of ['first-run', 'second-run']) {
      const acknowledged = await writeUntilKilled(path, userId);
      expect(acknowledged.length).toBeGreaterThan(0);

      expect(checkIntegrity(path)).toBe('ok');
      const store = await openStore(`sqlite:${path}`, dir);
      const stored = new Set((await store.listAttempts(userId)).map((attempt) => attempt.id));
      await store.close();
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    }
  });
});

describe('two processes saving the same session', () => {
  const SAVES_PER_WRITER = 40;

  async function race(path: string): Promise<[StoreChild, StoreChild]> {
    const writers = await startSessionRace(path, 'shared', SAVES_PER_WRITER);
    expect(await Promise.all(writers.map((w) => w.exited))).toEqual([0, 0]);
    return writers;
  }

  it('loses no update: every successful save is visible and every conflict wrote nothing', async () => {
    const path = join(dir, 'sessions.db');
    const setup = await openStore(`sqlite:${path}`, dir);
    await setup.upsertUser(makeUser());
    expect((await setup.saveSession(makeSession({ id: 'shared', questionIds: [] }), null)).ok).toBe(true);
    await setup.close();

    const reports = readRaceReports(await race(path));
    expectNoLostSessionUpdate(reports, await readRaceOutcome(`sqlite:${path}`, dir, 'shared'), SAVES_PER_WRITER);
  });
});
