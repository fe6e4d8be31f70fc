import type { Bank } from '../bank/schema.ts';
import type { ReviewCard } from './types.ts';

export interface DueQuestion {
  questionId: string;
  /** ISO time the question fell due: the earliest due time of its key points. */
  dueAt: string;
  /** Its key points due at `now`. */
  keyPointsDue: number;
}

/**
 * The questions whose key points are due at `now` (a question is due as soon as one of its key points
 * is), most overdue first, then by question id. Cards of questions or key points no longer in the bank
 * are ignored.
 */
export function dueQuestions(cards: readonly ReviewCard[], bank: Bank, now: Date): DueQuestion[] {
  const at = now.toISOString();
  const byQuestion = new Map<string, DueQuestion>();
  for (const card of liveCards(cards, bank)) {
    if (card.due > at) continue;
    const entry = byQuestion.get(card.questionId) ?? { questionId: card.questionId, dueAt: card.due, keyPointsDue: 0 };
    entry.keyPointsDue += 1;
    if (card.due < entry.dueAt) entry.dueAt = card.due;
    byQuestion.set(card.questionId, entry);
  }
  return [...byQuestion.values()].sort(
    (a, b) => a.dueAt.localeCompare(b.dueAt) || a.questionId.localeCompare(b.questionId),
  );
}

/** The ISO time the next key point falls due after `now`, null when none is scheduled. */
export function nextDueAt(cards: readonly ReviewCard[], bank: Bank, now: Date): string | null {
  const at = now.toISOString();
  const later = liveCards(cards, bank)
    .map((c) => c.due)
    .filter((due) => due > at)
    .sort();
  return later[0] ?? null;
}

/** The cards whose question and key point are still in the bank. */
export function liveCards(cards: readonly ReviewCard[], bank: Bank): ReviewCard[] {
  return cards.filter(
    (card) => bank.byId.get(card.questionId)?.rubric.keyPoints.some((k) => k.id === card.keyPointId) === true,
  );
}
