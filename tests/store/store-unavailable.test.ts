import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isStoreUnavailable } from '../../src/store/store-unavailable.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-unavailable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('store errors the user is told about as "storage unavailable"', () => {
  it('recognises a write to a read-only SQLite database', () => {
    const path = join(dir, 'ro.db');
    new Database(path).exec('CREATE TABLE t (x)').close();
    const db = new Database(path, { readonly: true });
    const error = thrownBy(() => db.exec('INSERT INTO t VALUES (1)'));
    db.close();
    expect(error).toMatchObject({ code: 'SQLITE_READONLY' });
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it('recognises PostgreSQL refusing the connection', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it('does not blame the store for a bug or a constraint', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x PRIMARY KEY)');
    db.exec('INSERT INTO t VALUES (1)');
    const constraint = thrownBy(() => db.exec('INSERT INTO t VALUES (1)'));
    const syntax = thrownBy(() => db.exec('SELEC 1'));
    db.close();
    expect(isStoreUnavailable(constraint)).toBe(false);
    expect(isStoreUnavailable(syntax)).toBe(false);
    expect(isStoreUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
