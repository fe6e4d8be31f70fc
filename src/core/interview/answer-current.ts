import type { Bank, BankQuestion } from '../bank/schema.ts';
import type { Grade, KeyPointResult } from '../grading/types.ts';
import { err, ok, type Result } from '../result.ts';
import { cleanUserText } from '../text/clean-text.ts';
import { addedKeyPoints, alignKeyPoints, buildChecklist, type Feedback } from './feedback.ts';
import { activeOutcome, applyHintPenalty, currentQuestion, isLastQuestion, withCurrentOutcome } from './session-state.ts';
import type { Attempt, QuestionOutcome, Session } from './types.ts';

export const MAX_ANSWER_LENGTH = 4000;
/** The first answer plus one retry. */
export const MAX_ANSWERS_PER_QUESTION = 2;

/** Grades an answer; the caller compiles each rubric once and closes over the cache. */
export type Grader = (question: BankQuestion, answer: string) => Grade;

export interface AnswerInput {
  session: Session;
  bank: Bank;
  grader: Grader;
  answer: string;
  attemptId: string;
  now: Date;
}

export type AnswerError =
  | 'session_not_active' | 'empty_answer' | 'answer_too_long' | 'retry_used' | 'unknown_question';

export interface Answered { session: Session; attempt: Attempt; feedback: Feedback }

/**
 * Grades the answer (trimmed) to the current question. The session stays on that question, now
 * 'answered', so the user can read the feedback, ask for the model answer, retry once, or go next.
 * A retry keeps the better score. On any error nothing changes.
 */
export function answerCurrent(input: AnswerInput): Result<Answered, AnswerError> {
  const { session, now } = input;
  const current = activeOutcome(session);
  if (!current.ok) return current;
  const before = current.value;
  if (before.answers >= MAX_ANSWERS_PER_QUESTION) return err('retry_used');
  const answer = cleanUserText(input.answer).trim();
  if (answer === '') return err('empty_answer');
  if (answer.length > MAX_ANSWER_LENGTH) return err('answer_too_long', String(MAX_ANSWER_LENGTH));
  const question = currentQuestion(session, input.bank);
  if (question === null) return err('unknown_question', session.questionIds[session.index]);

  const grade = input.grader(question, answer);
  const keyPoints = alignKeyPoints(question, grade);
  const score = applyHintPenalty(grade.score, before.hintsUsed);
  const isBetter = before.score === null || score > before.score;
  const outcome: QuestionOutcome = {
    ...before,
    status: 'answered',
    answers: before.answers + 1,
    score: isBetter ? score : before.score,
    keyPoints: isBetter ? keyPoints : before.keyPoints,
  };
  return ok({
    session: withCurrentOutcome(session, outcome, now),
    attempt: toAttempt(input, question, answer, score, keyPoints, before.hintsUsed),
    feedback: toFeedback(session, question, grade, keyPoints, before, outcome),
  });
}

function toAttempt(
  input: AnswerInput, question: BankQuestion, answer: string, score: number,
  keyPoints: KeyPointResult[], hintsUsed: number,
): Attempt {
  const { session } = input;
  return {
    id: input.attemptId, userId: session.userId, sessionId: session.id, questionId: question.id,
    topic: question.topic, guildId: session.guildId, answer, score, keyPoints, hintsUsed,
    source: session.source, createdAt: input.now.toISOString(),
  };
}

function toFeedback(
  session: Session, question: BankQuestion, grade: Grade, keyPoints: KeyPointResult[],
  before: QuestionOutcome, after: QuestionOutcome,
): Feedback {
  const score = applyHintPenalty(grade.score, before.hintsUsed);
  const isRetry = before.answers > 0;
  return {
    question: { id: question.id, topic: question.topic, difficulty: question.difficulty, prompt: question.prompt },
    position: session.index + 1,
    total: session.questionIds.length,
    score,
    gradeScore: grade.score,
    hintsUsed: before.hintsUsed,
    hintPenalty: grade.score - score,
    bestScore: after.score ?? score,
    isRetry,
    canRetry: after.answers < MAX_ANSWERS_PER_QUESTION,
    checklist: buildChecklist(question, keyPoints),
    added: isRetry ? addedKeyPoints(question, before.keyPoints, keyPoints) : [],
    modelAnswer: question.modelAnswer,
    note: grade.note,
    isLast: isLastQuestion(session),
  };
}
