import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { spawnStoreChild } from '../support/store-child-process.ts';

const KEYS = 200;
const dir = mkdtempSync(join(tmpdir(), 'store-claims-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Two processes claim job-0 … job-199 in the same order at the same time; returns what each was granted.
 * `target` is a SQLite file path or a postgres:// URL, as the child takes it.
 */
async function raceClaims(target: string): Promise<[string[], string[]]> {
  // The store is migrated before the race so that both children only claim.
  await (await openStore(target, dir)).close();
  const writers = ['left', 'right'].map((owner) =>
    spawnStoreChild('store-claim-writer.ts', [target, owner, String(KEYS)]),
  );
  await Promise.all(writers.map((w) => w.waitForLine((line) => line === 'ready')));
  for (const writer of writers) writer.process.stdin?.write('go\n');
  expect(await Promise.all(writers.map((w) => w.exited))).toEqual([0, 0]);
  const [left = [], right = []] = writers.map((w) =>
    w.lines.filter((line) => line.startsWith('claimed ')).map((line) => line.slice('claimed '.length)),
  );
  return [left, right];
}

function expectSplit([left, right]: [string[], string[]]): void {
  const all = [...left, ...right];
  expect(new Set(all).size).toBe(all.length);
  expect(all.sort()).toEqual(Array.from({ length: KEYS }, (_, i) => `job-${i}`).sort());
}

describe('two processes claiming the same keys', () => {
  it('SQLite: every key is claimed exactly once', async () => {
    expectSplit(await raceClaims(join(dir, 'claims.db')));
  });
});

describePostgres('two processes claiming the same keys', () => {
  const schema = useTestSchema();

  it('PostgreSQL: every key is claimed exactly once', async () => {
    expectSplit(await raceClaims(schema.url));
  });
});
