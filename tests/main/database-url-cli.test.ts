import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'mi-dburl-'));
const SECRET = 'S3cretPw';

/** What every refusal must look like: one line naming DATABASE_URL, no value, no stack, a non-zero exit. */
async function expectClearRefusal(url: string): Promise<string> {
  const run = await runCli(['stats', '--user', 'ada'], { env: { DATABASE_URL: url } });
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stderr).toMatch(/DATABASE_URL/);
  expect(run.stderr).not.toContain(SECRET);
  expect(run.stderr).not.toContain(url);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  return run.stderr;
}

describe('DATABASE_URL that does not parse', () => {
  it.each([
    ['an unencoded # in the password', `postgres://mock:${SECRET}#x@127.0.0.1:5432/test`],
    ['an unencoded / in the password', `postgres://mock:${SECRET}/x@127.0.0.1:5432/test`],
    ['an unencoded ? in the password', `postgres://mock:${SECRET}?x@127.0.0.1:5432/test`],
    ['port 99999', `postgres://mock:${SECRET}@127.0.0.1:99999/test`],
    ['an unclosed [', `postgres://mock:${SECRET}@[::1/test`],
    ['sqlite:// with no file', 'sqlite://'],
    ['an unknown scheme', `mysql://root:${SECRET}@db/x`],
  ])('is a configuration error naming DATABASE_URL, never its value: %s', async (_, url) => {
    const stderr = await expectClearRefusal(url);
    expect(stderr).toMatch(/Configuration problems/);
  });
});

describe('a store that cannot be opened', () => {
  it('says the file is not a SQLite database', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    expect(await expectClearRefusal(file)).toMatch(/not a SQLite database/);
  });

  it('says a folder is not a SQLite file', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    expect(await expectClearRefusal(`sqlite:${folder}`)).toMatch(/folder|cannot be opened/);
  });

  it('refuses a path under /proc at once instead of hanging', async () => {
    const started = Date.now();
    await expectClearRefusal('/proc/x/y.db');
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it('creates no folder at the root for a path under a missing folder', async () => {
    const top = `/mi-missing-${process.pid}`;
    expect(await expectClearRefusal(`${top}/sub/x.db`)).toMatch(/folder/);
    expect(existsSync(top)).toBe(false);
  });

  it('says PostgreSQL refused the connection', async () => {
    expect(await expectClearRefusal(`postgres://mock:${SECRET}@127.0.0.1:1/test`)).toMatch(/refused the connection/);
  });

  it('says PostgreSQL refused the user', async () => {
    expect(await expectClearRefusal(`postgres://no_such_role_x:${SECRET}@127.0.0.1:5432/test`)).toMatch(/refused/);
  });

  it('says the PostgreSQL database does not exist', async () => {
    expect(await expectClearRefusal(`postgres://postgres:${SECRET}@127.0.0.1:5432/no_such_db_x`)).toMatch(
      /does not exist/,
    );
  });
});
