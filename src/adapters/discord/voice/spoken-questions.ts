import { synthesisErrorMessage } from '../../../speech/index.ts';
import { parseCustomId } from '../interactions/custom-ids.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { LIMITS, truncate } from '../interactions/limits.ts';
import type { BotResponse, MessageData } from '../interactions/bot-response.ts';

/**
 * `/mock-interview voice:true`: every question message of the session carries the question as spoken
 * audio (.ogg, which Discord plays inline), synthesised offline once per question and then served from
 * the cache. Works on any handler's response: a message with a session's Answer button shows a question,
 * and the session's options say whether it was asked for. When speech is unavailable the message says so
 * and the interview carries on in text.
 */
export async function withSpokenQuestion(
  ctx: HandlerContext,
  input: InteractionInput,
  work: Promise<BotResponse>,
): Promise<BotResponse> {
  const response = await work;
  if (response.kind !== 'reply' && response.kind !== 'update') return response;
  const shown = questionShown(response.message);
  if (shown === null) return clearWhenLeaving(ctx, input, response);
  // A hint updates the question's message in place, and its audio stays on it.
  if (input.kind === 'button' && isHint(input.customId)) return response;
  const asked = input.kind === 'slash' && input.options.voice === true;
  if (ctx.voice === undefined) return asked ? withNote(response, synthesisErrorMessage('not_enabled')) : response;
  // A command's reply shows the session it just started, with the options it was given.
  const questionIds = await spokenQuestionIds(ctx, shown.sessionId, input.kind === 'slash' ? asked : undefined);
  if (questionIds === null) return response;
  const question = ctx.interviewer.bank.byId.get(questionIds[shown.index] ?? '');
  if (question === undefined) return response;
  const audio = await ctx.voice.tts
    .synthesize(spokenText(question.prompt), { cacheKey: question.id })
    .catch((error: Error) => ({ ok: false as const, error: 'failed' as const, detail: error.message }));
  if (!audio.ok) {
    if (audio.error !== 'not_enabled')
      ctx.logger.warn('spoken question failed', { question: question.id, reason: audio.error, detail: audio.detail });
    return withNote(response, `${synthesisErrorMessage(audio.error)} The question is below in text.`);
  }
  const file = { name: `question-${shown.index + 1}.ogg`, data: audio.value };
  return { ...response, message: { ...response.message, files: [file] } };
}

/** The session and question index of the Answer button on a message, or null when it shows no question. */
function questionShown(message: MessageData): { sessionId: string; index: number } | null {
  for (const row of message.components) {
    for (const component of row.components) {
      const id = 'custom_id' in component ? parseCustomId(component.custom_id) : null;
      if (id?.kind === 'session' && id.action === 'answer') return { sessionId: id.sessionId, index: id.index };
    }
  }
  return null;
}

function isHint(customId: string): boolean {
  const id = parseCustomId(customId);
  return id?.kind === 'session' && id.action === 'hint';
}

/** Moving from a spoken question to the summary (Next on the last question, End) removes the audio. */
async function clearWhenLeaving(
  ctx: HandlerContext,
  input: InteractionInput,
  response: BotResponse,
): Promise<BotResponse> {
  if (response.kind !== 'update' || input.kind !== 'button' || ctx.voice === undefined) return response;
  const id = parseCustomId(input.customId);
  if (id?.kind !== 'session' || (id.action !== 'next' && id.action !== 'end' && id.action !== 'skip')) return response;
  return (await spokenQuestionIds(ctx, id.sessionId)) !== null
    ? { ...response, message: { ...response.message, files: [] } }
    : response;
}

/**
 * The questions of a session that asked for spoken questions, null for one that did not. A session's
 * options and questions never change after the start, so each process reads them once per session (and
 * not at all for a text-only session it started, `asked` false): a question message costs no store read
 * beyond the handler's own.
 */
const spokenSessions = new WeakMap<HandlerContext, Map<string, readonly string[] | null>>();
const REMEMBERED = 10_000;

async function spokenQuestionIds(
  ctx: HandlerContext,
  sessionId: string,
  asked?: boolean,
): Promise<readonly string[] | null> {
  const known = spokenSessions.get(ctx)?.get(sessionId);
  if (known !== undefined) return known;
  if (asked === false) return remember(ctx, sessionId, null);
  const session = await ctx.interviewer.session(sessionId);
  if (session === null) return null;
  return remember(ctx, sessionId, session.options.voice === true ? session.questionIds : null);
}

function remember(
  ctx: HandlerContext,
  sessionId: string,
  questionIds: readonly string[] | null,
): readonly string[] | null {
  let known = spokenSessions.get(ctx);
  if (known === undefined) spokenSessions.set(ctx, (known = new Map()));
  if (known.size >= REMEMBERED) known.delete(known.keys().next().value!);
  known.set(sessionId, questionIds);
  return questionIds;
}

function withNote(response: Extract<BotResponse, { message: MessageData }>, note: string): BotResponse {
  const content = [response.message.content, `🔇 ${note}`]
    .filter((part) => part !== undefined && part !== '')
    .join('\n');
  return { ...response, message: { ...response.message, content: truncate(content, LIMITS.content) } };
}

/** The prompt as words to say: markdown marks and code fences are read as pauses, not spelt out. */
function spokenText(prompt: string): string {
  return prompt
    .replace(/```[a-z]*\n?/gi, ' ')
    .replace(/[`*_#>|~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
