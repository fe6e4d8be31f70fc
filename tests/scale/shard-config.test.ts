import { describe, expect, it } from 'vitest';
import { botConfigSchema } from '../../src/adapters/discord/gateway/bot-config.ts';
import { shardsOf } from '../../src/adapters/discord/gateway/shard-config.ts';
import { httpConfigSchema } from '../../src/adapters/discord/http/http-config.ts';
import { loadConfig } from '../../src/config.ts';

const discord = { DISCORD_TOKEN: 'abc.def', DISCORD_APPLICATION_ID: '123456789012345678' };

function shardsFrom(env: Record<string, string>) {
  const config = loadConfig(botConfigSchema, { ...discord, ...env });
  return config.ok ? shardsOf(config.value) : config.detail;
}

describe('shardsOf', () => {
  it.each([
    [{}, undefined],
    [{ SHARD_COUNT: '4' }, { ids: [0, 1, 2, 3], count: 4 }],
    [
      { SHARD_COUNT: '4', SHARD_IDS: '2, 0,2' },
      { ids: [0, 2], count: 4 },
    ],
    [
      { SHARD_COUNT: '2', SHARD_IDS: '1' },
      { ids: [1], count: 2 },
    ],
  ])('reads %j as %j', (env, expected) => {
    expect(shardsFrom(env)).toEqual(expected);
  });

  it.each([
    [{ SHARD_COUNT: '2', SHARD_IDS: '2' }, '- SHARD_IDS must each be below SHARD_COUNT'],
    [{ SHARD_IDS: '1' }, '- SHARD_IDS must each be below SHARD_COUNT'],
    [{ SHARD_COUNT: '2', SHARD_IDS: 'auto' }, '- SHARD_IDS must be shard numbers separated by commas'],
    [{ SHARD_COUNT: 'auto' }, '- SHARD_COUNT must be a whole number'],
  ])('refuses %j', (env, problem) => {
    expect(shardsFrom(env)).toContain(problem);
  });
});

describe('httpConfigSchema', () => {
  it('needs only the public key, and lists what is wrong with it', () => {
    const ok = loadConfig(httpConfigSchema, { DISCORD_PUBLIC_KEY: 'a'.repeat(64) });
    expect(ok.ok && [ok.value.HTTP_PORT, ok.value.HTTP_HOST, ok.value.DISCORD_API_BASE]).toEqual([
      8080,
      '0.0.0.0',
      'https://discord.com/api',
    ]);
    const missing = loadConfig(httpConfigSchema, {});
    expect(missing.ok ? '' : missing.detail).toContain('DISCORD_PUBLIC_KEY is required');
    const bad = loadConfig(httpConfigSchema, { DISCORD_PUBLIC_KEY: 'not-hex', HTTP_PORT: '70000' });
    expect(bad.ok ? '' : bad.detail).toMatch(/DISCORD_PUBLIC_KEY must be the 64 hex characters[\s\S]*HTTP_PORT/);
  });
});
