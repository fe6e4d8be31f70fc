import { describe, expect, it } from 'vitest';
import { loadConfig, speechConfigSchema } from '../../src/config.ts';
import { speechErrorMessage } from '../../src/speech/messages.ts';

describe('speechConfigSchema', () => {
  it('has defaults for everything: provider chosen by what is installed, 180 s, two at a time, auto voice', () => {
    expect(loadConfig(speechConfigSchema, {})).toMatchObject({
      ok: true,
      value: {
        VOICE_MAX_SECONDS: 180,
        SPEECH_CONCURRENCY: 2,
        SPEECH_TIMEOUT_SECONDS: 120,
        TTS_VOICE: 'auto',
        SPEECH_HTTP_MODEL: 'whisper-1',
      },
    });
    const config = loadConfig(speechConfigSchema, {});
    expect(config.ok && config.value.SPEECH_PROVIDER).toBeUndefined();
  });

  it('lists every speech problem at once, the cross-field ones too, without echoing a value', () => {
    const result = loadConfig(speechConfigSchema, {
      SPEECH_PROVIDER: 'command',
      VOICE_MAX_SECONDS: 'three minutes',
      TTS_VOICE: 'alexa',
      SPEECH_HTTP_URL: 'ftp://files/secret-path',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.detail).toMatch(/- VOICE_MAX_SECONDS: /);
    expect(result.detail).toMatch(/- TTS_VOICE: /);
    expect(result.detail).toMatch(/- SPEECH_HTTP_URL: an http:\/\/ or https:\/\/ URL/);
    expect(result.detail).toMatch(/- SPEECH_COMMAND is required when SPEECH_PROVIDER=command/);
    expect(result.detail).not.toContain('secret-path');
  });

  it('requires SPEECH_HTTP_URL for the http provider', () => {
    expect(loadConfig(speechConfigSchema, { SPEECH_PROVIDER: 'http' })).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/SPEECH_HTTP_URL is required/),
    });
  });
});

describe('speechErrorMessage', () => {
  it('says each refusal politely, with the limit and what to do instead', () => {
    const limits = { maxSeconds: 180, maxMegabytes: 10 };
    expect(
      (['not_enabled', 'unreadable_audio', 'too_long', 'too_large'] as const).map((code) =>
        speechErrorMessage(code, limits),
      ),
    ).toMatchInlineSnapshot(`
      [
        "Voice answers are not enabled on this bot. Please type your answer instead.",
        "I couldn't read that file as audio. Send a Discord voice message (or an .ogg Opus file), or type your answer.",
        "That recording is longer than 3 minutes. Please answer in a shorter voice message, or type it.",
        "That file is larger than 10 MB. Please send a shorter voice message, or type your answer.",
      ]
    `);
  });
});
