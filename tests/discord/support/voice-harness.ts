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
import type { FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { tools } from '../../speech/support.ts';
import { BotHarness, type RunningBot } from './bot-harness.ts';
import { buttons, waitForEdit } from './drive.ts';
import { e2eBank } from './e2e-bank.ts';

export type { RunningBot as VoiceBot } from './bot-harness.ts';

/**
 * A fake Discord, a SQLite file and bots started with createBot and real voice services: the speech
 * layer's recogniser (pocketsphinx with a language model of the e2e bank) and a text-to-speech engine
 * whose runs are counted.
 */
export class VoiceHarness extends BotHarness {
  /** Times the text-to-speech engine actually ran (cache hits do not run it). */
  synthRuns = 0;
  private speech: Speech | undefined;

  static async create(fakeOptions: FakeDiscordOptions = {}): Promise<VoiceHarness> {
    return new VoiceHarness(await BotHarness.deployedFake(fakeOptions), BotHarness.tempDir('mi-voice-'), new Date('2026-03-02T09:30:00.000Z'));
  }

  /** The speech layer as `mock-interviewer bot` opens it, on the e2e bank (built once per harness). */
  async realSpeech(env: Record<string, string> = {}): Promise<Speech> {
    if (this.speech !== undefined) return this.speech;
    const config = loadConfig(speechConfigSchema, { DATA_DIR: join(this.dir, 'data'), ...env });
    if (!config.ok) throw new Error(config.detail);
    this.speech = await createSpeech({ config: config.value, bankTexts: async () => bankTexts(e2eBank) });
    await this.speech.prepare();
    return this.speech;
  }

  /** Recognition from the real speech layer; espeak-ng for spoken questions, counting its runs. */
  async voiceServices(overrides: Partial<VoiceServices> = {}): Promise<VoiceServices> {
    const speech = await this.realSpeech();
    const espeak = chooseEngine('espeak', tools)!;
    const counting: TtsEngine = { ...espeak, args: (text, wav) => { this.synthRuns += 1; return espeak.args(text, wav); } };
    const tts = createTextToSpeech(counting, { cacheDir: join(this.dir, 'tts'), opusenc: tools.opusenc! });
    return { stt: speech.stt, tts, maxSeconds: 180, messageContent: false, ...overrides };
  }

  /** A bot with these voice services (undefined: text only). */
  startBot(voice: VoiceServices | undefined, options: { deferAfterMs?: number } = {}): Promise<RunningBot> {
    return this.launch({ ...options, ...(voice === undefined ? {} : { voice }) });
  }

  /**
   * A voice message in a server channel that mentions the bot (as replying to it with the mention on
   * does): flag 8192 and the audio/ogg attachment, like `fake.sendVoiceMessage`, plus the mention.
   */
  sendVoiceMention(user: APIUser, channelId: string, audio: Buffer, durationSecs: number, mention = true): APIMessage {
    const attachment: APIAttachment = {
      ...this.fake.hostAttachment(audio, 'audio/ogg', { filename: 'voice-message.ogg' }),
      duration_secs: durationSecs, waveform: Buffer.alloc(64, 16).toString('base64'),
    };
    return this.fake.sendMessage({
      user, channelId, content: mention ? `<@${this.fake.bot.id}>` : '', flags: MessageFlags.IsVoiceMessage, attachments: [attachment],
    });
  }

  /**
   * The bot's next message to the user, once it is final: the "transcribing…" reply, waited on until it
   * is replaced by the transcript (with its buttons) or by a refusal.
   */
  async nextReply(user: APIUser, timeoutMs = 30_000): Promise<APIMessage> {
    const first = await this.fake.waitForMessage({ dmTo: user }, timeoutMs);
    return waitForEdit(this.fake, first.id, (m) => !m.content.includes('transcribing it…'), timeoutMs);
  }
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
