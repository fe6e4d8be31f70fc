import { noticeMessage, sessionErrorMessage, type ChatNotice } from '../../commands/messages.ts';
import { revealedHints } from '../../core/interview/index.ts';
import type { Session } from '../../core/interview/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { Actor, SessionError, SessionView } from '../../interviewer/interviewer.ts';
import type { HandlerContext } from './handler-context.ts';
import { notice, type BotResponse, type MessageData } from './reply.ts';
import { renderQuestion } from './render-question.ts';
import { renderReport } from './render-report.ts';

export type GuardError = SessionError | ChatNotice;

/** A polite ephemeral sentence for any expected problem. */
export function problem(code: GuardError, topics?: readonly string[]): BotResponse {
  return notice(noticeMessage(code, topics));
}

/**
 * The actor's active session, still on the question at `index` (the one the button or modal belongs
 * to). Anything else is a stale or foreign button, answered politely and changing nothing. The handlers
 * pass the session on to the interviewer, so a press reads it once.
 */
export async function loadCurrentSession(
  ctx: HandlerContext, actor: Actor, sessionId: string, index: number,
): Promise<Result<Session, GuardError>> {
  const session = await ctx.store.getSession(sessionId);
  if (session === null) return err('unknown_session');
  if (session.userId !== actor.userId) return err('not_your_session');
  if (session.status !== 'active') return err('session_not_active');
  if (session.index !== index) return err('question_moved_on');
  return ok(session);
}

/** What a session looks like now: its current question (with hints revealed so far) or its summary. */
export async function renderSessionView(ctx: HandlerContext, view: SessionView, note?: string): Promise<MessageData> {
  const { session, question } = view;
  if (session.status !== 'active') {
    const report = await ctx.interviewer.report(session);
    if (report.ok) return renderReport(report.value);
  }
  if (question === null) return { content: sessionErrorMessage('unknown_question'), embeds: [], components: [] };
  return renderQuestion({
    sessionId: session.id, question, index: session.index, total: session.questionIds.length,
    hints: revealedHints(session, ctx.interviewer.bank), ...(note === undefined ? {} : { note }),
  });
}
