import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';

/** The server the PostgreSQL tests use; TEST_DATABASE_URL overrides the local default (trust auth). */
export const PG_TEST_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const PROBE_TIMEOUT_MS = 2_000;
const isCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/** `PG_TEST_URL` with `?schema=NAME` (and any other query parameters) added. */
export function urlWithParams(params: Record<string, string>, base: string = PG_TEST_URL): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** A fresh schema name no other run uses: `mi_test_<pid>_<random>`. */
export const uniqueSchemaName = (): string => `mi_test_${process.pid}_${randomBytes(4).toString('hex')}`;

/** Runs `work` with a single connection to `PG_TEST_URL` (default search_path), then closes it. */
export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Host, port and database only: the URL may hold a password.
function describeServer(): string {
  const url = new URL(PG_TEST_URL);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Null when PostgreSQL answers at PG_TEST_URL, otherwise why not. */
async function probePostgres(): Promise<string | null> {
  try {
    await withAdminClient((client) => client.query('SELECT 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

const problem = await probePostgres();

/**
 * `describe` for tests that need PostgreSQL. When it is unreachable they are skipped with the reason in
 * the name, so a developer without PostgreSQL can run the rest; with CI=true they fail instead.
 */
export function describePostgres(name: string, body: () => void): void {
  if (problem === null) {
    describe(name, body);
    return;
  }
  const reason = `PostgreSQL unreachable at ${describeServer()} (${problem}); set TEST_DATABASE_URL`;
  if (isCi) {
    describe(name, () => {
      it('needs PostgreSQL in CI', () => {
        throw new Error(`${reason}. CI=true: PostgreSQL tests fail instead of skipping.`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${reason}.`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}

/** A test-run schema, created before the file's tests and dropped after them. */
export interface TestSchema {
  name: string;
  /** PG_TEST_URL with `?schema=` set to this schema. */
  url: string;
  /** Empties every table but schema_migrations. */
  emptyTables(): Promise<void>;
}

/** Creates a `mi_test_<pid>_<random>` schema in beforeAll and drops it (with everything in it) in afterAll. */
export function useTestSchema(): TestSchema {
  const name = uniqueSchemaName();
  const admin = new pg.Pool({ connectionString: PG_TEST_URL, max: 1 });
  beforeAll(async () => {
    await admin.query(`CREATE SCHEMA "${name}"`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    await admin.end();
  });
  return {
    name,
    url: urlWithParams({ schema: name }),
    async emptyTables() {
      const tables = await admin.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'",
        [name],
      );
      // DELETE, not TRUNCATE: on a few rows it takes under a millisecond, TRUNCATE about twenty.
      const deletes = tables.rows.map((row) => `DELETE FROM "${name}"."${row.tablename}";`).join('\n');
      if (deletes !== '') await admin.query(deletes);
    },
  };
}
