/** How well an answer recalled one key point, as FSRS rates a review. */
export type ReviewRating = 'again' | 'hard' | 'good';

/** FSRS's memory state for one key point of one question, for one user. */
export interface ReviewCard {
  userId: string;
  questionId: string;
  keyPointId: string;
  /** ISO time the key point is next due. */
  due: string;
  /** Days until recall probability falls to 90 %. */
  stability: number;
  /** 1 (easy) to 10 (hard). */
  difficulty: number;
  reps: number;
  lapses: number;
  /** ISO time of the last review. */
  lastReview: string;
  /**
   * What the last review counted for: the attempt's session id, or the attempt's own id when it had no
   * session. A second attempt with the same key (a retry in the same session) is not counted again.
   */
  lastReviewKey: string;
}

/** The rating each key point of a question gets from one graded attempt. */
export interface KeyPointRating {
  keyPointId: string;
  rating: ReviewRating;
}
