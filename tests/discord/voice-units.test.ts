import { describe, expect, it } from 'vitest';
import { botConfigSchema } from '../../src/adapters/discord/gateway/bot-config.ts';
import { parseCustomId } from '../../src/adapters/discord/interactions/custom-ids.ts';
import { createMemoryLogger } from '../../src/adapters/discord/logger.ts';
import { parseGroupId } from '../../src/adapters/discord/group-study/group-ids.ts';
import { openVoice } from '../../src/adapters/discord/voice/open-voice.ts';
import { readHeading, readTranscript, renderTranscript } from '../../src/adapters/discord/voice/render-transcript.ts';
import { encodeVoiceId, parseVoiceId, type VoiceId } from '../../src/adapters/discord/voice/voice-ids.ts';
import { rawInteractionSchema, toInteractionInput } from '../../src/adapters/discord/http/raw-interaction.ts';
import { loadConfig } from '../../src/config.ts';
import { tempDir } from '../speech/support.ts';

const discord = { DISCORD_TOKEN: 'abc.def', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('voice custom ids', () => {
  const ids: VoiceId[] = [
    { action: 'grade', target: { kind: 'interview', sessionId: 'g1-4', index: 3, answersBefore: 1 } },
    { action: 'edit', target: { kind: 'daily', sessionId: 'd-100000000000000001-2026-03-02', answersBefore: 0 } },
    { action: 'submit', target: { kind: 'round', roundId: 'daily:123456789012345678:2026-03-02', answersBefore: 1 } },
  ];

  it.each(ids)('round-trips %j within 100 characters, and no other parser claims it', (id) => {
    const raw = encodeVoiceId(id);
    expect(raw.length).toBeLessThanOrEqual(100);
    expect(parseVoiceId(raw)).toEqual(id);
    expect(parseCustomId(raw)).toBeNull();
    expect(parseGroupId(raw)).toBeNull();
  });

  it.each([
    'mi:answer:g1-4:0',
    'mi:ra:abc',
    'mi:vxi:g1:0:0',
    'mi:vgi:g1:0',
    'mi:vgi:g1:0:0:0',
    'mi:vgd:d-1:2:0',
    'mi:vgi:g 1:0:0',
    'mi:vgi:g1:0:10',
    `mi:vgi:${'a'.repeat(65)}:0:0`,
  ])('refuses %s', (raw) => expect(parseVoiceId(raw)).toBeNull());
});

describe('the transcript message', () => {
  const target = { kind: 'interview' as const, sessionId: 's1', index: 0, answersBefore: 0 };

  it('gives back exactly the transcript it shows (markdown, mentions and fences cannot break out)', () => {
    const transcript = 'a *primary* key <@123> @everyone uses `keys` ```and``` more';
    const message = renderTranscript({
      target,
      prompt: 'What is a key?',
      heading: 'Question 1/5',
      transcript,
      durationSec: 7.4,
    });
    const source = { id: '1', embeds: message.embeds.map((e) => ({ title: e.title!, description: e.description! })) };
    expect(readTranscript(source)).toBe(transcript.replace('```and```', "'''and'''"));
    expect(readHeading(source)).toBe('Question 1/5');
    expect(message.embeds[0]!.footer!.text).toBe(
      'Approximate transcript of 7 s: speech recognition makes mistakes, so check it before grading.',
    );
    expect(readTranscript({ id: '1', embeds: [{ title: 'Question 1/5', description: 'anything' }] })).toBeNull();
    expect(readTranscript(undefined)).toBeNull();
  });

  it('keeps at most 4000 characters, the grader’s limit', () => {
    const message = renderTranscript({
      target,
      prompt: 'Q',
      heading: 'Quick question',
      transcript: 'word '.repeat(2000),
      durationSec: 600,
    });
    expect(message.embeds[0]!.description!.length).toBeLessThanOrEqual(4008);
    expect(
      readTranscript({
        id: '1',
        embeds: [{ title: message.embeds[0]!.title!, description: message.embeds[0]!.description! }],
      })!.length,
    ).toBeLessThanOrEqual(4000);
  });

  it('is read from a button interaction on the HTTP transport too', () => {
    const embeds = [
      { type: 'rich', title: '🎙️ Quick question · your voice answer', description: '```\nhello\n```', color: 1 },
    ];
    const input = toInteractionInput(
      rawInteractionSchema.parse({
        id: '9',
        application_id: '8',
        token: 't',
        user: { id: '100000000000000001', username: 'ada' },
        channel: { id: '5' },
        message: { id: '77', embeds },
        type: 3,
        data: { custom_id: 'mi:vgi:s1:0:0', component_type: 2 },
      }),
    );
    expect(input).toMatchObject({
      kind: 'button',
      message: { id: '77', embeds: [{ title: embeds[0]!.title, description: embeds[0]!.description }] },
    });
    expect(readTranscript(input?.kind === 'button' ? input.message : undefined)).toBe('hello');
  });
});

describe('voice settings', () => {
  it('reads DISCORD_MESSAGE_CONTENT and the speech settings with the bot’s, listing every problem', () => {
    const parsed = loadConfig(botConfigSchema, {
      ...discord,
      DISCORD_MESSAGE_CONTENT: 'true',
      VOICE_MAX_SECONDS: '90',
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: { DISCORD_MESSAGE_CONTENT: true, VOICE_MAX_SECONDS: 90, SPEECH_CONCURRENCY: 2, TTS_VOICE: 'auto' },
    });
    expect(loadConfig(botConfigSchema, discord)).toMatchObject({ ok: true, value: { DISCORD_MESSAGE_CONTENT: false } });
    const bad = loadConfig(botConfigSchema, {
      ...discord,
      DISCORD_MESSAGE_CONTENT: 'perhaps',
      SPEECH_PROVIDER: 'command',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.detail).toContain('- DISCORD_MESSAGE_CONTENT must be true or false');
    expect(bad.detail).toContain('- SPEECH_COMMAND is required when SPEECH_PROVIDER=command');
  });

  it('with recognition and spoken questions off, the bot still starts and the log says so (warn) with the reason', async () => {
    const config = loadConfig(botConfigSchema, {
      ...discord,
      DATA_DIR: tempDir(),
      SPEECH_PROVIDER: 'off',
      TTS_VOICE: 'off',
    });
    if (!config.ok) throw new Error(config.detail);
    const logger = createMemoryLogger();
    const voice = await openVoice(config.value, logger);
    expect(voice).toMatchObject({ maxSeconds: 180, messageContent: false, offReason: 'SPEECH_PROVIDER=off' });
    expect(await voice.stt.transcribe(Buffer.alloc(10))).toMatchObject({ ok: false, error: 'not_enabled' });
    expect(await voice.tts.synthesize('What is a key?')).toMatchObject({ ok: false, error: 'not_enabled' });
    const warnings = logger.lines
      .map((l) => JSON.parse(l) as { level: string; message: string })
      .filter((l) => l.level === 'warn')
      .map((l) => l.message);
    expect(warnings).toEqual([
      'voice answers: OFF (SPEECH_PROVIDER=off); text answers work as usual',
      'spoken questions: OFF (TTS_VOICE=off)',
    ]);
  });
});
