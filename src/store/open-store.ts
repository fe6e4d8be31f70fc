import { join } from 'node:path';
import { databaseUrlProblem } from '../core/database-url-problem.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { prepareSqliteFolder } from './sqlite/prepare-folder.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import { explainStoreOpenFailure, StoreOpenError } from './store-open-error.ts';
import type { Store } from './store.ts';

export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_DATABASE_FILE = 'mock-interviewer.db';

const SQLITE_PREFIXES = ['sqlite://', 'sqlite:', 'file://', 'file:'];
const POSTGRES_PREFIXES = ['postgres://', 'postgresql://'];

/**
 * Reads DATABASE_URL: `sqlite:PATH`, `sqlite://PATH`, `file:PATH`, a plain path or `:memory:` select
 * SQLite; `postgres://…` or `postgresql://…` select PostgreSQL (`?schema=NAME` picks the schema); nothing
 * selects `<dataDir>/mock-interviewer.db`.
 * Throws a StoreOpenError (which never repeats the URL) on any other `scheme://`, so that a typo never
 * becomes a file named after it, and on a PostgreSQL URL that does not parse.
 */
export function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseLocation {
  const value = url?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: join(dataDir, DEFAULT_DATABASE_FILE) };
  const problem = databaseUrlProblem(value);
  if (problem !== null) throw new StoreOpenError(problem);
  const lower = value.toLowerCase();
  if (POSTGRES_PREFIXES.some((prefix) => lower.startsWith(prefix))) return { kind: 'postgres', url: value };
  const prefix = SQLITE_PREFIXES.find((candidate) => lower.startsWith(candidate));
  return { kind: 'sqlite', path: prefix === undefined ? value : value.slice(prefix.length) };
}

export interface OpenStoreOptions {
  /** PostgreSQL only: the most connections the pool opens (DATABASE_POOL_SIZE); default 10. */
  poolSize?: number;
  /** PostgreSQL only: how long to wait for a connection before giving up; default 10 s. */
  connectTimeoutMs?: number;
}

/**
 * Opens the store DATABASE_URL points at: for SQLite it creates the file's folder (see prepareSqliteFolder),
 * opens the file and runs the migrations; for PostgreSQL it opens a pool and runs the migrations in the
 * schema `?schema=NAME` names (created when missing), or in the server's default search_path without it.
 * Every failure is a StoreOpenError: one line naming DATABASE_URL, never its value.
 */
export async function openStore(
  url: string | undefined,
  dataDir: string,
  options: OpenStoreOptions = {},
): Promise<Store> {
  try {
    const location = parseDatabaseUrl(url, dataDir);
    if (location.kind === 'postgres')
      return await openPostgresStore(location.url, options.poolSize, options.connectTimeoutMs);
    if (location.path !== ':memory:') prepareSqliteFolder(location.path);
    return await openSqliteStore(location.path);
  } catch (error) {
    throw explainStoreOpenFailure(error, url ?? '');
  }
}
