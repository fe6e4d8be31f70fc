import { describe, expect, it } from 'vitest';
import { baseConfigSchema, loadConfig, withGraderRules } from '../src/config.ts';

describe('loadConfig', () => {
  it('applies defaults and treats empty values as unset', () => {
    const config = loadConfig(baseConfigSchema, { DATABASE_URL: '', LOG_LEVEL: '  ' });
    expect(config).toEqual({
      ok: true,
      value: {
        DATABASE_POOL_SIZE: 10,
        DATA_DIR: 'data',
        LOG_LEVEL: 'info',
        GRADER: 'offline',
        GRADER_LLM_TIMEOUT_MS: 15_000,
        GRADER_LLM_CACHE_SIZE: 1000,
      },
    });
  });

  it('lists every problem at once without echoing values', () => {
    const config = loadConfig(baseConfigSchema, {
      DATABASE_URL: 'mongodb://secret-password@host',
      LOG_LEVEL: 'chatty',
    });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.detail).toMatch(/DATABASE_URL/);
    expect(config.detail).toMatch(/LOG_LEVEL/);
    expect(config.detail).not.toMatch(/secret-password|chatty/);
  });

  it.each(['sqlite:data/x.db', 'data/x.db', ':memory:', 'postgres://u@127.0.0.1/test', 'file:///tmp/x.db'])(
    'accepts DATABASE_URL %s',
    (url) => {
      expect(loadConfig(baseConfigSchema, { DATABASE_URL: url }).ok).toBe(true);
    },
  );

  it('reads DATABASE_POOL_SIZE as a whole number from 1 to 100', () => {
    expect(loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: ' 25 ' })).toMatchObject({
      ok: true,
      value: { DATABASE_POOL_SIZE: 25 },
    });
    for (const size of ['0', '101', '2.5', 'ten']) {
      expect(loadConfig(baseConfigSchema, { DATABASE_POOL_SIZE: size })).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/DATABASE_POOL_SIZE/),
      });
    }
  });
});

describe('withGraderRules', () => {
  const schema = withGraderRules(baseConfigSchema);

  it('keeps the offline grader when nothing is set', () => {
    expect(loadConfig(schema, {})).toMatchObject({ ok: true, value: { GRADER: 'offline' } });
  });

  it('accepts GRADER=llm with an endpoint and a model, the key and timeout optional', () => {
    const env = {
      GRADER: 'llm',
      GRADER_LLM_URL: 'http://127.0.0.1:11434/v1',
      GRADER_LLM_MODEL: 'qwen2.5:7b',
      GRADER_LLM_TIMEOUT_MS: '4000',
    };
    expect(loadConfig(schema, env)).toMatchObject({
      ok: true,
      value: { GRADER: 'llm', GRADER_LLM_TIMEOUT_MS: 4000, GRADER_LLM_MODEL: 'qwen2.5:7b' },
    });
  });

  it('lists every grader problem at once, alongside the others, and never echoes the key or the values', () => {
    const env = {
      GRADER: 'llm',
      GRADER_LLM_KEY: 'sk-very-secret-key',
      GRADER_LLM_TIMEOUT_MS: 'soon',
      LOG_LEVEL: 'chatty',
    };
    const config = loadConfig(schema, env);
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.detail).toMatchInlineSnapshot(`
      "Configuration problems:
      - LOG_LEVEL: Invalid option: expected one of "debug"|"info"|"warn"|"error"
      - GRADER_LLM_TIMEOUT_MS: Invalid input: expected number, received NaN
      - GRADER_LLM_URL is required when GRADER=llm (e.g. http://127.0.0.1:11434/v1/chat/completions)
      - GRADER_LLM_MODEL is required when GRADER=llm (the model name the server knows)"
    `);
    expect(config.detail).not.toMatch(/sk-very-secret-key|soon|chatty/);
  });

  it('refuses an unknown grader and a URL that is not http(s) without echoing them', () => {
    const config = loadConfig(schema, { GRADER: 'gpt', GRADER_LLM_URL: 'ftp://models.example/hidden' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.detail).toMatch(/GRADER must be offline or llm/);
    expect(config.detail).toMatch(/GRADER_LLM_URL must be an http/);
    expect(config.detail).not.toMatch(/gpt|hidden/);
  });
});
