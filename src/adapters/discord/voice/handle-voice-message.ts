import type { Round } from '../../../core/rounds/types.ts';
import { NOTHING_HEARD, speechErrorMessage, type SpeechErrorCode } from '../../../speech/index.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { isLabelledNotAudio } from './attachment-kind.ts';
import { downloadAttachment } from './download.ts';
import { headingFor, renderTranscript, voiceNotice } from './render-transcript.ts';
import type { VoiceMessageInput } from './voice-input.ts';
import { messageFor } from '../../../interviewer/messages.ts';
import { describeError } from '../logger.ts';
import { isStoreUnavailable } from '../../../store/store-unavailable.ts';
import { fromChannelLine } from './voice-notices.ts';
import type { Posted, VoiceOutbox } from './voice-outbox.ts';
import { limitsOf, maxBytesOf, type VoiceServices } from './voice-services.ts';
import {
  directAnswerTarget,
  openRoundIn,
  roundAnswerTarget,
  type ResolvedTarget,
} from '../../../interviewer/answer-targets.ts';

export interface VoiceAnswerDeps {
  ctx: HandlerContext;
  voice: VoiceServices;
  outbox: VoiceOutbox;
  /**
   * Users with a voice answer in progress in this process: one at a time each, so nobody can queue up
   * downloads and recognitions for everyone else by sending a burst of voice messages.
   */
  busy: Set<string>;
}

/** How one message went, for the log and for tests. */
export type VoiceOutcome = 'ignored' | 'refused' | 'transcribed' | 'nothing_heard' | 'failed' | 'undeliverable';

/** Where the user is told things: in the DM itself, or (for a channel's round) in a DM from the bot. */
interface Conversation {
  /** Sends the first message; null when the user cannot be reached. */
  open(message: MessageData): Promise<Posted | null>;
  /** Prefix of every message (which channel the answer was for, in a guild). */
  prefix: string;
}

/**
 * One message that may be a voice answer, start to finish; never throws (a failure is logged, and the
 * user told as a typed answer's would be). Cheap refusals come first
 * (recognition off, not audio, too large, too long, nothing to answer), before anything is downloaded; then the
 * audio is fetched at once (its link expires), a "transcribing…" message is shown and replaced by the
 * transcript with Grade it and Edit transcript. Recognition queues behind SPEECH_CONCURRENCY, so many
 * voice messages at once never hold up interactions.
 */
export async function handleVoiceMessage(
  deps: VoiceAnswerDeps,
  input: VoiceMessageInput,
  signal?: AbortSignal,
): Promise<VoiceOutcome> {
  try {
    return await handleOrThrow(deps, input, signal);
  } catch (error) {
    deps.ctx.logger.error('voice message failed', describeError(error));
    const reason = isStoreUnavailable(error) ? 'store_unavailable' : 'something_went_wrong';
    // Before anything was posted (the store is read first): the DM itself, or the DM a round's answer gets.
    const to =
      input.guildId === null
        ? deps.outbox.post(input.channelId, voiceNotice(messageFor(reason)), input.messageId)
        : deps.outbox.dm(input.author.id, voiceNotice(messageFor(reason)));
    return (await to) === null ? 'undeliverable' : 'failed';
  }
}

async function handleOrThrow(
  deps: VoiceAnswerDeps,
  input: VoiceMessageInput,
  signal: AbortSignal | undefined,
): Promise<VoiceOutcome> {
  const { ctx, voice } = deps;
  const place = await placeOf(deps, input);
  if (place === 'ignored' || place === 'refused') return place;
  const { conversation } = place;
  const say = async (text: string): Promise<VoiceOutcome> =>
    (await conversation.open(voiceNotice(`${conversation.prefix}${text}`))) === null ? 'undeliverable' : 'refused';
  const audio = input.audio[0];
  if (audio === undefined) return 'ignored';

  if (voice.stt.provider === 'off') {
    ctx.logger.warn('voice answer refused: speech recognition is off', {
      reason: voice.offReason ?? 'SPEECH_PROVIDER or the speech packages',
    });
    return say(speechError('not_enabled', voice));
  }
  if (isLabelledNotAudio(audio)) return say(speechError('unreadable_audio', voice));
  if (audio.size > maxBytesOf(voice)) return say(speechError('too_large', voice));
  if (audio.durationSecs !== null && audio.durationSecs > voice.maxSeconds) return say(speechError('too_long', voice));
  const target =
    place.round === null
      ? await directAnswerTarget(ctx, input.author.id)
      : await roundAnswerTarget(ctx, place.round, input.author.id);
  if (!target.ok) return say(messageFor(target.error));
  if (deps.busy.has(input.author.id)) return say(messageFor('busy'));
  deps.busy.add(input.author.id);
  // Free again as soon as the words are known, before the transcript is shown: the user may answer at once.
  const release = () => void deps.busy.delete(input.author.id);
  try {
    return await transcribeAnswer(deps, audio.url, conversation, target.value, release, signal);
  } finally {
    release();
  }
}

/** Download, "transcribing…", recognition, then the transcript (or why there is none) in its place. */
async function transcribeAnswer(
  deps: VoiceAnswerDeps,
  url: string,
  conversation: Conversation,
  target: ResolvedTarget,
  release: () => void,
  signal: AbortSignal | undefined,
): Promise<VoiceOutcome> {
  const { ctx, voice } = deps;

  // Fetch now, while the link is fresh, and say "transcribing…" meanwhile.
  const download = downloadAttachment(url, maxBytesOf(voice), signal);
  const posted = await conversation.open(voiceNotice(`${conversation.prefix}${messageFor('transcribing')}`));
  if (posted === null) {
    await download;
    return 'undeliverable';
  }
  const finish = async (message: MessageData, outcome: VoiceOutcome): Promise<VoiceOutcome> => {
    const edited = await deps.outbox.edit(posted, withPrefix(message, conversation.prefix));
    return edited ? outcome : 'undeliverable';
  };
  const bytes = await download;
  if (!bytes.ok) {
    release();
    ctx.logger.info('voice answer not downloaded', { reason: bytes.error, detail: bytes.detail });
    const text =
      signal?.aborted === true
        ? messageFor('stopped')
        : bytes.error === 'too_large'
          ? speechError('too_large', voice)
          : messageFor('download_failed');
    return finish(voiceNotice(text), 'failed');
  }
  const started = Date.now();
  const heard = await transcribe(deps, bytes.value, signal);
  release();
  if (!heard.ok) {
    const stopped = signal?.aborted === true;
    ctx.logger.info('voice answer not transcribed', {
      reason: stopped ? 'stopping' : heard.error,
      detail: heard.detail,
    });
    return finish(voiceNotice(stopped ? messageFor('stopped') : speechError(heard.error, voice)), 'failed');
  }
  ctx.logger.debug('voice answer transcribed', {
    provider: heard.value.provider,
    seconds: heard.value.durationSec,
    tookMs: Date.now() - started,
  });
  if (heard.value.text === '') return finish(voiceNotice(NOTHING_HEARD), 'nothing_heard');
  return finish(transcriptMessage(target, heard.value.text, heard.value.durationSec), 'transcribed');
}

async function transcribe(deps: VoiceAnswerDeps, audio: Buffer, signal: AbortSignal | undefined) {
  try {
    return await deps.voice.stt.transcribe(audio, signal === undefined ? {} : { signal });
  } catch (error) {
    return {
      ok: false as const,
      error: 'failed' as const,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

function transcriptMessage(resolved: ResolvedTarget, text: string, durationSec: number): MessageData {
  const heading = headingFor(resolved.target, resolved.position, resolved.total);
  return renderTranscript({ target: resolved.target, prompt: resolved.prompt, heading, transcript: text, durationSec });
}

/**
 * Whether the message is a voice answer at all, and where to talk about it. In a DM: any voice message
 * or audio file. In a server: a voice message that mentions the bot (or, with MESSAGE_CONTENT, any voice
 * message) in a channel with an open round; an unmentioned one elsewhere is none of the bot's business.
 */
async function placeOf(
  deps: VoiceAnswerDeps,
  input: VoiceMessageInput,
): Promise<{ conversation: Conversation; round: Round | null } | 'ignored' | 'refused'> {
  const { ctx, voice, outbox } = deps;
  if (input.author.isBot) return 'ignored';
  if (input.guildId === null) {
    return {
      round: null,
      conversation: { prefix: '', open: (message) => outbox.post(input.channelId, message, input.messageId) },
    };
  }
  const addressed = input.mentionsBot || (voice.messageContent && input.isVoiceMessage);
  if (!addressed || input.audio.length === 0) return 'ignored';
  const round = await openRoundIn(ctx, input.channelId);
  if (round === null && !input.mentionsBot) return 'ignored';
  // Answers stay private while a round runs, so the transcript goes to the member's DMs; if those are
  // closed, a short reply in the channel says so (without the transcript).
  const conversation: Conversation = {
    prefix: `${fromChannelLine(input.channelId)} `,
    async open(message) {
      const sent = await outbox.dm(input.author.id, message);
      if (sent === null) await outbox.post(input.channelId, voiceNotice(messageFor('dms_closed')), input.messageId);
      return sent;
    },
  };
  if (round === null) {
    await conversation.open(voiceNotice(`${conversation.prefix}${messageFor('no_round')}`));
    return 'refused';
  }
  return { conversation, round };
}

/** A recogniser that failed is a failure on our side: said as the catalogue says it for a typed answer. */
function speechError(code: SpeechErrorCode, voice: VoiceServices): string {
  return code === 'failed' ? messageFor('something_went_wrong') : speechErrorMessage(code, limitsOf(voice));
}

function withPrefix(message: MessageData, prefix: string): MessageData {
  if (prefix === '') return message;
  return { ...message, content: `${prefix}${message.content ?? ''}`.trim() };
}
