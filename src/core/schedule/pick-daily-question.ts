import type { Bank } from '../bank/schema.ts';
import { randomIndex, type Random } from '../random.ts';
import { err, ok, type Result } from '../result.ts';

/**
 * The daily question: a random question of `topic` (any topic when null) that is not among
 * `recentQuestionIds` (newest first); when every candidate is recent, the one asked longest ago.
 */
export function pickDailyQuestion(
  bank: Bank,
  topic: string | null,
  recentQuestionIds: readonly string[],
  random: Random,
): Result<string, 'no_questions'> {
  const candidates = bank.questions.filter((q) => topic === null || q.topic === topic).map((q) => q.id);
  if (candidates.length === 0) return err('no_questions', topic ?? undefined);
  const recent = new Set(recentQuestionIds);
  const fresh = candidates.filter((id) => !recent.has(id));
  if (fresh.length > 0) return ok(fresh[randomIndex(random, fresh.length)] as string);
  const askedAgo = (id: string): number => recentQuestionIds.indexOf(id);
  return ok(candidates.reduce((oldest, id) => (askedAgo(id) > askedAgo(oldest) ? id : oldest)));
}

/**
 * The daily question for someone with reviews due: the most overdue of `dueQuestionIds` (most overdue
 * first) that is in the bank and of `topic` (any topic when null); null when none is, so the caller falls
 * back to its usual choice (the weakest topic).
 */
export function pickDueDailyQuestion(
  bank: Bank,
  topic: string | null,
  dueQuestionIds: readonly string[],
): string | null {
  return (
    dueQuestionIds.find((id) => {
      const question = bank.byId.get(id);
      return question !== undefined && (topic === null || question.topic === topic);
    }) ?? null
  );
}
