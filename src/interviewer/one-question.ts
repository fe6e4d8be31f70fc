import type { Bank } from '../core/bank/schema.ts';
import { answerCurrent, type Feedback, type Grader } from '../core/interview/index.ts';
import type { AnswerSource, Attempt, Session } from '../core/interview/types.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { Store } from '../store/store.ts';
import type { Actor, SessionError } from './types.ts';
import { gradeAhead } from './grade-ahead.ts';
import type { AnswerJudge } from './judged-grader.ts';
import { recordReview } from './review/record-review.ts';

/** What the one-question use cases (round answers, daily questions) work with. */
export interface OneQuestionDeps {
  bank: Bank;
  store: Store;
  grader: Grader;
  /** The judge, when one is configured (see InterviewerDeps). */
  judge?: AnswerJudge | undefined;
  newId: () => string;
}

export interface OneQuestionStart {
  id: string;
  userId: string;
  guildId: string | null;
  /** 'round' or 'daily': every typed answer in the session is stored with it (a voice answer as 'voice'). */
  source: AnswerSource;
  questionId: string;
  now: Date;
}

/** A session on exactly the given question (rounds and daily questions choose theirs elsewhere). */
function oneQuestionSession(input: OneQuestionStart, topic: string): Session {
  const at = input.now.toISOString();
  return {
    id: input.id,
    userId: input.userId,
    guildId: input.guildId,
    source: input.source,
    options: { topic, difficulty: null, count: 1 },
    questionIds: [input.questionId],
    index: 0,
    outcomes: [
      { questionId: input.questionId, status: 'pending', score: null, hintsUsed: 0, answers: 0, keyPoints: [] },
    ],
    status: 'active',
    startedAt: at,
    updatedAt: at,
    version: 0,
  };
}

/**
 * The session with `input.id`, created on first use. Two processes creating it at once both end up with
 * the one that was saved first.
 */
export async function ensureOneQuestionSession(
  deps: OneQuestionDeps,
  input: OneQuestionStart,
): Promise<Result<Session, 'unknown_question'>> {
  const existing = await deps.store.getSession(input.id);
  if (existing !== null) return ok(existing);
  const question = deps.bank.byId.get(input.questionId);
  if (question === undefined) return err('unknown_question', input.questionId);
  const saved = await deps.store.saveSession(oneQuestionSession(input, question.topic), null);
  if (saved.ok) return saved;
  const winner = await deps.store.getSession(input.id);
  return winner === null ? err('unknown_question', input.questionId) : ok(winner);
}

export interface OneAnswer {
  session: Session;
  attempt: Attempt;
  feedback: Feedback;
}

/**
 * The source an answer to a one-question session is stored with: 'voice' for every voice answer (as in an
 * interview), else the session's ('round', 'daily'). Nothing else depends on it: round results come from
 * the round's answers, and the daily streak knows a daily answer by its session (`isDailyAnswer`).
 */
function oneQuestionSource(session: Pick<Session, 'source'>, via: AnswerSource): AnswerSource {
  return via === 'voice' ? 'voice' : session.source;
}

/**
 * Grades `actor`'s answer to a one-question session, as the caller has just read it, and stores it (with
 * `oneQuestionSource`); the store's version check refuses it if the session changed since. A retry is
 * allowed once, as in an interview.
 */
export async function answerOneQuestion(
  deps: OneQuestionDeps,
  session: Session,
  actor: Pick<Actor, 'userId' | 'source'>,
  answer: string,
  now: Date,
): Promise<Result<OneAnswer, SessionError>> {
  if (session.userId !== actor.userId) return err('not_your_session');
  const input = { session, bank: deps.bank, grader: deps.grader, answer, attemptId: deps.newId(), now };
  const answerWith = (chosen: Grader) => answerCurrent({ ...input, grader: chosen });
  const answered = answerWith(await gradeAhead(deps.judge, deps.grader, answerWith));
  if (!answered.ok) return answered;
  const attempt: Attempt = { ...answered.value.attempt, source: oneQuestionSource(session, actor.source) };
  const saved = await deps.store.saveSession(answered.value.session, session.version, attempt);
  if (!saved.ok) return err('session_changed');
  await recordReview(deps, attempt);
  return ok({ session: saved.value, attempt, feedback: answered.value.feedback });
}
