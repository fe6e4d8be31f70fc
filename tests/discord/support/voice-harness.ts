import { join } from 'node:path';
import type { APIAttachment, APIMessage, APIUser } from 'discord-api-types/v10';
import { MessageFlags } from 'discord-api-types/v10';
import { expect } from 'vitest';
import type { VoiceServices } from '../../../src/adapters/discord/voice/voice-services.ts';
import { loadConfig, speechConfigSchema } from '../../../src/config.ts';
import { createSpeech, type Speech } from '../../../src/speech/create-speech.ts';
import { bankTexts } from '../../../src/speech/lm/corpus.ts';
import { createTextToSpeech } from '../../../src/speech/tts/text-to-speech.ts';
import type { TtsEngine } from '../../../src/speech/tts/engines.ts';
import { chooseEngine } from '../../../src/speech/tts/engines.ts';
import type { FakeDiscord, FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { tools } from '../../speech/support.ts';
import { botHarness, openBotWorld, startBot, type BotHarness, type RunningBot } from './bot-harness.ts';
import { buttons, waitForEdit } from './drive.ts';
import { e2eBank } from './e2e-bank.ts';

export type { RunningBot as VoiceBot } from './bot-harness.ts';

/** Voice tests' harness: bots with real voice services, and the fake's voice messages. */
export interface VoiceHarness extends BotHarness {
  /** Times the text-to-speech engine actually ran (cache hits do not run it). */
  synthRuns: number;
  /** The speech layer as `mock-interviewer bot` opens it, on the e2e bank (built once per harness). */
  realSpeech(env?: Record<string, string>): Promise<Speech>;
  /** Recognition from the real speech layer; espeak-ng for spoken questions, counting its runs. */
  voiceServices(overrides?: Partial<VoiceServices>): Promise<VoiceServices>;
  /** A bot with these voice services (undefined: text only). */
  startBot(voice: VoiceServices | undefined, options?: { deferAfterMs?: number }): Promise<RunningBot>;
  /**
   * A voice message in a server channel that mentions the bot (as replying to it with the mention on
   * does): flag 8192 and the audio/ogg attachment, like `fake.sendVoiceMessage`, plus the mention.
   */
  sendVoiceMention(
    user: APIUser,
    channelId: string,
    audio: Buffer,
    durationSecs: number,
    mention?: boolean,
  ): APIMessage;
  /**
   * The bot's next message to the user, once it is final: the "transcribing…" reply, waited on until it
   * is replaced by the transcript (with its buttons) or by a refusal.
   */
  nextReply(user: APIUser, timeoutMs?: number): Promise<APIMessage>;
}

/**
 * A fake Discord, a SQLite file and bots started with createBot and real voice services: the speech
 * layer's recogniser (pocketsphinx with a language model of the e2e bank) and a text-to-speech engine
 * whose runs are counted.
 */
export async function openVoiceHarness(fakeOptions: FakeDiscordOptions = {}): Promise<VoiceHarness> {
  const h = botHarness(await openBotWorld('mi-voice-', new Date('2026-03-02T09:30:00.000Z'), fakeOptions));
  let speech: Speech | undefined;
  const realSpeech = async (env: Record<string, string> = {}) => (speech ??= await openRealSpeech(h.dir, env));
  const voice: VoiceHarness = Object.assign(h, {
    synthRuns: 0,
    realSpeech,
    voiceServices: async (overrides: Partial<VoiceServices> = {}) => {
      const tts = countingTextToSpeech(h.dir, () => {
        voice.synthRuns += 1;
      });
      return { stt: (await realSpeech()).stt, tts, maxSeconds: 180, messageContent: false, ...overrides };
    },
    startBot: (services: VoiceServices | undefined, options: { deferAfterMs?: number } = {}) =>
      startBot(h, { ...options, ...(services === undefined ? {} : { voice: services }) }),
    sendVoiceMention: (user: APIUser, channelId: string, audio: Buffer, durationSecs: number, mention = true) =>
      sendVoiceMention(h.fake, { user, channelId, audio, durationSecs, mention }),
    nextReply: async (user: APIUser, timeoutMs = 30_000) => {
      const first = await h.fake.waitForMessage({ dmTo: user }, timeoutMs);
      return waitForEdit(h.fake, first.id, (m) => !m.content.includes('transcribing it…'), timeoutMs);
    },
  });
  return voice;
}

/** The speech layer as `mock-interviewer bot` opens it with its data in `dir`, prepared on the e2e bank. */
async function openRealSpeech(dir: string, env: Record<string, string>): Promise<Speech> {
  const config = loadConfig(speechConfigSchema, { DATA_DIR: join(dir, 'data'), ...env });
  if (!config.ok) throw new Error(config.detail);
  const speech = await createSpeech({ config: config.value, bankTexts: async () => bankTexts(e2eBank) });
  await speech.prepare();
  return speech;
}

/** espeak-ng with its cache in `dir`, calling `counted` each time the engine actually runs. */
function countingTextToSpeech(dir: string, counted: () => void) {
  const espeak = chooseEngine('espeak', tools)!;
  const counting: TtsEngine = {
    ...espeak,
    args: (text, wav) => {
      counted();
      return espeak.args(text, wav);
    },
  };
  return createTextToSpeech(counting, { cacheDir: join(dir, 'tts'), opusenc: tools.opusenc! });
}

interface VoiceMention {
  user: APIUser;
  channelId: string;
  audio: Buffer;
  durationSecs: number;
  mention: boolean;
}

function sendVoiceMention(
  fake: FakeDiscord,
  { user, channelId, audio, durationSecs, mention }: VoiceMention,
): APIMessage {
  const attachment: APIAttachment = {
    ...fake.hostAttachment(audio, 'audio/ogg', { filename: 'voice-message.ogg' }),
    duration_secs: durationSecs,
    waveform: Buffer.alloc(64, 16).toString('base64'),
  };
  return fake.sendMessage({
    user,
    channelId,
    content: mention ? `<@${fake.bot.id}>` : '',
    flags: MessageFlags.IsVoiceMessage,
    attachments: [attachment],
  });
}

/** The transcript shown in a transcript message (between the code fences of its embed). */
export function transcriptOf(message: APIMessage): string {
  const description = message.embeds[0]?.description ?? '';
  expect(description).toMatch(/^```\n[\s\S]*\n```$/);
  return description.slice(4, -4);
}

export function hasButtons(message: APIMessage, ...labels: string[]): boolean {
  const shown = buttons(message).map((b) => b.label);
  return labels.every((l) => shown.includes(l));
}
