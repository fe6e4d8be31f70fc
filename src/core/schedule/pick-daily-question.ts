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
