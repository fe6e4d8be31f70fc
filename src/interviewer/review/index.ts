import {
  learningLeaderboard,
  type LearningLeaderboard,
  type LearningLeaderboardQuery,
} from './learning-leaderboard.ts';
import { createReviewUseCases } from './learning.ts';
import { createProgressUseCases, type ProgressDeps } from './progress.ts';

export * from './learning-leaderboard.ts';
export type * from './learning.ts';
export type * from './progress.ts';
export { recordReview } from './record-review.ts';

/**
 * The learning use cases every transport calls: reviews (due questions, a review interview, the daily
 * pick, counts), progress (numbers, picture, study sheet) and the learning leaderboards.
 */
export function createLearning(deps: ProgressDeps) {
  return {
    ...createReviewUseCases(deps),
    ...createProgressUseCases(deps),
    leaderboard: (query: LearningLeaderboardQuery): Promise<LearningLeaderboard> => learningLeaderboard(deps, query),
  };
}

export type Learning = ReturnType<typeof createLearning>;
