import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import type { BankQuestion } from '../../../core/bank/schema.ts';
import type { Feedback } from '../../../core/interview/index.ts';
import type { Round, RoundResults } from '../../../core/rounds/types.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { renderFeedback } from '../interview/render-feedback.ts';
import { COLOURS, questionFields } from '../interview/render-question.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { groupButtonRow } from './group-buttons.ts';
import { discordTime } from './moderator.ts';

const MEDALS = ['🥇', '🥈', '🥉'] as const;

function roundTitle(round: Round): string {
  return round.kind === 'daily' ? `Daily question · ${round.id.split(':').at(-1) ?? ''}` : 'Practice round';
}

function questionEmbed(round: Round, question: BankQuestion, status: string): APIEmbed {
  return {
    color: COLOURS.question,
    title: roundTitle(round),
    description: truncate(question.prompt, 3000),
    fields: [...questionFields(question), { name: 'Round', value: status, inline: true }],
    footer: { text: 'Press Answer: only you see your feedback. Your first answer counts; one retry is for practice.' },
  };
}

/** The round's public message: the question and its Answer button. `content` may carry the role ping. */
export function renderRoundQuestion(round: Round, question: BankQuestion, content?: string): MessageData {
  const row = groupButtonRow([
    { id: { kind: 'round-answer', roundId: round.id }, label: 'Answer', style: ButtonStyle.Primary, emoji: '✍️' },
  ]);
  return {
    ...(content === undefined ? {} : { content }),
    embeds: [questionEmbed(round, question, `closes ${discordTime(round.closesAt)}`)],
    components: [row],
  };
}

/** The same message once the round is over: no button, a pointer to the results. */
export function renderClosedRound(round: Round, question: BankQuestion): MessageData {
  return {
    embeds: [{ ...questionEmbed(round, question, 'closed: results below'), color: COLOURS.neutral }],
    components: [],
  };
}

/** The results: ranking (counted answers), the model answer, the key point most people missed. */
export function renderRoundResults(
  round: Round,
  results: RoundResults,
  question: BankQuestion | undefined,
): MessageData {
  const ranking = results.ranking.map(
    (r) => `${MEDALS[r.rank - 1] ?? `${r.rank}.`} <@${r.userId}> — **${r.score}/100**`,
  );
  const prompt = question === undefined ? '' : `> ${escapeMarkdown(truncate(question.prompt, 300))}\n\n`;
  const body =
    ranking.length === 0 ? 'Nobody answered this round.' : joinLinesWithin(ranking, LIMITS.embedDescription - 400);
  const fields: APIEmbedField[] = [];
  if (results.mostMissed !== null) {
    const where = results.mostMissed.source === null ? '' : ` (see ${escapeMarkdown(results.mostMissed.source)})`;
    const of = `missed by ${results.mostMissed.missedBy} of ${results.counts.participants}`;
    fields.push({ name: 'Most missed key point', value: `${escapeMarkdown(results.mostMissed.text)}${where} — ${of}` });
  }
  if (results.modelAnswer !== null)
    fields.push({ name: 'Model answer', value: truncate(results.modelAnswer, LIMITS.fieldValue) });
  const { participants, retries, averageScore } = results.counts;
  const footer = `${participants} answered · ${retries} retr${retries === 1 ? 'y' : 'ies'} · average ${averageScore ?? '–'}/100 · discuss in the thread`;
  return {
    embeds: [
      {
        color: COLOURS.good,
        title: `${roundTitle(round)} · results`,
        description: `${prompt}${body}`,
        fields,
        footer: { text: footer },
      },
    ],
    components: [],
  };
}

/** The results thread's name: the question, shortened. */
export function threadName(question: BankQuestion | undefined): string {
  return truncate(`Discuss: ${question?.prompt.replace(/\s+/g, ' ') ?? 'round results'}`, 100);
}

export interface RoundFeedbackView {
  roundId: string;
  sessionId: string;
  feedback: Feedback;
  /** True when this answer is the member's counted (first) one. */
  counted: boolean;
  closesAt: string;
}

/** A member's private feedback: the interview's checklist, a word on what counts, and Retry while allowed. */
export function renderRoundFeedback(view: RoundFeedbackView): MessageData {
  const base = renderFeedback(view.sessionId, view.feedback);
  const content = view.counted
    ? `This answer counts for the round. Results ${discordTime(view.closesAt)}.`
    : 'This retry is just for you: your first answer is the one that counts for the round.';
  const components = view.feedback.canRetry
    ? [groupButtonRow([{ id: { kind: 'round-retry', roundId: view.roundId }, label: 'Retry', emoji: '🔁' }])]
    : [];
  return { ...base, content, components };
}
