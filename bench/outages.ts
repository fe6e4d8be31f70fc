/**
 * Outage drills against the real `mock-interviewer bot` process and the fake Discord, with the outages
 * staged by a loopback TCP proxy (the machine's PostgreSQL is never touched):
 *   - Discord (gateway and REST) unreachable for --gateway-s seconds (default 60), then back;
 *   - PostgreSQL dropping every connection and refusing new ones for --postgres-s seconds (default 30)
 *     while interviews run;
 *   - REST answering 503 to every edit and follow-up for --rest-s seconds (default 30) while answers are
 *     acknowledged (in process: the real discord.js client, a slow store so that answers are deferred).
 * Prints answers lost and duplicates (both must be 0), retries and identifies, /healthz while down.
 *   npm run bench:outages [-- --gateway-s 60 --postgres-s 30 --rest-s 30 --users 4 --only gateway|postgres|rest]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { gatewayOutageDrill, postgresOutageDrill } from '../tests/main/support/outage-drills.ts';
import { restOutageDrill } from '../tests/discord/support/rest-outage-drill.ts';
import { PG_TEST_URL } from '../tests/support/pg-test-database.ts';

const { values } = parseArgs({
  options: {
    'gateway-s': { type: 'string', default: '60' },
    'postgres-s': { type: 'string', default: '30' },
    'rest-s': { type: 'string', default: '30' },
    users: { type: 'string', default: '4' },
    only: { type: 'string' },
  },
});

async function withSchema<T>(work: (schema: string) => Promise<T>): Promise<T> {
  const schema = `mi_bench_outage_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  try {
    return await work(schema);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}

let failed = false;
const runs = (drill: string) => values.only === undefined || values.only === drill;
if (runs('gateway')) {
  const figures = await gatewayOutageDrill(Number(values['gateway-s']) * 1000);
  console.log('Discord unreachable, then back:', figures);
  failed ||= figures.answersLost > 0 || figures.duplicates > 0 || figures.exitCode !== 0;
}
if (runs('postgres')) {
  const figures = await withSchema((schema) =>
    postgresOutageDrill({
      pgUrl: PG_TEST_URL,
      schema,
      outageMs: Number(values['postgres-s']) * 1000,
      users: Number(values.users),
    }),
  );
  console.log('PostgreSQL connections cut, then back:', figures);
  failed ||=
    figures.answersLost > 0 || figures.duplicates > 0 || figures.exitCode !== 0 || figures.healthzDuring !== 503;
}
if (runs('rest')) {
  const figures = await restOutageDrill(Number(values['rest-s']) * 1000, Number(values.users));
  console.log('REST answering 503 to edits and follow-ups, then back:', figures);
  failed ||= figures.answersLost > 0 || figures.duplicates > 0;
}
process.exitCode = failed ? 1 : 0;
