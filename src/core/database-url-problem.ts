/*
 * What is wrong with a DATABASE_URL, in words that never repeat any part of it: a PostgreSQL URL carries
 * a password, and a mistyped one must not end up in a log.
 */

const POSTGRES = /^postgres(ql)?:\/\//i;
const SQLITE_PREFIX = /^(sqlite:\/\/|sqlite:|file:\/\/|file:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const ENCODE_HINT = 'percent-encode it (/ is %2F, # is %23, ? is %3F, @ is %40, [ is %5B)';

/** Null when DATABASE_URL can be used, else a sentence saying what to fix (without the value). */
export function databaseUrlProblem(value: string): string | null {
  const url = value.trim();
  if (POSTGRES.test(url)) return postgresUrlProblem(url);
  const prefix = SQLITE_PREFIX.exec(url);
  if (prefix !== null)
    return url.slice(prefix[0].length) === '' ? 'the SQLite URL names no file: use sqlite:PATH' : null;
  if (ANY_SCHEME.test(url)) return 'use sqlite:PATH, a file path or postgres://…';
  return null;
}

function postgresUrlProblem(url: string): string | null {
  const rest = url.slice(url.indexOf('://') + 3);
  const at = rest.lastIndexOf('@');
  if (at >= 0 && /[/?#]/.test(rest.slice(0, at))) {
    return `the user or password contains a character that ends that part of a URL: ${ENCODE_HINT}`;
  }
  if (rest.includes('#')) return `a PostgreSQL URL has no # part: ${ENCODE_HINT}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a valid URL (check the port is 1-65535, brackets around an IPv6 address are closed, and special characters are encoded: ${ENCODE_HINT})`;
  }
  if (parsed.port === '0') return 'the port must be 1-65535';
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema))
    return '?schema= must be lower-case letters, digits and _ (at most 63)';
  return null;
}
