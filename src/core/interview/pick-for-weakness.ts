import type { Bank } from '../bank/schema.ts';
import { randomIndex, type Random } from '../random.ts';
import { err, ok, type Result } from '../result.ts';
import type { UserStats } from '../stats/types.ts';

/**
 * One question id from the user's weakest topic: the bank topic with the lowest mastery (a topic never
 * practised counts as 0; ties are broken with `random`). Within it, a question holding one of the
 * user's weakest key points is preferred; otherwise any question of the topic.
 */
export function pickQuestionForWeakness(bank: Bank, stats: UserStats, random: Random): Result<string, 'no_questions'> {
  const topics = [...new Set(bank.questions.map((q) => q.topic))];
  if (topics.length === 0) return err('no_questions');
  const mastery = (topic: string): number => stats.perTopic.find((t) => t.topic === topic)?.mastery ?? 0;
  const lowest = Math.min(...topics.map(mastery));
  const weakest = topics.filter((t) => mastery(t) === lowest);
  const topic = weakest[randomIndex(random, weakest.length)] as string;
  const inTopic = bank.questions.filter((q) => q.topic === topic);
  const weakIds = new Set(stats.weakestKeyPoints.map((k) => k.questionId));
  const preferred = inTopic.filter((q) => weakIds.has(q.id));
  const choices = preferred.length > 0 ? preferred : inTopic;
  return ok((choices[randomIndex(random, choices.length)] as (typeof choices)[number]).id);
}
