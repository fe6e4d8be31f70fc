import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, parseDatabaseUrl } from '../../src/store/open-store.ts';
import { makeUser } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, { kind: 'sqlite', path: '/data/mock-interviewer.db' }],
    ['', { kind: 'sqlite', path: '/data/mock-interviewer.db' }],
    ['  ', { kind: 'sqlite', path: '/data/mock-interviewer.db' }],
    [':memory:', { kind: 'sqlite', path: ':memory:' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['sqlite:./bot.db', { kind: 'sqlite', path: './bot.db' }],
    ['sqlite:/var/lib/bot.db', { kind: 'sqlite', path: '/var/lib/bot.db' }],
    ['sqlite://data/bot.db', { kind: 'sqlite', path: 'data/bot.db' }],
    ['sqlite:///var/lib/bot.db', { kind: 'sqlite', path: '/var/lib/bot.db' }],
    ['SQLITE:bot.db', { kind: 'sqlite', path: 'bot.db' }],
    ['file:bot.db', { kind: 'sqlite', path: 'bot.db' }],
    ['file:///var/lib/bot.db', { kind: 'sqlite', path: '/var/lib/bot.db' }],
    ['bot.db', { kind: 'sqlite', path: 'bot.db' }],
    ['/var/lib/bot.db', { kind: 'sqlite', path: '/var/lib/bot.db' }],
    ['postgres://u:p@db:5432/bot', { kind: 'postgres', url: 'postgres://u:p@db:5432/bot' }],
    ['postgresql://db/bot?sslmode=require', { kind: 'postgres', url: 'postgresql://db/bot?sslmode=require' }],
  ] as const)('reads %j', (url, expected) => {
    expect(parseDatabaseUrl(url, '/data')).toEqual(expected);
  });

  it.each(['mysql://db/bot', 'sqlite:', 'sqlite://'])('refuses %j', (url) => {
    expect(() => parseDatabaseUrl(url, '/data')).toThrow(/DATABASE_URL/);
  });
});

describe('openStore', () => {
  it('creates the SQLite file’s missing folder inside an existing one', async () => {
    const path = join(dir, 'nested', 'bot.db');
    const store = await openStore(`sqlite:${path}`, dir);
    await store.upsertUser(makeUser());
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('creates no more than that one folder', async () => {
    const path = join(dir, 'missing', 'deeper', 'bot.db');
    await expect(openStore(`sqlite:${path}`, dir)).rejects.toThrow(/DATABASE_URL.*folder does not exist/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('gives up on a PostgreSQL port that never answers after the connect timeout, naming DATABASE_URL', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    try {
      await expect(
        openStore(`postgres://u:S3cret@127.0.0.1:${port}/db`, dir, { connectTimeoutMs: 300 }),
      ).rejects.toThrow(/^Cannot open the store DATABASE_URL names: PostgreSQL did not answer in time/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
    }
  });

  it('uses <dataDir>/mock-interviewer.db when no URL is given', async () => {
    const dataDir = join(dir, 'data');
    await (await openStore(undefined, dataDir)).close();
    expect(existsSync(join(dataDir, 'mock-interviewer.db'))).toBe(true);
  });

  // Both are refused before any connection is attempted, so no server is needed here; the PostgreSQL store
  // itself is tested in postgres*.test.ts.
  it('refuses a PostgreSQL schema name that is not a plain lower-case identifier', async () => {
    await expect(openStore('postgres://db/bot?schema=Bad-Name', dir)).rejects.toThrow(
      /DATABASE_URL.*\?schema= must be lower-case/,
    );
  });

  it('refuses a PostgreSQL pool size below one', async () => {
    await expect(openStore('postgres://db/bot', dir, { poolSize: 0 })).rejects.toThrow(/pool size/);
  });
});
