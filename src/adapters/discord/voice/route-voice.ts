import type { Actor } from '../../../interviewer/interviewer.ts';
import { ANSWER_FIELD, encodeCustomId } from '../interactions/custom-ids.ts';
import { submitDailyAnswer } from '../daily/daily-answer.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { handleModal } from '../interview/answer-submit.ts';
import { hasGroups, inServerBank } from '../../../interviewer/context.ts';
import { submitRoundAnswer } from '../group-study/round-answer.ts';
import { notice, problem, update, type BotResponse } from '../interactions/bot-response.ts';
import { readHeading, readTranscript, renderEditModal } from './render-transcript.ts';
import { parseVoiceId, type VoiceTarget } from './voice-ids.ts';
import { messageFor } from '../../../interviewer/messages.ts';

/**
 * Grade it, Edit transcript and the edit modal's submit: the handler's answer for interactions that are
 * a voice answer's, null for everything else. Grading goes through the same use cases as a typed answer
 * (same checks: still the question asked, first answer or the one retry), with the actor's source 'voice'.
 */
export function routeVoice(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> | null {
  if (input.kind !== 'button' && input.kind !== 'modal') return null;
  const id = parseVoiceId(input.customId);
  if (id === null) return null;
  const actor: Actor = { ...input.actor, source: 'voice' };
  if (input.kind === 'modal') {
    return id.action === 'submit'
      ? gradeTranscript(ctx, actor, id.target, input.fields[ANSWER_FIELD] ?? '')
      : Promise.resolve(problem('unknown_button'));
  }
  const transcript = readTranscript(input.message);
  if (transcript === null) return Promise.resolve(notice(messageFor('transcript_unreadable')));
  switch (id.action) {
    case 'grade':
      return gradeTranscript(ctx, actor, id.target, transcript);
    case 'edit':
      return Promise.resolve({
        kind: 'modal',
        modal: renderEditModal(id.target, readHeading(input.message), transcript),
      });
    case 'submit':
      return Promise.resolve(problem('unknown_button'));
  }
}

/** The transcript (or its edited text) graded as the answer; the feedback replaces the transcript message. */
async function gradeTranscript(
  ctx: HandlerContext,
  actor: Actor,
  target: VoiceTarget,
  text: string,
): Promise<BotResponse> {
  const fields = { [ANSWER_FIELD]: text };
  if (target.kind === 'interview') {
    const submit = encodeCustomId({
      kind: 'submit',
      sessionId: target.sessionId,
      index: target.index,
      answersBefore: target.answersBefore,
    });
    // Sent in DMs, the answer is graded with the bank of the server the interview was started in.
    const session = await ctx.interviewer.session(target.sessionId);
    return handleModal(await inServerBank(ctx, session?.guildId ?? null), actor, submit, fields);
  }
  if (!hasGroups(ctx)) return problem('unknown_button');
  if (target.kind === 'daily') return submitDailyAnswer(ctx, actor, target.sessionId, target.answersBefore, fields);
  const graded = await submitRoundAnswer(ctx, actor, target.roundId, target.answersBefore, fields);
  // A round's feedback is a private reply to a typed answer; here it takes the transcript's place instead.
  return graded.kind === 'reply' && graded.message.embeds.length > 0 ? update(graded.message) : graded;
}
