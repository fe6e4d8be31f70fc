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
  `
  CREATE TABLE daily_subscriptions (
    user_id TEXT COLLATE "C" PRIMARY KEY,
    time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    topic TEXT,
    failure_reason TEXT,
    failed_at TEXT COLLATE "C",
    CHECK ((failure_reason IS NULL) = (failed_at IS NULL))
  );

  CREATE TABLE channel_dailies (
    channel_id TEXT COLLATE "C" PRIMARY KEY,
    guild_id TEXT COLLATE "C" NOT NULL,
    time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    topic TEXT,
    role_id TEXT,
    failure_reason TEXT,
    failed_at TEXT COLLATE "C",
    CHECK ((failure_reason IS NULL) = (failed_at IS NULL))
  );
  CREATE INDEX channel_dailies_guild ON channel_dailies (guild_id);

  CREATE TABLE practice_channels (
    channel_id TEXT COLLATE "C" PRIMARY KEY,
    guild_id TEXT COLLATE "C" NOT NULL,
    topic TEXT,
    round_minutes INTEGER NOT NULL CHECK (round_minutes > 0)
  );

  CREATE TABLE rounds (
    id TEXT COLLATE "C" PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('practice', 'daily')),
    guild_id TEXT COLLATE "C" NOT NULL,
    channel_id TEXT COLLATE "C" NOT NULL,
    question_id TEXT NOT NULL,
    started_by TEXT COLLATE "C",
    started_at TEXT COLLATE "C" NOT NULL,
    closes_at TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_at TEXT COLLATE "C",
    message_id TEXT,
    thread_id TEXT
  );
  CREATE UNIQUE INDEX rounds_one_open_practice ON rounds (channel_id) WHERE status = 'open' AND kind = 'practice';
  CREATE INDEX rounds_open_closes ON rounds (closes_at) WHERE status = 'open';
  CREATE INDEX rounds_channel_started ON rounds (channel_id, started_at);

  CREATE TABLE round_answers (
    attempt_id TEXT COLLATE "C" PRIMARY KEY,
    -- Insertion order, to break ties between answers with the same answered_at (SQLite uses rowid).
    seq BIGSERIAL NOT NULL,
    round_id TEXT COLLATE "C" NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    user_id TEXT COLLATE "C" NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    key_points JSON NOT NULL,
    is_first BOOLEAN NOT NULL,
    answered_at TEXT COLLATE "C" NOT NULL
  );
  CREATE UNIQUE INDEX round_answers_one_first ON round_answers (round_id, user_id) WHERE is_first;
  CREATE INDEX round_answers_round ON round_answers (round_id, answered_at, seq);
  CREATE INDEX round_answers_user ON round_answers (user_id);

  CREATE TABLE scheduler_cursors (
    name TEXT COLLATE "C" PRIMARY KEY,
    last_run_at TEXT COLLATE "C" NOT NULL
  );
  `,
  // The session's source as a column, for findActiveSession's filter. Generated from `data`, so existing
  // rows have it at once and every writer (an older process during a rolling deploy included) keeps it right.
  `
  ALTER TABLE sessions ADD COLUMN source TEXT COLLATE "C" GENERATED ALWAYS AS (data ->> 'source') STORED;
  CREATE INDEX sessions_active_user_source ON sessions (user_id, source) WHERE status = 'active';
  `,
  // Leases: one process at a time runs the daily fan-out (scheduler.ts), taken over when its holder stops renewing.
  `
  CREATE TABLE leases (
    name TEXT COLLATE "C" PRIMARY KEY,
    owner TEXT COLLATE "C" NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL
  );
  `,
  // DM channel ids, so that a restart or another replica sends a DM without opening its channel first.
  `
  CREATE TABLE dm_channels (
    user_id TEXT COLLATE "C" PRIMARY KEY,
    channel_id TEXT NOT NULL
  );
  `,
  // Review cards: FSRS's memory of each key point a user answered, to schedule reviews (src/core/review).
  `
  CREATE TABLE review_cards (
    user_id TEXT COLLATE "C" NOT NULL,
    question_id TEXT COLLATE "C" NOT NULL,
    key_point_id TEXT COLLATE "C" NOT NULL,
    due TEXT COLLATE "C" NOT NULL,
    stability DOUBLE PRECISION NOT NULL,
    difficulty DOUBLE PRECISION NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    last_review TEXT COLLATE "C" NOT NULL,
    last_review_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (user_id, question_id, key_point_id)
  );
  CREATE INDEX review_cards_mastered ON review_cards (stability, user_id);
  `,
  // Servers' own banks: imported drafts, published topics, appeals and the aliases accepted from them.
  // guild_id '' is the terminal's own scope.
  `
  CREATE TABLE bank_drafts (
    id TEXT COLLATE "C" PRIMARY KEY,
    guild_id TEXT COLLATE "C" NOT NULL,
    topic TEXT COLLATE "C" NOT NULL,
    bundle JSON NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX bank_drafts_guild ON bank_drafts (guild_id);

  CREATE TABLE bank_topics (
    guild_id TEXT COLLATE "C" NOT NULL,
    topic TEXT COLLATE "C" NOT NULL,
    bundle JSON NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (guild_id, topic)
  );

  CREATE TABLE appeals (
    id TEXT COLLATE "C" PRIMARY KEY,
    -- Insertion order, to break ties between appeals filed at the same time (SQLite uses rowid).
    seq BIGSERIAL NOT NULL,
    guild_id TEXT COLLATE "C" NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    attempt_id TEXT COLLATE "C" NOT NULL,
    question_id TEXT COLLATE "C" NOT NULL,
    key_point_id TEXT COLLATE "C" NOT NULL,
    words TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
    filed_at TEXT COLLATE "C" NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    regraded_score DOUBLE PRECISION
  );
  CREATE UNIQUE INDEX appeals_one_per_point ON appeals (attempt_id, key_point_id);
  CREATE INDEX appeals_guild_status ON appeals (guild_id, status, filed_at, seq);
  CREATE INDEX appeals_user ON appeals (user_id);

  CREATE TABLE bank_aliases (
    id TEXT COLLATE "C" PRIMARY KEY,
    seq BIGSERIAL NOT NULL,
    guild_id TEXT COLLATE "C" NOT NULL,
    question_id TEXT COLLATE "C" NOT NULL,
    key_point_id TEXT COLLATE "C" NOT NULL,
    alias TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX bank_aliases_guild ON bank_aliases (guild_id, accepted_at, seq);
  `,
  // Interaction ids answered lately, so a replayed interaction is answered once whichever replica gets it.
  `
  CREATE TABLE IF NOT EXISTS seen_interactions (
    id TEXT COLLATE "C" PRIMARY KEY,
    seen_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX IF NOT EXISTS seen_interactions_seen_at ON seen_interactions (seen_at);
  `,
  // The role whose members may review a server's appeals (besides Manage Server), one per server.
  `
  CREATE TABLE bank_reviewers (
    guild_id TEXT COLLATE "C" PRIMARY KEY,
    role_id TEXT COLLATE "C" NOT NULL,
    set_by TEXT COLLATE "C" NOT NULL,
    set_at TEXT COLLATE "C" NOT NULL
  );
  `,
  // A daily subscription draws from the bank of the server it was made in (NULL: made in DMs, the built-in
  // bank). A server's bank version goes up with every change, so each process knows its compiled copy is stale.
  `
  ALTER TABLE daily_subscriptions ADD COLUMN guild_id TEXT COLLATE "C";

  CREATE TABLE bank_versions (
    guild_id TEXT COLLATE "C" PRIMARY KEY,
    version INTEGER NOT NULL
  );
  `,
  // When a claimed job's run ended; null while it runs, or when its process died mid-job (then it may be
  // taken over). Claims made before this column existed were never released, so they count as finished.
  `
  ALTER TABLE claims ADD COLUMN finished_at TEXT COLLATE "C";
  UPDATE claims SET finished_at = claimed_at;
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
