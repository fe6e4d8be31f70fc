import type { ClientBase, Pool } from 'pg';
import { withTransaction } from './transaction.ts';

/**
 * Schema changes in order; migration N is `MIGRATIONS[N - 1]`, and N matches the SQLite migration N.
 * Append only: never edit a migration that has shipped, add a new one. Times are ISO-8601 UTC text (as
 * `Date#toISOString` writes them) so that they come back exactly as saved; ids and times use the "C"
 * collation so that text order is byte order, as in SQLite, whatever the database's locale.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT COLLATE "C" PRIMARY KEY,
    display_name TEXT NOT NULL,
    time_zone TEXT,
    leaderboard_opt_out BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  );

  CREATE TABLE attempts (
    id TEXT COLLATE "C" PRIMARY KEY,
    -- Insertion order, to break ties between attempts with the same created_at (SQLite uses rowid).
    seq BIGSERIAL NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    session_id TEXT COLLATE "C",
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    guild_id TEXT COLLATE "C",
    answer TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    key_points JSON NOT NULL,
    hints_used INTEGER NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX attempts_user_created ON attempts (user_id, created_at, seq);
  CREATE INDEX attempts_guild_created ON attempts (guild_id, created_at);

  CREATE TABLE sessions (
    id TEXT COLLATE "C" PRIMARY KEY,
    user_id TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    data JSON NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX sessions_user_status ON sessions (user_id, status);
  `,
  `
  CREATE TABLE claims (
    key TEXT COLLATE "C" PRIMARY KEY,
    owner TEXT NOT NULL,
    claimed_at TEXT COLLATE "C" NOT NULL
  );
  `,
];

const CREATE_TRACKING_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
  )`;

// First key of the two-key advisory lock (an arbitrary constant: "mi"); the second is the schema name.
const MIGRATION_LOCK = 0x6d69;

/**
 * Applies the migrations this schema has not seen yet, all in one transaction, and returns how many ran;
 * creates `schema` first when given and missing. Safe to run twice and from several processes at once:
 * a transaction-scoped advisory lock on the schema name is taken before anything is read.
 */
export async function runMigrations(
  pool: Pool,
  schema: string | null,
  migrations: readonly string[] = MIGRATIONS,
): Promise<number> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MIGRATION_LOCK, schema ?? '']);
    if (schema !== null) await createSchemaIfMissing(client, schema);
    await client.query(CREATE_TRACKING_TABLE);
    const current = await currentVersion(client);
    for (const [offset, sql] of migrations.slice(current).entries()) {
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [current + offset + 1]);
    }
    return Math.max(0, migrations.length - current);
  });
}

/** The number of the last migration applied to the schema on the search_path, 0 when none. */
export async function currentVersion(db: Pool | ClientBase): Promise<number> {
  const result = await db.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}

// CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege on the database even when the schema exists, so
// look first: a role that may only use an existing schema can still start.
async function createSchemaIfMissing(client: ClientBase, schema: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (found.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
}
