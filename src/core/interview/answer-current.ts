import type { Bank, BankQuestion } from '../bank/schema.ts';
import type { Grade, KeyPointResult } from '../grading/types.ts';
import { err, ok, type Result } from '../result.ts';
import { cleanUserText } from '../text/clean-text.ts';
import { addedKeyPoints, alignKeyPoints, buildChecklist, type Feedback } from './feedback.ts';
import { offerFollowUp } from './follow-up-offer.ts';
import {
  activeOutcome,
  applyHintPenalty,
  currentQuestion,
  isLastQuestion,
  withCurrentOutcome,
} from './session-state.ts';
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

export type AnswerError = 'session_not_active' | 'empty_answer' | 'answer_too_long' | 'retry_used' | 'unknown_question';

export interface Answered {
  session: Session;
  attempt: Attempt;
  feedback: Feedback;
}

/**
 * Grades the answer (trimmed) to the current question. The session stays on that question, now
 * 'answered', so the user can read the feedback, answer a follow-up, ask for the model answer, retry once,
 * or go next. A retry keeps the better score. On any error nothing changes.
 */
export function answerCurrent(input: AnswerInput): Result<Answered, AnswerError> {
  const current = activeOutcome(input.session);
  if (!current.ok) return current;
  const before = current.value;
  if (before.answers >= MAX_ANSWERS_PER_QUESTION) return err('retry_used');
  const answer = checkAnswerText(input.answer);
  if (!answer.ok) return answer;
  const question = currentQuestion(input.session, input.bank);
  if (question === null) return err('unknown_question', input.session.questionIds[input.session.index]);

  const graded = gradeOutcome(input, question, before, answer.value, { countsAsAnswer: true });
  // Only a first answer is probed: a retry already had its chance, and one follow-up per question is the rule.
  const offer =
    before.answers === 0 && before.followUp === undefined ? offerFollowUp(question, graded.keyPoints) : null;
  const outcome: QuestionOutcome =
    offer === null
      ? graded.outcome
      : { ...graded.outcome, followUp: { ...offer, status: 'asked', baseAnswer: answer.value } };
  return ok({
    session: withCurrentOutcome(input.session, outcome, input.now),
    attempt: graded.attempt,
    feedback: { ...graded.feedback(outcome), followUp: offer },
  });
}

/** The answer as graded: control characters and bidirectional overrides dropped, trimmed, neither empty nor too long. */
export function checkAnswerText(raw: string): Result<string, 'empty_answer' | 'answer_too_long'> {
  const answer = cleanUserText(raw).trim();
  if (answer === '') return err('empty_answer');
  if (answer.length > MAX_ANSWER_LENGTH) return err('answer_too_long', String(MAX_ANSWER_LENGTH));
  return ok(answer);
}

interface GradedOutcome {
  keyPoints: KeyPointResult[];
  outcome: QuestionOutcome;
  attempt: Attempt;
  feedback: (after: QuestionOutcome) => Feedback;
}

/** Grades `answer` for the current question; the outcome keeps the better of its score and the earlier one. */
export function gradeOutcome(
  input: AnswerInput,
  question: BankQuestion,
  before: QuestionOutcome,
  answer: string,
  options: { countsAsAnswer: boolean },
): GradedOutcome {
  const grade = input.grader(question, answer);
  const keyPoints = alignKeyPoints(question, grade);
  const score = applyHintPenalty(grade.score, before.hintsUsed);
  const isBetter = before.score === null || score > before.score;
  const outcome: QuestionOutcome = {
    ...before,
    status: 'answered',
    answers: before.answers + (options.countsAsAnswer ? 1 : 0),
    score: isBetter ? score : before.score,
    keyPoints: isBetter ? keyPoints : before.keyPoints,
  };
  return {
    keyPoints,
    outcome,
    attempt: toAttempt(input, question, answer, score, keyPoints, before.hintsUsed),
    feedback: (after) => toFeedback(input, question, grade, keyPoints, before, after, options.countsAsAnswer),
  };
}

function toAttempt(
  input: AnswerInput,
  question: BankQuestion,
  answer: string,
  score: number,
  keyPoints: KeyPointResult[],
  hintsUsed: number,
): Attempt {
  const { session } = input;
  return {
    id: input.attemptId,
    userId: session.userId,
    sessionId: session.id,
    questionId: question.id,
    topic: question.topic,
    guildId: session.guildId,
    answer,
    score,
    keyPoints,
    hintsUsed,
    source: session.source,
    createdAt: input.now.toISOString(),
  };
}

function toFeedback(
  { session, attemptId }: AnswerInput,
  question: BankQuestion,
  grade: Grade,
  keyPoints: KeyPointResult[],
  before: QuestionOutcome,
  after: QuestionOutcome,
  countsAsAnswer: boolean,
): Feedback {
  const score = applyHintPenalty(grade.score, before.hintsUsed);
  const isRetry = countsAsAnswer && before.answers > 0;
  return {
    attemptId,
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
    added: before.answers > 0 ? addedKeyPoints(question, before.keyPoints, keyPoints) : [],
    modelAnswer: question.modelAnswer,
    note: grade.note,
    isLast: isLastQuestion(session),
    followUp: null,
    followUpResult: null,
  };
}
