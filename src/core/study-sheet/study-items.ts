import type { Bank, BankQuestion, KeyPoint } from '../bank/schema.ts';
import type { Attempt } from '../interview/types.ts';
import type { ReviewCard } from '../review/types.ts';

export interface StudyItem {
  question: BankQuestion;
  keyPoint: KeyPoint;
  /** How the user's last answer to the question did on this key point. */
  status: 'missed' | 'nearly';
  /** ISO time the key point is due for review, null when it has no review card. */
  dueAt: string | null;
  isDue: boolean;
  lastAttempt: Attempt;
}

/**
 * The key points the user missed (or denied) or nearly covered in their last answer to each question,
 * due ones first (most overdue first), then by question and rubric order. Questions or key points no
 * longer in the bank are left out.
 */
export function collectStudyItems(
  bank: Bank,
  attempts: readonly Attempt[],
  cards: readonly ReviewCard[],
  now: Date,
): StudyItem[] {
  const at = now.toISOString();
  const dueOf = new Map(cards.map((c) => [`${c.questionId}\u0000${c.keyPointId}`, c.due]));
  const items: StudyItem[] = [];
  for (const lastAttempt of lastAttemptPerQuestion(attempts)) {
    const question = bank.byId.get(lastAttempt.questionId);
    if (question === undefined) continue;
    for (const keyPoint of question.rubric.keyPoints) {
      const result = lastAttempt.keyPoints.find((k) => k.id === keyPoint.id);
      const status =
        result === undefined || result.negated || result.status === 'miss'
          ? 'missed'
          : result.status === 'partial'
            ? 'nearly'
            : null;
      if (status === null) continue;
      const dueAt = dueOf.get(`${question.id}\u0000${keyPoint.id}`) ?? null;
      items.push({ question, keyPoint, status, dueAt, isDue: dueAt !== null && dueAt <= at, lastAttempt });
    }
  }
  const order = (item: StudyItem): number =>
    bank.questions.indexOf(item.question) * 100 + item.question.rubric.keyPoints.indexOf(item.keyPoint);
  return items.sort(
    (a, b) =>
      Number(b.isDue) - Number(a.isDue) ||
      (a.isDue ? (a.dueAt as string).localeCompare(b.dueAt as string) : 0) ||
      order(a) - order(b),
  );
}

function lastAttemptPerQuestion(attempts: readonly Attempt[]): Attempt[] {
  const last = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const seen = last.get(attempt.questionId);
    if (seen === undefined || attempt.createdAt >= seen.createdAt) last.set(attempt.questionId, attempt);
  }
  return [...last.values()];
}
