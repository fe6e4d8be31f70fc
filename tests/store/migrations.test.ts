import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/store/sqlite/connection.ts';
import { MIGRATIONS, currentVersion, runMigrations } from '../../src/store/sqlite/migrations.ts';
import { toSessionRow } from '../../src/store/sqlite/rows.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeAttempt, makeSession, makeUser } from './fixtures.ts';

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

  it('counts the claims made before runs could be released as finished (they are never run again)', async () => {
    const path = join(dir, 'claims-upgrade.db');
    const db = new BetterSqlite3(path);
    runMigrations(db, MIGRATIONS.slice(0, -1));
    db.prepare(
      "INSERT INTO claims (key, owner, claimed_at) VALUES ('daily:u1', 'old', '2025-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    const store = openSqliteStore(path);
    expect(await store.takeJob('daily:u1', 'new', '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z')).toBe(
      'finished',
    );
    await store.close();
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

describe('migration 4: the sessions.source column', () => {
  it('gives sessions saved before it their source, so findActiveSession can filter them', async () => {
    const path = join(dir, 'before-4.db');
    const db = new BetterSqlite3(path);
    runMigrations(db, MIGRATIONS.slice(0, 3));
    const insert = db.prepare(
      'INSERT INTO sessions (id, user_id, status, version, data, updated_at) VALUES (@id, @user_id, @status, @version, @data, @updated_at)',
    );
    insert.run(
      toSessionRow(makeSession({ id: 'interview', source: 'discord', updatedAt: '2025-03-01T00:00:00.000Z' }), 1),
    );
    insert.run(toSessionRow(makeSession({ id: 'r-round', source: 'round', updatedAt: '2025-03-02T00:00:00.000Z' }), 1));
    db.close();

    const store = openSqliteStore(path);
    expect((await store.findActiveSession('user-1'))?.id).toBe('r-round');
    expect((await store.findActiveSession('user-1', { sources: ['discord', 'voice'] }))?.id).toBe('interview');
    await store.close();
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
