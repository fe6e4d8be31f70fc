import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/store/sqlite/connection.ts';
import { MIGRATIONS, currentVersion, runMigrations } from '../../src/store/sqlite/migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeAttempt, makeUser } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runMigrations', () => {
  it('applies every migration once, then none', () => {
    const db = new BetterSqlite3(':memory:');
    expect(runMigrations(db)).toBe(MIGRATIONS.length);
    expect(runMigrations(db)).toBe(0);
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('applies only the migrations added since the last run', () => {
    const db = new BetterSqlite3(':memory:');
    runMigrations(db);
    expect(runMigrations(db, [...MIGRATIONS, 'CREATE TABLE extra (a TEXT)'])).toBe(1);
    expect(currentVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it('rolls back every migration of a run when one fails', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => runMigrations(db, [...MIGRATIONS, 'CREATE TABLE broken (a TEXT); NOT SQL'])).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('users');
    expect(tables).not.toContain('broken');
    db.close();
  });
});

describe('openSqliteDatabase', () => {
  it('keeps the data when the same file is opened twice', async () => {
    const path = join(dir, 'twice.db');
    const first = openSqliteStore(path);
    await first.upsertUser(makeUser());
    await first.addAttempt(makeAttempt());
    await first.close();

    const second = openSqliteStore(path);
    expect(await second.getUser('user-1')).toEqual(makeUser());
    expect(await second.listAttempts('user-1')).toEqual([makeAttempt()]);
    await second.close();

    const db = new BetterSqlite3(path);
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(MIGRATIONS.map((_, i) => i + 1));
    db.close();
  });

  it('turns on WAL, full sync, a busy timeout and foreign keys', () => {
    const db = openSqliteDatabase(join(dir, 'pragmas.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(existsSync(join(dir, 'pragmas.db'))).toBe(true);
  });
});
