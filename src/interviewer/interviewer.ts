import type { Bank, BankQuestion } from '../core/bank/schema.ts';
import {
  answerCurrent, buildReport, currentQuestion, endSession, nextQuestion, revealModelAnswer, skipCurrent,
  startSession, takeHint, type Feedback, type Grader, type Hint, type SessionReport,
} from '../core/interview/index.ts';
import type { AnswerSource, Attempt, Session, SessionOptions } from '../core/interview/types.ts';
import type { Random } from '../core/random.ts';
import { err, ok, type Result } from '../core/result.ts';
import { computeStats, type UserStats } from '../core/stats/index.ts';
import type { FindActiveSessionOptions, LeaderboardQuery, LeaderboardRow, Store } from '../store/store.ts';
import { cachedGrader } from './cached-grader.ts';
import { rememberUser } from './one-question.ts';
import { recordReview } from './review/record-review.ts';

/** What every entry point gives the use cases: the only place they meet the outside world. */
export interface InterviewerDeps {
  bank: Bank;
  store: Store;
  clock: () => Date;
  random: Random;
  newId: () => string;
  /** Default: the bank's cached grader (tests and metrics wrap or replace it). */
  grader?: Grader;
}

export interface Actor {
  userId: string;
  displayName: string;
  guildId: string | null;
  source: AnswerSource;
}

/** The current state of a session and its question, what every transport renders after an action. */
export interface SessionView {
  session: Session;
  question: BankQuestion | null;
}

export type SessionError =
  | 'unknown_session' | 'not_your_session' | 'session_not_active' | 'session_changed' | 'unknown_topic'
  | 'no_questions' | 'empty_answer' | 'answer_too_long' | 'retry_used' | 'unknown_question'
  | 'not_answered' | 'already_answered' | 'no_more_hints';

/**
 * A session by id, or the session itself as the caller has just read it (a handler that checked it is
 * still the question its button was for): no second read, and the store's version check still refuses the
 * change if anything else changed the session since that read.
 */
export type SessionRef = string | Session;

/** One pure change to a session, with what the caller shows for it and the attempt to store with it. */
type Step<T> = (session: Session, now: Date) => Result<{ session: Session; extra: T; attempt?: Attempt }, SessionError>;

/** The use cases of a mock interview, shared by the terminal, the gateway bot and HTTP interactions. */
export function createInterviewer(deps: InterviewerDeps) {
  const grader: Grader = deps.grader ?? cachedGrader(deps.bank);
  const { bank, store } = deps;

  const load = (ref: SessionRef): Promise<Session | null> => (typeof ref === 'string' ? store.getSession(ref) : Promise.resolve(ref));

  /** Loads the actor's session (unless given), applies one pure step and saves it, refusing a concurrent change. */
  async function act<T>(actor: Actor, ref: SessionRef, step: Step<T>): Promise<Result<SessionView & { extra: T }, SessionError>> {
    const session = await load(ref);
    if (session === null) return err('unknown_session');
    if (session.userId !== actor.userId) return err('not_your_session');
    const stepped = step(session, deps.clock());
    if (!stepped.ok) return stepped;
    const saved = await store.saveSession(stepped.value.session, session.version, stepped.value.attempt);
    if (!saved.ok) return err('session_changed');
    if (stepped.value.attempt !== undefined) await recordReview(deps, stepped.value.attempt);
    return ok({ session: saved.value, question: currentQuestion(saved.value, bank), extra: stepped.value.extra });
  }

  return {
    bank,
    grader,

    async start(actor: Actor, options: SessionOptions): Promise<Result<SessionView, SessionError>> {
      await rememberUser(store, actor.userId, actor.displayName);
      const recent = (await store.listAttempts(actor.userId)).slice(-30).map((a) => a.questionId);
      const started = startSession({
        id: deps.newId(), userId: actor.userId, guildId: actor.guildId, source: actor.source, options, bank,
        now: deps.clock(), random: deps.random, recentQuestionIds: recent,
      });
      if (!started.ok) return started;
      const saved = await store.saveSession(started.value, null);
      if (!saved.ok) return err('session_changed');
      return ok({ session: saved.value, question: currentQuestion(saved.value, bank) });
    },

    answer(actor: Actor, session: SessionRef, answer: string) {
      return act<Feedback>(actor, session, (session, now) => {
        const answered = answerCurrent({ session, bank, grader, answer, attemptId: deps.newId(), now });
        if (!answered.ok) return answered;
        // A voice answer in a Discord session is stored as "voice": the actor knows how it arrived.
        const attempt = { ...answered.value.attempt, source: actor.source };
        return ok({ session: answered.value.session, extra: answered.value.feedback, attempt });
      });
    },

    hint(actor: Actor, session: SessionRef) {
      return act<Hint>(actor, session, (session, now) => {
        const hinted = takeHint(session, bank, now);
        return hinted.ok ? ok({ session: hinted.value.session, extra: hinted.value.hint }) : hinted;
      });
    },

    next: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(nextQuestion(s, now))),
    skip: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(skipCurrent(s, now))),
    end: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(endSession(s, now))),

    async modelAnswer(actor: Actor, sessionId: string): Promise<Result<string, SessionError>> {
      const session = await store.getSession(sessionId);
      if (session === null) return err('unknown_session');
      if (session.userId !== actor.userId) return err('not_your_session');
      return revealModelAnswer(session, bank);
    },

    async report(ref: SessionRef): Promise<Result<SessionReport, SessionError>> {
      const session = await load(ref);
      return session === null ? err('unknown_session') : ok(buildReport(session, bank));
    },

    activeSession: (userId: string, options?: FindActiveSessionOptions) => store.findActiveSession(userId, options),

    async stats(userId: string): Promise<UserStats> {
      const user = await store.getUser(userId);
      return computeStats(await store.listAttempts(userId), bank, deps.clock(), user?.timeZone ?? null);
    },

    leaderboard: (query: LeaderboardQuery): Promise<LeaderboardRow[]> => store.leaderboard(query),
  };
}

export type Interviewer = ReturnType<typeof createInterviewer>;

function noExtra(result: Result<Session, SessionError>): Result<{ session: Session; extra: null }, SessionError> {
  return result.ok ? ok({ session: result.value, extra: null }) : result;
}
