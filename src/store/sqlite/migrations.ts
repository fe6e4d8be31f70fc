import type { Database } from 'better-sqlite3';

/**
 * Schema changes in order; migration N is `MIGRATIONS[N - 1]`. Append only: never edit a migration that
 * has shipped, add a new one. Times are ISO-8601 UTC text (as `Date#toISOString` writes them), so text
 * order is time order.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    time_zone TEXT,
    leaderboard_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard_opt_out IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT;

  CREATE TABLE attempts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    session_id TEXT,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    guild_id TEXT,
    answer TEXT NOT NULL,
    score REAL NOT NULL,
    key_points TEXT NOT NULL CHECK (json_valid(key_points)),
    hints_used INTEGER NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX attempts_user_created ON attempts (user_id, created_at);
  CREATE INDEX attempts_guild_created ON attempts (guild_id, created_at);

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sessions_user_status ON sessions (user_id, status);
  `,
  `
  CREATE TABLE claims (
    key TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    claimed_at TEXT NOT NULL
  ) STRICT;
  `,
  `
  CREATE TABLE daily_subscriptions (
    user_id TEXT PRIMARY KEY,
    time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    topic TEXT,
    failure_reason TEXT,
    failed_at TEXT,
    CHECK ((failure_reason IS NULL) = (failed_at IS NULL))
  ) STRICT;

  CREATE TABLE channel_dailies (
    channel_id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    topic TEXT,
    role_id TEXT,
    failure_reason TEXT,
    failed_at TEXT,
    CHECK ((failure_reason IS NULL) = (failed_at IS NULL))
  ) STRICT;
  CREATE INDEX channel_dailies_guild ON channel_dailies (guild_id);

  CREATE TABLE practice_channels (
    channel_id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    topic TEXT,
    round_minutes INTEGER NOT NULL CHECK (round_minutes > 0)
  ) STRICT;

  CREATE TABLE rounds (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('practice', 'daily')),
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    started_by TEXT,
    started_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_at TEXT,
    message_id TEXT,
    thread_id TEXT
  ) STRICT;
  CREATE UNIQUE INDEX rounds_one_open_practice ON rounds (channel_id) WHERE status = 'open' AND kind = 'practice';
  CREATE INDEX rounds_open_closes ON rounds (closes_at) WHERE status = 'open';
  CREATE INDEX rounds_channel_started ON rounds (channel_id, started_at);

  CREATE TABLE round_answers (
    attempt_id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    score REAL NOT NULL,
    key_points TEXT NOT NULL CHECK (json_valid(key_points)),
    is_first INTEGER NOT NULL CHECK (is_first IN (0, 1)),
    answered_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX round_answers_one_first ON round_answers (round_id, user_id) WHERE is_first = 1;
  CREATE INDEX round_answers_round ON round_answers (round_id, answered_at);
  CREATE INDEX round_answers_user ON round_answers (user_id);

  CREATE TABLE scheduler_cursors (
    name TEXT PRIMARY KEY,
    last_run_at TEXT NOT NULL
  ) STRICT;
  `,
  // The session's source as a column, for findActiveSession's filter. Generated from `data`, so existing
  // rows have it at once and every writer (an older process during a rolling deploy included) keeps it right.
  `
  ALTER TABLE sessions ADD COLUMN source TEXT GENERATED ALWAYS AS (json_extract(data, '$.source')) VIRTUAL;
  CREATE INDEX sessions_active_user_source ON sessions (user_id, source) WHERE status = 'active';
  `,
  // Leases: one process at a time runs the daily fan-out (scheduler.ts), taken over when its holder stops renewing.
  `
  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;
  `,
  // DM channel ids, so that a restart or another replica sends a DM without opening its channel first.
  `
  CREATE TABLE dm_channels (
    user_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL
  ) STRICT;
  `,
  // Review cards: FSRS's memory of each key point a user answered, to schedule reviews (src/core/review).
  `
  CREATE TABLE review_cards (
    user_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    key_point_id TEXT NOT NULL,
    due TEXT NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    last_review TEXT NOT NULL,
    last_review_key TEXT NOT NULL,
    PRIMARY KEY (user_id, question_id, key_point_id)
  ) STRICT;
  CREATE INDEX review_cards_mastered ON review_cards (stability, user_id);
  `,
  // Servers' own banks: imported drafts, published topics, appeals and the aliases accepted from them.
  // guild_id '' is the terminal's own scope.
  `
  CREATE TABLE bank_drafts (
    id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    bundle TEXT NOT NULL CHECK (json_valid(bundle)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX bank_drafts_guild ON bank_drafts (guild_id);

  CREATE TABLE bank_topics (
    guild_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    bundle TEXT NOT NULL CHECK (json_valid(bundle)),
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, topic)
  ) STRICT;

  CREATE TABLE appeals (
    id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    attempt_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    key_point_id TEXT NOT NULL,
    words TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
    filed_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    regraded_score REAL
  ) STRICT;
  CREATE UNIQUE INDEX appeals_one_per_point ON appeals (attempt_id, key_point_id);
  CREATE INDEX appeals_guild_status ON appeals (guild_id, status, filed_at);
  CREATE INDEX appeals_user ON appeals (user_id);

  CREATE TABLE bank_aliases (
    id TEXT PRIMARY KEY,
    guild_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    key_point_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX bank_aliases_guild ON bank_aliases (guild_id, accepted_at);
  `,
  // Interaction ids answered lately, so a replayed interaction is answered once whichever replica gets it.
  `
  CREATE TABLE IF NOT EXISTS seen_interactions (
    id TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS seen_interactions_seen_at ON seen_interactions (seen_at);
  `,
  // The role whose members may review a server's appeals (besides Manage Server), one per server.
  `
  CREATE TABLE bank_reviewers (
    guild_id TEXT PRIMARY KEY,
    role_id TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
  ) STRICT;
  `,
  // A daily subscription draws from the bank of the server it was made in (NULL: made in DMs, the built-in
  // bank). A server's bank version goes up with every change, so each process knows its compiled copy is stale.
  `
  ALTER TABLE daily_subscriptions ADD COLUMN guild_id TEXT;

  CREATE TABLE bank_versions (
    guild_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL
  ) STRICT;
  `,
  // When a claimed job's run ended; null while it runs, or when its process died mid-job (then it may be
  // taken over). Claims made before this column existed were never released, so they count as finished.
  `
  ALTER TABLE claims ADD COLUMN finished_at TEXT;
  UPDATE claims SET finished_at = claimed_at;
  `,
];

const CREATE_TRACKING_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT`;

/**
 * Applies the migrations this database has not seen yet, all in one transaction, and returns how many ran.
 * Safe to run twice and from two processes at once: the write lock is taken before reading the version.
 */
export function runMigrations(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  const migrate = db.transaction(() => {
    db.exec(CREATE_TRACKING_TABLE);
    const current = currentVersion(db);
    const record = db.prepare('INSERT INTO schema_migrations (version) VALUES (?)');
    migrations.slice(current).forEach((sql, offset) => {
      db.exec(sql);
      record.run(current + offset + 1);
    });
    return Math.max(0, migrations.length - current);
  });
  return migrate.immediate();
}

/** The number of the last migration applied to this database, 0 when none. */
export function currentVersion(db: Database): number {
  const row = db.prepare<[], { version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations').get();
  return row?.version ?? 0;
}
