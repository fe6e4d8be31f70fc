import type { Bank } from '../core/bank/schema.ts';
import type { OppositeIndex } from '../core/grading/opposites.ts';
import {
  answerCurrent,
  answerFollowUp,
  buildReport,
  currentQuestion,
  endSession,
  nextQuestion,
  revealModelAnswer,
  skipCurrent,
  skipFollowUp,
  startSession,
  takeHint,
  type Answered,
  type AnswerInput,
  type Feedback,
  type Grader,
  type Hint,
  type SessionReport,
} from '../core/interview/index.ts';
import type { Attempt, Session, SessionOptions } from '../core/interview/types.ts';
import type { Random } from '../core/random.ts';
import { err, ok, type Result } from '../core/result.ts';
import { computeStats, type UserStats } from '../core/stats/index.ts';
import type { FindActiveSessionOptions, LeaderboardQuery, LeaderboardRow, Store } from '../store/store.ts';
import { cachedGrader, rubricCache } from './cached-grader.ts';
import type { Actor, SessionError, SessionRef, SessionView } from './types.ts';
import { rememberUser } from './remember-user.ts';
import { gradeAhead } from './grade-ahead.ts';
import type { AnswerJudge } from './judged-grader.ts';
import { recordReview } from './review/record-review.ts';

export type { Actor, SessionError, SessionRef, SessionView } from './types.ts';

/** What every entry point gives the use cases: the only place they meet the outside world. */
export interface InterviewerDeps {
  bank: Bank;
  store: Store;
  clock: () => Date;
  random: Random;
  newId: () => string;
  /** Default: the bank's cached grader (tests and metrics wrap or replace it). */
  grader?: Grader;
  /** A model that judges answers (GRADER=llm); the grader answers when it cannot. Default: none. */
  judge?: AnswerJudge;
  /** Opposite words for the offline grader of this bank and of every server's (a flipped word is not stated). */
  opposites?: OppositeIndex;
}

/** A question's model answer, with the question it answers. */
export interface ModelAnswer {
  prompt: string;
  text: string;
}

/** One pure change to a session, with what the caller shows for it and the attempt to store with it. */
type Stepped<T> = Result<{ session: Session; extra: T; attempt?: Attempt }, SessionError>;
type Step<T> = (session: Session, now: Date) => Stepped<T> | Promise<Stepped<T>>;

/** The use cases of a mock interview, shared by the terminal, the gateway bot and HTTP interactions. */
export function createInterviewer(deps: InterviewerDeps): Interviewer {
  return {
    ...interviewerOn(deps),
    withBank: (other) =>
      createInterviewer({ ...deps, bank: other, grader: cachedGrader(other, rubricCache(other, deps.opposites)) }),
    opposites: deps.opposites,
  };
}

/** The interviewer's use cases on its deps' bank. */
function interviewerOn(deps: InterviewerDeps) {
  const grader: Grader = deps.grader ?? cachedGrader(deps.bank, rubricCache(deps.bank, deps.opposites));
  const { bank, store, judge } = deps;

  const load = (ref: SessionRef): Promise<Session | null> =>
    typeof ref === 'string' ? store.getSession(ref) : Promise.resolve(ref);

  /** Loads the actor's session (unless given), applies one pure step and saves it, refusing a concurrent change. */
  async function act<T>(
    actor: Actor,
    ref: SessionRef,
    step: Step<T>,
  ): Promise<Result<SessionView & { extra: T }, SessionError>> {
    const session = await load(ref);
    if (session === null) return err('unknown_session');
    if (session.userId !== actor.userId) return err('not_your_session');
    const stepped = await step(session, deps.clock());
    if (!stepped.ok) return stepped;
    const saved = await store.saveSession(stepped.value.session, session.version, stepped.value.attempt);
    if (!saved.ok) return err('session_changed');
    if (stepped.value.attempt !== undefined) await recordReview(deps, stepped.value.attempt);
    return ok({ session: saved.value, question: currentQuestion(saved.value, bank), extra: stepped.value.extra });
  }

  /**
   * One graded step (an answer, a follow-up's answer): judged first when a judge is configured, and stored
   * with the actor's source (a voice answer in a Discord session is stored as "voice").
   */
  function graded(
    actor: Actor,
    ref: SessionRef,
    answer: string,
    step: (input: AnswerInput) => Result<Answered, SessionError>,
  ) {
    return act<Feedback>(actor, ref, async (session, now) => {
      const input = { session, bank, grader, answer, attemptId: deps.newId(), now };
      const answerWith = (chosen: Grader) => step({ ...input, grader: chosen });
      const answered = answerWith(await gradeAhead(judge, grader, answerWith));
      if (!answered.ok) return answered;
      const attempt = { ...answered.value.attempt, source: actor.source };
      return ok({ session: answered.value.session, extra: answered.value.feedback, attempt });
    });
  }

  return {
    bank,
    grader,
    judge,

    async start(actor: Actor, options: SessionOptions): Promise<Result<SessionView, SessionError>> {
      await rememberUser(store, actor.userId, actor.displayName);
      const recent = (await store.listAttempts(actor.userId)).slice(-30).map((a) => a.questionId);
      const started = startSession({
        id: deps.newId(),
        userId: actor.userId,
        guildId: actor.guildId,
        source: actor.source,
        options,
        bank,
        now: deps.clock(),
        random: deps.random,
        recentQuestionIds: recent,
      });
      if (!started.ok) return started;
      const saved = await store.saveSession(started.value, null);
      if (!saved.ok) return err('session_changed');
      return ok({ session: saved.value, question: currentQuestion(saved.value, bank) });
    },

    answer: (actor: Actor, session: SessionRef, answer: string) => graded(actor, session, answer, answerCurrent),

    hint(actor: Actor, session: SessionRef) {
      return act<Hint>(actor, session, (session, now) => {
        const hinted = takeHint(session, bank, now);
        return hinted.ok ? ok({ session: hinted.value.session, extra: hinted.value.hint }) : hinted;
      });
    },

    next: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(nextQuestion(s, now))),

    /** Answers the follow-up asked about the current question; graded with the answer it follows. */
    followUp: (actor: Actor, session: SessionRef, answer: string) => graded(actor, session, answer, answerFollowUp),

    skipFollowUp: (actor: Actor, session: SessionRef) =>
      act<null>(actor, session, (s, now) => noExtra(skipFollowUp(s, now))),
    skip: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(skipCurrent(s, now))),
    end: (actor: Actor, session: SessionRef) => act<null>(actor, session, (s, now) => noExtra(endSession(s, now))),

    /** The model answer of an answered question of the actor's session (the current one by default). */
    async modelAnswer(actor: Actor, sessionId: string, index?: number): Promise<Result<ModelAnswer, SessionError>> {
      const session = await store.getSession(sessionId);
      if (session === null) return err('unknown_session');
      if (session.userId !== actor.userId) return err('not_your_session');
      const at = index ?? session.index;
      const revealed = revealModelAnswer(session, bank, at);
      const prompt = bank.byId.get(session.questionIds[at] ?? '')?.prompt ?? '';
      return revealed.ok ? ok({ prompt, text: revealed.value }) : revealed;
    },

    /**
     * The actor's active session, still on the question at `index` (the one a button or answer box belongs
     * to); anything else is a stale or foreign button. Callers pass the session on, so a press reads it once.
     */
    async sessionAt(
      actor: Actor,
      sessionId: string,
      index: number,
    ): Promise<Result<Session, SessionError | 'question_moved_on'>> {
      const session = await store.getSession(sessionId);
      if (session === null) return err('unknown_session');
      if (session.userId !== actor.userId) return err('not_your_session');
      if (session.status !== 'active') return err('session_not_active');
      if (session.index !== index) return err('question_moved_on');
      return ok(session);
    },

    /** A session as stored (null when there is none): its options and questions never change after the start. */
    session: (sessionId: string): Promise<Session | null> => store.getSession(sessionId),

    /** The user's latest answer to `questionId` in the session, offered for editing on a retry. */
    async previousAnswer(userId: string, sessionId: string, questionId?: string): Promise<string | undefined> {
      const attempts = await store.listAttempts(userId);
      return attempts.findLast(
        (a) => a.sessionId === sessionId && (questionId === undefined || a.questionId === questionId),
      )?.answer;
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

export interface Interviewer extends ReturnType<typeof interviewerOn> {
  /** The same use cases on another bank (a server's own), graded offline against that bank's rubrics. */
  withBank(other: Bank): Interviewer;
  /** The opposite words its grader reads, for use cases that grade again (an accepted appeal). */
  readonly opposites: OppositeIndex | undefined;
}

function noExtra(result: Result<Session, SessionError>): Result<{ session: Session; extra: null }, SessionError> {
  return result.ok ? ok({ session: result.value, extra: null }) : result;
}
