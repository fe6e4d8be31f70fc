import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard, ReviewRating } from './types.ts';

/** A key point whose stability is past this many days counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;

/**
 * Days only, no minute-long learning steps: a question comes back on a later day, as a daily practice
 * does. No fuzz, so the same history gives the same schedule everywhere.
 */
const scheduler = fsrs(
  generatorParameters({
    request_retention: 0.9,
    maximum_interval: 365,
    enable_fuzz: false,
    enable_short_term: false,
  }),
);

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };
const DAY_MS = 86_400_000;

export type CardMemory = Pick<ReviewCard, 'due' | 'stability' | 'difficulty' | 'reps' | 'lapses' | 'lastReview'>;

/** The key point's memory after a review rated `rating` at `now`; `card` null for its first review. */
export function scheduleReview(card: CardMemory | null, rating: ReviewRating, now: Date): CardMemory {
  const next = scheduler.next(card === null ? createEmptyCard(now) : toFsrsCard(card), now, GRADES[rating]).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    lastReview: now.toISOString(),
  };
}

/** Probability, 0-1, that the key point is still recalled at `now` (FSRS's forgetting curve). */
export function retrievability(card: CardMemory, now: Date): number {
  return scheduler.get_retrievability(toFsrsCard(card), now, false);
}

export const isMastered = (card: Pick<ReviewCard, 'stability'>): boolean => card.stability > MASTERED_STABILITY_DAYS;

function toFsrsCard(card: CardMemory): Card {
  const lastReview = new Date(card.lastReview);
  const due = new Date(card.due);
  return {
    due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: Math.max(0, Math.round((due.getTime() - lastReview.getTime()) / DAY_MS)),
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.reps === 0 ? State.New : State.Review,
    last_review: lastReview,
  };
}
