import { revealedHints } from '../../../core/interview/index.ts';
import type { SessionView } from '../../../interviewer/interviewer.ts';
import { messageFor } from '../../../interviewer/messages.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { renderQuestion } from './render-question.ts';
import { renderReport } from './render-report.ts';

/** What a session looks like now: its current question (with hints revealed so far) or its summary. */
export async function renderSessionView(ctx: HandlerContext, view: SessionView, note?: string): Promise<MessageData> {
  const { session, question } = view;
  if (session.status !== 'active') {
    const report = await ctx.interviewer.report(session);
    if (report.ok) return renderReport(report.value);
  }
  if (question === null) return { content: messageFor('unknown_question'), embeds: [], components: [] };
  return renderQuestion({
    sessionId: session.id,
    question,
    index: session.index,
    total: session.questionIds.length,
    hints: revealedHints(session, ctx.interviewer.bank),
    ...(note === undefined ? {} : { note }),
  });
}
