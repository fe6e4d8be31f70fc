import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_DATABASE_FILE = 'mock-interviewer.db';

const SQLITE_PREFIXES = ['sqlite://', 'sqlite:', 'file://', 'file:'];
const POSTGRES_PREFIXES = ['postgres://', 'postgresql://'];

/**
 * Reads DATABASE_URL: `sqlite:PATH`, `sqlite://PATH`, `file:PATH`, a plain path or `:memory:` select
 * SQLite; `postgres://…` or `postgresql://…` select PostgreSQL (`?schema=NAME` picks the schema); nothing
 * selects `<dataDir>/mock-interviewer.db`.
 * Throws on any other `scheme://` so that a typo never becomes a file named after it.
 */
export function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseLocation {
  const value = url?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: join(dataDir, DEFAULT_DATABASE_FILE) };
  const lower = value.toLowerCase();
  if (POSTGRES_PREFIXES.some((prefix) => lower.startsWith(prefix))) return { kind: 'postgres', url: value };
  const prefix = SQLITE_PREFIXES.find((candidate) => lower.startsWith(candidate));
  if (prefix !== undefined) return sqliteLocation(value.slice(prefix.length), value);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new Error(`Unsupported DATABASE_URL "${value}": use sqlite:PATH, a file path or postgres://…`);
  }
  return { kind: 'sqlite', path: value };
}

function sqliteLocation(path: string, url: string): DatabaseLocation {
  if (path === '') throw new Error(`DATABASE_URL "${url}" names no file`);
  return { kind: 'sqlite', path };
}

export interface OpenStoreOptions {
  /** PostgreSQL only: the most connections the pool opens (DATABASE_POOL_SIZE); default 10. */
  poolSize?: number;
}

/**
 * Opens the store DATABASE_URL points at: for SQLite it creates the parent folder, opens the file and
 * runs the migrations; for PostgreSQL it opens a pool and runs the migrations in the schema `?schema=NAME`
 * names (created when missing), or in the server's default search_path without it.
 */
export async function openStore(
  url: string | undefined,
  dataDir: string,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const location = parseDatabaseUrl(url, dataDir);
  if (location.kind === 'postgres') return openPostgresStore(location.url, options.poolSize);
  if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
  return openSqliteStore(location.path);
}
