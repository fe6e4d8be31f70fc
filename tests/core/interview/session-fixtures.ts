import { answerCurrent, type Answered } from '../../../src/core/interview/answer-current.ts';
import { startSession } from '../../../src/core/interview/start-session.ts';
import type { Session, SessionOptions } from '../../../src/core/interview/types.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { testBank, verbatimGrade } from '../../support/test-bank.ts';

export const T0 = new Date('2025-03-01T10:00:00.000Z');

/** `minutes` after T0: a fixed clock that moves only when a test says so. */
export const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

/** An active session over the test bank; the options default to three sql questions, seed 7. */
export function newSession(options: Partial<SessionOptions> = {}, seed = 7): Session {
  const started = startSession({
    id: 'session-1',
    userId: 'user-1',
    guildId: 'guild-1',
    source: 'discord',
    options: { topic: 'sql', difficulty: null, count: 3, ...options },
    bank: testBank,
    now: T0,
    random: seededRandom(seed),
  });
  if (!started.ok) throw new Error(`test session did not start: ${started.error}`);
  return started.value;
}

/** Answers the current question with the verbatim grader and expects success. */
export function answer(session: Session, text: string, minutes = 1, attemptId = 'attempt-1'): Answered {
  const result = answerCurrent({
    session,
    bank: testBank,
    grader: verbatimGrade,
    answer: text,
    attemptId,
    now: at(minutes),
  });
  if (!result.ok) throw new Error(`answer refused: ${result.error}`);
  return result.value;
}
