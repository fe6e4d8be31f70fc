import type { ReviewCard } from '../../core/review/types.ts';
import type { PracticeTimes } from '../store.ts';

/** One review card as either engine stores it. */
export interface ReviewCardRow {
  user_id: string;
  question_id: string;
  key_point_id: string;
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  last_review: string;
  last_review_key: string;
}

/** Column order of the review_cards insert and select. */
export const REVIEW_CARD_COLUMNS = [
  'user_id',
  'question_id',
  'key_point_id',
  'due',
  'stability',
  'difficulty',
  'reps',
  'lapses',
  'last_review',
  'last_review_key',
] as const;

export const toReviewCard = (row: ReviewCardRow): ReviewCard => ({
  userId: row.user_id,
  questionId: row.question_id,
  keyPointId: row.key_point_id,
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  reps: row.reps,
  lapses: row.lapses,
  lastReview: row.last_review,
  lastReviewKey: row.last_review_key,
});

export const toReviewCardRow = (card: ReviewCard): ReviewCardRow => ({
  user_id: card.userId,
  question_id: card.questionId,
  key_point_id: card.keyPointId,
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  reps: card.reps,
  lapses: card.lapses,
  last_review: card.lastReview,
  last_review_key: card.lastReviewKey,
});

/** One attempt time of a ranked user, as the practice-times query of either engine returns it. */
export interface PracticeTimeRow {
  user_id: string;
  display_name: string;
  time_zone: string | null;
  created_at: string;
}

/** Groups rows ordered by user then time into one entry per user. */
export function groupPracticeTimes(rows: readonly PracticeTimeRow[]): PracticeTimes[] {
  const byUser = new Map<string, PracticeTimes>();
  for (const row of rows) {
    const entry = byUser.get(row.user_id) ?? {
      userId: row.user_id,
      displayName: row.display_name,
      timeZone: row.time_zone,
      times: [],
    };
    entry.times.push(row.created_at);
    byUser.set(row.user_id, entry);
  }
  return [...byUser.values()];
}
