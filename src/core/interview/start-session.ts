import type { Bank } from '../bank/schema.ts';
import type { Random } from '../random.ts';
import { ok, type Result } from '../result.ts';
import { clampCount, selectQuestions, type SelectError } from './select-questions.ts';
import type { AnswerSource, QuestionOutcome, Session, SessionOptions } from './types.ts';

export interface StartSessionInput {
  id: string;
  userId: string;
  guildId: string | null;
  source: AnswerSource;
  options: SessionOptions;
  bank: Bank;
  now: Date;
  random: Random;
  /** Questions the user saw lately; they are asked only when nothing fresher fits. */
  recentQuestionIds?: readonly string[];
}

/** A new active session on its first question. Its version is 0; the store numbers saves from there. */
export function startSession(input: StartSessionInput): Result<Session, SelectError> {
  const options = { ...input.options, count: clampCount(input.options.count) };
  const selected = selectQuestions(input.bank, options, input.random, input.recentQuestionIds);
  if (!selected.ok) return selected;
  return ok(activeSession(input, options, selected.value, input.now));
}

/** A new active session over `questionIds` on the first of them. Its version is 0; the store numbers saves from there. */
export function activeSession(
  who: Pick<Session, 'id' | 'userId' | 'guildId' | 'source'>,
  options: SessionOptions,
  questionIds: string[],
  now: Date,
): Session {
  const at = now.toISOString();
  return {
    id: who.id,
    userId: who.userId,
    guildId: who.guildId,
    source: who.source,
    options,
    questionIds,
    index: 0,
    outcomes: questionIds.map(pendingOutcome),
    status: 'active',
    startedAt: at,
    updatedAt: at,
    version: 0,
  };
}

function pendingOutcome(questionId: string): QuestionOutcome {
  return { questionId, status: 'pending', score: null, hintsUsed: 0, answers: 0, keyPoints: [] };
}
