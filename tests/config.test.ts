import { describe, expect, it } from 'vitest';
import { baseConfigSchema, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('applies defaults and treats empty values as unset', () => {
    const config = loadConfig(baseConfigSchema, { DATABASE_URL: '', LOG_LEVEL: '  ' });
    expect(config).toEqual({ ok: true, value: { DATABASE_POOL_SIZE: 10, DATA_DIR: 'data', LOG_LEVEL: 'info' } });
  });

  it('lists every problem at once without echoing values', () => {
    const config = loadConfig(baseConfigSchema, { DATABASE_URL: 'mongodb://secret-password@host', LOG_LEVEL: 'chatty' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.detail).toMatch(/DATABASE_URL/);
    expect(config.detail).toMatch(/LOG_LEVEL/);
    expect(config.detail).not.toMatch(/secret-password|chatty/);
  });

  it.each(['sqlite:data/x.db', 'data/x.db', ':memory:', 'postgres://u@127.0.0.1/test', 'file:///tmp/x.db'])('accepts DATABASE_URL %s', (url) => {
    expect(loadConfig(baseConfigSchema, { DATABASE_URL: url }).ok).toBe(true);
  });

  it('reads DATABASE_POOL_SIZE as a whole number from 1 to 100', () => {
    expect(loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: ' 25 ' })).toMatchObject({ ok: true, value: { DATABASE_POOL_SIZE: 25 } });
    for (const size of ['0', '101', '2.5', 'ten']) {
      expect(loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: size })).toMatchObject({ ok: false, detail: expect.stringMatching(/DATABASE_POOL_SIZE/) });
    }
  });
});
