import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { openPostgresPool, parsePostgresUrl } from '../../src/store/postgres/connection.ts';
import { MIGRATIONS, currentVersion, runMigrations } from '../../src/store/postgres/migrations.ts';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { SESSION_COLUMNS, sessionValues } from '../../src/store/postgres/rows.ts';
import { describePostgres, uniqueSchemaName, urlWithParams, withAdminClient } from '../support/pg-test-database.ts';
import { makeAttempt, makeSession, makeUser } from './fixtures.ts';

describe('parsePostgresUrl', () => {
  it('takes ?schema= out of the URL and sets the search_path of every connection', () => {
    expect(parsePostgresUrl('postgres://u:p@db:5432/bot?schema=mi_bot&sslmode=disable')).toEqual({
      connectionString: 'postgres://u:p@db:5432/bot?sslmode=disable',
      schema: 'mi_bot',
      options: '-c search_path=mi_bot -c synchronous_commit=on',
    });
  });

  it('keeps the server search_path without ?schema= and adds to options given in the URL', () => {
    expect(parsePostgresUrl('postgresql://db/bot?options=-c%20statement_timeout%3D5000')).toEqual({
      connectionString: 'postgresql://db/bot',
      schema: null,
      options: '-c statement_timeout=5000 -c synchronous_commit=on',
    });
  });

  it.each(['', 'Public', 'mi-bot', 'mi bot', '1st', 'x'.repeat(64), 'a;drop'])('refuses the schema %j', (schema) => {
    expect(() => parsePostgresUrl(`postgres://db/bot?schema=${encodeURIComponent(schema)}`)).toThrow(/schema/);
  });
});

describePostgres('PostgreSQL migrations and connections', () => {
  const schemas: string[] = [];
  afterAll(() =>
    withAdminClient(async (client) => {
      for (const name of schemas) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    }),
  );
  /** A schema name for one test, not created yet; dropped after the file. */
  function freshSchema(): { name: string; url: string } {
    const name = uniqueSchemaName();
    schemas.push(name);
    return { name, url: urlWithParams({ schema: name }) };
  }
  /** A pool on the schema that runs no migration by itself. */
  function rawPool(url: string): pg.Pool {
    const { connectionString, options } = parsePostgresUrl(url);
    return new pg.Pool({ connectionString, options, max: 1 });
  }

  describe('runMigrations', () => {
    it('creates the missing schema, applies every migration once, then none', async () => {
      const { name, url } = freshSchema();
      const pool = rawPool(url);
      expect(await runMigrations(pool, name)).toBe(MIGRATIONS.length);
      expect(await runMigrations(pool, name)).toBe(0);
      expect(await currentVersion(pool)).toBe(MIGRATIONS.length);
      await pool.end();
    });

    it('counts the claims made before runs could be released as finished (they are never run again)', async () => {
      const { name, url } = freshSchema();
      const pool = rawPool(url);
      await runMigrations(pool, name, MIGRATIONS.slice(0, -1));
      await pool.query(
        "INSERT INTO claims (key, owner, claimed_at) VALUES ('daily:u1', 'old', '2025-01-01T00:00:00.000Z')",
      );
      await pool.end();
      const store = await openPostgresStore(url, 1);
      expect(await store.takeJob('daily:u1', 'new', '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z')).toBe(
        'finished',
      );
      await store.close();
    });

    it('applies only the migrations added since the last run', async () => {
      const { name, url } = freshSchema();
      const pool = rawPool(url);
      await runMigrations(pool, name);
      expect(await runMigrations(pool, name, [...MIGRATIONS, 'CREATE TABLE extra (a TEXT)'])).toBe(1);
      expect(await currentVersion(pool)).toBe(MIGRATIONS.length + 1);
      await pool.end();
    });

    it('rolls back the whole run, schema included, when one migration fails', async () => {
      const { name, url } = freshSchema();
      const pool = rawPool(url);
      const broken = [...MIGRATIONS, 'CREATE TABLE broken (a TEXT); NOT SQL'];
      await expect(runMigrations(pool, name, broken)).rejects.toThrow();
      await pool.end();
      const found = await withAdminClient((client) =>
        client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name]),
      );
      expect(found.rowCount).toBe(0);
    });

    it('migration 4 gives sessions saved before it their source, so findActiveSession can filter them', async () => {
      const { name, url } = freshSchema();
      const pool = rawPool(url);
      await runMigrations(pool, name, MIGRATIONS.slice(0, 3));
      const insert = `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`;
      await pool.query(
        insert,
        sessionValues(makeSession({ id: 'interview', source: 'discord', updatedAt: '2025-03-01T00:00:00.000Z' }), 1),
      );
      await pool.query(
        insert,
        sessionValues(makeSession({ id: 'r-round', source: 'round', updatedAt: '2025-03-02T00:00:00.000Z' }), 1),
      );
      await pool.end();

      const store = await openStore(url, '.');
      expect((await store.findActiveSession('user-1'))?.id).toBe('r-round');
      expect((await store.findActiveSession('user-1', { sources: ['discord', 'voice'] }))?.id).toBe('interview');
      await store.close();
    });

    it('migrates once when several stores start on the same new schema at the same moment', async () => {
      const { name, url } = freshSchema();
      const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(url, 1)));
      await Promise.all(stores.map((store) => store.close()));
      const versions = await withAdminClient((client) =>
        client.query<{ version: number }>(`SELECT version FROM "${name}".schema_migrations ORDER BY version`),
      );
      expect(versions.rows.map((row) => row.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    });
  });

  describe('openPostgresPool', () => {
    it('keeps the data when the same schema is opened twice', async () => {
      const { url } = freshSchema();
      const first = await openStore(url, '.');
      await first.upsertUser(makeUser());
      await first.addAttempt(makeAttempt());
      await first.close();

      const second = await openStore(url, '.');
      expect(await second.getUser('user-1')).toEqual(makeUser());
      expect(await second.listAttempts('user-1')).toEqual([makeAttempt()]);
      await second.close();
    });

    it('sets the search_path, synchronous commits and an application name on every connection', async () => {
      const { name, url } = freshSchema();
      const pool = await openPostgresPool(url, 2);
      const settings = await pool.query(`
        SELECT current_setting('search_path') AS path, current_setting('synchronous_commit') AS sync,
          current_setting('application_name') AS app`);
      await pool.end();
      expect(settings.rows).toEqual([{ path: name, sync: 'on', app: 'mock-interviewer' }]);
    });

    it('opens at most poolSize connections however many queries wait', async () => {
      const { url } = freshSchema();
      const appName = `mi_pool_${process.pid}_${Date.now()}`;
      const store = await openStore(urlWithParams({ application_name: appName }, url), '.', { poolSize: 3 });
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.getSession(`s-${i}`)));
      const open = await withAdminClient((client) =>
        client.query('SELECT 1 FROM pg_stat_activity WHERE application_name = $1', [appName]),
      );
      await store.close();
      expect(open.rowCount).toBe(3);
    });
  });
});
