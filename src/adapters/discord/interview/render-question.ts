import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import type { BankQuestion } from '../../../core/bank/schema.ts';
import { HINT_PENALTY } from '../../../core/interview/index.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { buttonRow, type MessageData } from '../interactions/bot-response.ts';

export const COLOURS = {
  question: 0x5865f2,
  good: 0x57f287,
  fair: 0xfee75c,
  poor: 0xed4245,
  neutral: 0x99aab5,
} as const;

const DIFFICULTY = { 1: 'easy', 2: 'medium', 3: 'hard' } as const;

export interface QuestionView {
  sessionId: string;
  question: BankQuestion;
  /** 0-based index of the question in the session. */
  index: number;
  total: number;
  /** Key points revealed as hints so far, oldest first. */
  hints: readonly string[];
  /** Shown above the question, e.g. "Skipped." or a note that an earlier interview is still open. */
  note?: string;
}

/** "▰▰▱▱▱" for question 2 of 5. */
export function progressBar(position: number, total: number, width = 10): string {
  const slots = Math.min(width, total);
  const filled = Math.round((position / Math.max(1, total)) * slots);
  return '▰'.repeat(filled) + '▱'.repeat(slots - filled);
}

/** "Question 2/5"; "Quick question" for a one-question session; "Question 2" when the length is unknown (0). */
export function questionTitle(position: number, total: number): string {
  if (total === 0) return `Question ${position}`;
  return total === 1 ? 'Quick question' : `Question ${position}/${total}`;
}

/** The Topic and Difficulty fields of every question message (interview, round and daily). */
export function questionFields(question: BankQuestion): APIEmbedField[] {
  return [
    { name: 'Topic', value: truncate(question.topic, 200), inline: true },
    { name: 'Difficulty', value: DIFFICULTY[question.difficulty], inline: true },
  ];
}

/** The question embed with the buttons Answer, Hint, Skip and End. */
export function renderQuestion(view: QuestionView): MessageData {
  const { question, index, total, sessionId } = view;
  const embed: APIEmbed = {
    color: COLOURS.question,
    title: `${questionTitle(index + 1, total)}  ${progressBar(index + 1, total)}`,
    description: truncate(question.prompt, 3000),
    fields: [...questionFields(question), ...hintField(view.hints)],
    footer: { text: 'Press Answer to write your answer. Hints cost points; skipped questions score 0.' },
  };
  const at = { sessionId, index };
  const buttons = buttonRow([
    { id: { kind: 'session', action: 'answer', ...at }, label: 'Answer', style: ButtonStyle.Primary, emoji: '✍️' },
    { id: { kind: 'session', action: 'hint', ...at }, label: 'Hint', emoji: '💡' },
    { id: { kind: 'session', action: 'skip', ...at }, label: 'Skip', emoji: '⏭️' },
    { id: { kind: 'session', action: 'end', ...at }, label: 'End', style: ButtonStyle.Danger },
  ]);
  return { ...(view.note === undefined ? {} : { content: view.note }), embeds: [embed], components: [buttons] };
}

function hintField(hints: readonly string[]) {
  if (hints.length === 0) return [];
  const lines = hints.map((h, i) => `${i + 1}. ${escapeMarkdown(h)}`);
  const name = `Hints (−${HINT_PENALTY * hints.length} points)`;
  return [{ name, value: joinLinesWithin(lines, LIMITS.fieldValue) }];
}
