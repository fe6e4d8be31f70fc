import type { Bank } from '../bank/schema.ts';
import { addDays, localDate } from '../stats/local-date.ts';
import { liveCards, nextDueAt } from './due-questions.ts';
import { isMastered } from './fsrs-schedule.ts';
import type { ReviewCard } from './types.ts';

export interface TopicReview {
  topic: string;
  /** Key points of the topic's questions in the bank. */
  keyPoints: number;
  /** Of those, the ones reviewed at least once. */
  reviewed: number;
  mastered: number;
}

export interface ReviewSummary {
  /** Key points reviewed at least once (of questions still in the bank). */
  tracked: number;
  dueNow: number;
  /** Due by the end of today, in the user's time zone (those due now included). */
  dueToday: number;
  /** Due by the end of the sixth day after today (today and the next six days). */
  dueThisWeek: number;
  /** Key points whose stability is over 21 days. */
  mastered: number;
  /** ISO time the next key point falls due after now, null when none is scheduled. */
  nextDueAt: string | null;
  /** Every bank topic, by name. */
  perTopic: TopicReview[];
}

/** Review counts from the user's cards; `timeZone` (null: UTC) decides where "today" ends. */
export function summarizeReviews(
  cards: readonly ReviewCard[],
  bank: Bank,
  now: Date,
  timeZone: string | null,
): ReviewSummary {
  const live = liveCards(cards, bank);
  const at = now.toISOString();
  const today = localDate(now, timeZone);
  const weekEnd = addDays(today, 6);
  const dueDay = (card: ReviewCard): string => localDate(new Date(card.due), timeZone);
  return {
    tracked: live.length,
    dueNow: live.filter((c) => c.due <= at).length,
    dueToday: live.filter((c) => dueDay(c) <= today).length,
    dueThisWeek: live.filter((c) => dueDay(c) <= weekEnd).length,
    mastered: live.filter(isMastered).length,
    nextDueAt: nextDueAt(live, bank, now),
    perTopic: topicReviews(live, bank),
  };
}

function topicReviews(live: readonly ReviewCard[], bank: Bank): TopicReview[] {
  return [...bank.topics].sort().map((topic) => {
    const questions = bank.questions.filter((q) => q.topic === topic);
    const ids = new Set(questions.map((q) => q.id));
    const cards = live.filter((c) => ids.has(c.questionId));
    return {
      topic,
      keyPoints: questions.reduce((sum, q) => sum + q.rubric.keyPoints.length, 0),
      reviewed: cards.length,
      mastered: cards.filter(isMastered).length,
    };
  });
}
