/** The store named by DATABASE_URL cannot be opened; the message says why and never repeats the URL. */
export class StoreOpenError extends Error {
  constructor(reason: string) {
    super(`Cannot open the store DATABASE_URL names: ${reason}.`);
    this.name = 'StoreOpenError';
  }
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'the file is not a SQLite database',
  SQLITE_CORRUPT: 'the SQLite file is damaged',
  SQLITE_READONLY:
    'the SQLite file or its folder is read-only (the bot must write the file and its -wal and -shm files beside it)',
  SQLITE_CANTOPEN:
    'the SQLite file cannot be opened: check that it is a file, not a folder, and that the bot may write it and its folder',
  SQLITE_IOERR: 'reading or writing the SQLite file failed (disk full or read-only?)',
  SQLITE_FULL: 'the disk is full',
  SQLITE_PERM: 'the bot may not write the SQLite file',
};

const POSTGRES_REASONS: Record<string, string> = {
  ECONNREFUSED: 'PostgreSQL refused the connection (is the server running at that host and port?)',
  ENOTFOUND: 'the PostgreSQL host name does not resolve',
  EAI_AGAIN: 'the PostgreSQL host name does not resolve (DNS did not answer)',
  ETIMEDOUT: 'PostgreSQL did not answer in time',
  EHOSTUNREACH: 'the PostgreSQL host is unreachable',
  ECONNRESET: 'PostgreSQL closed the connection (is the port a PostgreSQL server, and does it want SSL?)',
  '28P01': 'PostgreSQL refused the user name or password',
  '28000': 'PostgreSQL refused this user (check pg_hba.conf and the user name)',
  '3D000': 'the PostgreSQL database does not exist',
  '42501': 'the PostgreSQL user may not create tables or the schema',
  '53300': 'PostgreSQL has too many connections already',
  '57P03': 'PostgreSQL is starting up or shutting down',
};

/**
 * The failure to open the store as one line a person can act on. A known driver code becomes a sentence
 * (pg's own messages name the user and host); any other message is kept with the URL and password cut out.
 */
export function explainStoreOpenFailure(error: unknown, url = ''): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  // SQLite's extended codes (SQLITE_READONLY_DIRECTORY) share their primary code's reason.
  const known =
    typeof code === 'string'
      ? (SQLITE_REASONS[code] ?? SQLITE_REASONS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] ?? POSTGRES_REASONS[code])
      : undefined;
  if (known !== undefined) return new StoreOpenError(known);
  if (error instanceof Error && /timeout/i.test(error.message))
    return new StoreOpenError('PostgreSQL did not answer in time (is the host and port right, and is it reachable?)');
  if (error instanceof Error && /directory/i.test(error.message))
    return new StoreOpenError('the path is a folder, not a SQLite file');
  if (typeof code === 'string') return new StoreOpenError(`the database answered ${code}`);
  return new StoreOpenError(firstLine(withoutSecrets(error instanceof Error ? error.message : String(error), url)));
}

function withoutSecrets(message: string, url: string): string {
  const secrets = [url.trim(), passwordOf(url)].filter((s) => s.length >= 3);
  return secrets.reduce((text, secret) => text.split(secret).join('…'), message);
}

function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\.$/, '') || 'an unknown error';
}
