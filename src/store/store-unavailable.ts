/** SQLite's codes for a store that cannot write (or read) just now: disk full, read-only, locked, I/O. */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|PERM|CORRUPT|NOTADB)/;

/** PostgreSQL's classes: connection exception (08), insufficient resources (53), operator intervention (57), read-only (25006). */
const POSTGRES_UNAVAILABLE = /^(08|53|57)...$|^25006$/;

/** Node's socket errors when PostgreSQL is down or the connection dropped. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * Whether an error means the store could not be reached or written (as opposed to a bug), so the user can
 * be told that what they sent may not have been saved. pg's pool reports a dropped or timed-out connection
 * with these messages and no code.
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (
    let e: unknown = error, depth = 0;
    typeof e === 'object' && e !== null && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.test(code) || SOCKET_CODES.has(code))
    )
      return true;
    if (
      typeof message === 'string' &&
      /^Connection terminated|^timeout exceeded when trying to connect|Connection terminated unexpectedly/.test(message)
    )
      return true;
  }
  return false;
}
