import { Pool } from 'pg';
import { runMigrations } from './migrations.ts';

export const DEFAULT_POOL_SIZE = 10;

const CONNECT_TIMEOUT_MS = 10_000;
// Lower case, so that the same name works unquoted in SQL and in search_path.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** What a `postgres://…` DATABASE_URL means once `?schema=` is taken out of it. */
export interface PostgresTarget {
  /** The URL without `schema` and `options`, for pg. */
  connectionString: string;
  /** The schema every table lives in; null keeps the server's search_path (usually `public`). */
  schema: string | null;
  /** Server settings for every connection: the URL's own `options`, then ours. */
  options: string;
}

/**
 * Reads `?schema=NAME` (lower-case letters, digits and `_`, at most 63) off a PostgreSQL URL: every
 * connection then uses `search_path=NAME`, and the store creates the schema if it is missing.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new Error('DATABASE_URL ?schema= must be lower-case letters, digits and _ (at most 63)');
  }
  const ownOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  // synchronous_commit=on is the server default; forcing it keeps "a resolved write survives a crash" true
  // even where a DBA turned it off for the database or role.
  const settings = [ownOptions, schema && `-c search_path=${schema}`, '-c synchronous_commit=on'];
  return {
    connectionString: parsed.toString(),
    schema,
    options: settings.filter((setting): setting is string => Boolean(setting)).join(' '),
  };
}

/**
 * Opens a pool of at most `poolSize` connections to the database `url` names and brings the schema up to
 * date (creating the `?schema=` schema when missing). Several processes may do this at once.
 */
export async function openPostgresPool(
  url: string,
  poolSize: number = DEFAULT_POOL_SIZE,
  connectTimeoutMs = CONNECT_TIMEOUT_MS,
): Promise<Pool> {
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new Error(`PostgreSQL pool size must be a positive integer, got ${poolSize}`);
  }
  const target = parsePostgresUrl(url);
  const pool = new Pool({
    connectionString: target.connectionString,
    options: target.options,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: 'mock-interviewer',
  });
  // An idle connection that breaks (server restart, admin kill) is dropped from the pool and replaced on
  // the next query; without a listener the 'error' event would crash the process.
  pool.on('error', () => {});
  try {
    await runMigrations(pool, target.schema);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}
