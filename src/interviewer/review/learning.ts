import { currentQuestion, pickQuestionForWeakness } from '../../core/interview/index.ts';
import type { Attempt } from '../../core/interview/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import {
  DEFAULT_REVIEW_COUNT,
  dueQuestions,
  nextDueAt,
  startReviewSession,
  summarizeReviews,
  type DueQuestion,
  type ReviewSummary,
} from '../../core/review/index.ts';
import { pickDailyQuestion, pickDueDailyQuestion } from '../../core/schedule/index.ts';
import { computeStats } from '../../core/stats/index.ts';
import type { Actor, InterviewerDeps, SessionView } from '../interviewer.ts';
import { rememberUser } from '../remember-user.ts';
import { recordReview } from './record-review.ts';

/** What the learning use cases need: what the interview use cases get, less the grader. */
export type LearningDeps = Pick<InterviewerDeps, 'bank' | 'store' | 'clock' | 'random' | 'newId'>;

/**
 * `nothing_due` carries, as `detail`, the ISO time the next key point falls due (absent when the user has
 * nothing scheduled yet); the edge turns it into "next review in 2 days".
 */
export type ReviewStartError = 'nothing_due' | 'session_changed';

/** A question answered within this many of the user's latest answers is not picked from their weak spots. */
const RECENT = 10;

/** The spaced-repetition use cases: reviews due, a review interview, the daily pick, review counts. */
export function createReviewUseCases(deps: LearningDeps) {
  const { bank, store } = deps;
  const timeZoneOf = async (userId: string): Promise<string | null> => (await store.getUser(userId))?.timeZone ?? null;
  const dueFor = async (userId: string, now: Date): Promise<DueQuestion[]> =>
    dueQuestions(await store.listReviewCards(userId), bank, now);

  return {
    /** Rates and reschedules the key points of a stored attempt (the interview use cases call it). */
    recordReview: (attempt: Attempt): Promise<void> => recordReview(deps, attempt),

    /** The user's questions due at `now` (default: the clock), most overdue first. */
    dueQuestions: (userId: string, now: Date = deps.clock()): Promise<DueQuestion[]> => dueFor(userId, now),

    /** An interview of the user's due questions, most overdue first (saved, on its first question). */
    async startReview(
      actor: Actor,
      count: number = DEFAULT_REVIEW_COUNT,
    ): Promise<Result<SessionView, ReviewStartError>> {
      const now = deps.clock();
      const cards = await store.listReviewCards(actor.userId);
      const started = startReviewSession({
        id: deps.newId(),
        userId: actor.userId,
        guildId: actor.guildId,
        source: actor.source,
        due: dueQuestions(cards, bank, now),
        count,
        now,
      });
      if (!started.ok) return err('nothing_due', nextDueAt(cards, bank, now) ?? undefined);
      await rememberUser(store, actor.userId, actor.displayName);
      const saved = await store.saveSession(started.value, null);
      if (!saved.ok) return err('session_changed');
      return ok({ session: saved.value, question: currentQuestion(saved.value, bank) });
    },

    /** Key points due now, today and this week, mastered ones and when the next is due. */
    async reviewSummary(userId: string): Promise<ReviewSummary> {
      return summarizeReviews(await store.listReviewCards(userId), bank, deps.clock(), await timeZoneOf(userId));
    },

    /**
     * The daily question for a user: the most overdue due question (of `topic` when given), else as before:
     * a question of `topic`, or from their weakest topic, not among their recent answers when possible.
     */
    async pickDailyQuestion(
      userId: string,
      topic: string | null,
      timeZone: string | null,
    ): Promise<Result<string, 'no_questions'>> {
      const now = deps.clock();
      const due = pickDueDailyQuestion(
        bank,
        topic,
        (await dueFor(userId, now)).map((d) => d.questionId),
      );
      if (due !== null) return ok(due);
      const attempts = await store.listAttempts(userId);
      const recent = attempts.map((a) => a.questionId).reverse();
      if (topic !== null) return pickDailyQuestion(bank, topic, recent, deps.random);
      const weak = pickQuestionForWeakness(bank, computeStats(attempts, bank, now, timeZone), deps.random);
      if (!weak.ok || !recent.slice(0, RECENT).includes(weak.value)) return weak;
      return pickDailyQuestion(bank, bank.byId.get(weak.value)?.topic ?? null, recent, deps.random);
    },
  };
}

export type ReviewUseCases = ReturnType<typeof createReviewUseCases>;
