import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_DATABASE_FILE = 'mock-interviewer.db';

const SQLITE_PREFIXES = ['sqlite://', 'sqlite:', 'file://', 'file:'];
const POSTGRES_PREFIXES = ['postgres://', 'postgresql://'];

/**
 * Reads DATABASE_URL: `sqlite:PATH`, `sqlite://PATH`, `file:PATH`, a plain path or `:memory:` select
 * SQLite; `postgres://…` or `postgresql://…` select PostgreSQL; nothing selects `<dataDir>/mock-interviewer.db`.
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

/**
 * Opens the store DATABASE_URL points at: for SQLite it creates the parent folder, opens the file and
 * runs the migrations.
 */
export async function openStore(url: string | undefined, dataDir: string): Promise<Store> {
  const location = parseDatabaseUrl(url, dataDir);
  if (location.kind === 'postgres') {
    throw new Error('PostgreSQL store is not available yet; use a SQLite DATABASE_URL for now');
  }
  if (location.path !== ':memory:') mkdirSync(dirname(location.path), { recursive: true });
  return openSqliteStore(location.path);
}
