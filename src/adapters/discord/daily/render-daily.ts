import { ButtonStyle } from 'discord-api-types/v10';
import type { Feedback } from '../../../core/interview/index.ts';
import type { DailyStatus, Nudge } from '../../../core/schedule/index.ts';
import type { Streak } from '../../../core/stats/types.ts';
import type { DailyQuestionView } from '../../../interviewer/group-messenger.ts';
import { messageFor } from '../../../interviewer/messages.ts';
import { encodeCustomId } from '../interactions/custom-ids.ts';
import { truncate } from '../interactions/limits.ts';
import { renderFeedback } from '../interview/render-feedback.ts';
import { COLOURS, questionFields } from '../interview/render-question.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { groupButtonRow, type GroupButton } from '../group-study/group-buttons.ts';
import { discordTime } from '../group-study/moderator.ts';

/** "🔥 5-day streak: answer today to make it 6." and its variants. */
function streakLine(streak: Streak, answeredToday: boolean): string {
  if (streak.current === 0) return 'Start a daily streak: answer today’s question.';
  const days = `🔥 ${streak.current}-day daily streak`;
  return answeredToday ? `${days}. See you tomorrow!` : `${days}: answer today to make it ${streak.current + 1}.`;
}

export type { DailyQuestionView };

const answerButton = (sessionId: string): GroupButton => ({
  id: { kind: 'daily-answer', sessionId },
  label: 'Answer',
  style: ButtonStyle.Primary,
  emoji: '✍️',
});

/** The daily DM: the question, the streak, and an Answer button. */
export function renderDailyQuestion(view: DailyQuestionView): MessageData {
  const { question } = view;
  return {
    ...(view.note === undefined ? {} : { content: messageFor(view.note) }),
    embeds: [
      {
        color: COLOURS.question,
        title: `Daily question · ${view.localDate}`,
        description: truncate(question.prompt, 3000),
        fields: [...questionFields(question), { name: 'Streak', value: streakLine(view.streak, view.answeredToday) }],
        footer: { text: 'Chosen from your weakest topics. /daily status shows your schedule; /daily off stops these.' },
      },
    ],
    components: [groupButtonRow([answerButton(view.sessionId)])],
  };
}

/** The evening reminder; with an Answer button when today's question is still open. */
export function renderNudge(nudge: Nudge, openSessionId: string | null): MessageData {
  const content = `⏰ Your ${nudge.streak}-day streak ends at midnight (${discordTime(nudge.endsAt, 't')}). Answer today’s question to keep it going.`;
  return {
    content,
    embeds: [],
    components: openSessionId === null ? [] : [groupButtonRow([answerButton(openSessionId)])],
  };
}

/** The graded daily answer: the interview's checklist, the streak, Model answer and Retry. */
export function renderDailyFeedback(sessionId: string, feedback: Feedback, streak: Streak): MessageData {
  const base = renderFeedback(sessionId, feedback);
  const buttons: GroupButton[] = [
    {
      id: encodeCustomId({ kind: 'session', action: 'model', sessionId, index: 0 }),
      label: 'Model answer',
      emoji: '📖',
    },
  ];
  if (feedback.canRetry) buttons.push({ id: { kind: 'daily-retry', sessionId }, label: 'Retry', emoji: '🔁' });
  return { ...base, content: streakLine(streak, true), components: [groupButtonRow(buttons)] };
}

const PAUSE_REASONS = {
  dms_closed: 'I could not send you a direct message (DMs closed?)',
  channel_missing: 'the channel is gone',
  missing_permissions: 'I am missing permissions',
  other: 'Discord refused the last delivery',
} as const;

/** `/daily status`: the schedule, the next question, the streak. */
export function renderDailyStatus(status: DailyStatus): MessageData {
  const sub = status.subscription;
  const lines =
    sub === null
      ? ['You are not subscribed. Start with /daily subscribe.']
      : [
          `Every day at **${sub.time}** (${sub.timeZone}), ${sub.topic === null ? 'from your weakest topics' : `topic **${sub.topic}**`}.`,
        ];
  if (sub !== null && status.isPaused && sub.deliveryFailure !== null) {
    lines.push(
      `⏸️ Paused: ${PAUSE_REASONS[sub.deliveryFailure.reason]}. Fix that and run /daily subscribe again to resume.`,
    );
  } else if (status.nextAt !== null) {
    lines.push(`Next question ${discordTime(status.nextAt, 'F')} (${discordTime(status.nextAt)}).`);
  }
  const { streak } = status;
  lines.push(
    `Daily streak 🔥 **${streak.current}** day(s) (longest ${streak.longest}) · ${status.answeredToday ? 'answered today ✅' : 'not answered today yet'}`,
  );
  return {
    embeds: [{ color: COLOURS.question, title: 'Your daily question', description: lines.join('\n') }],
    components: [],
  };
}
