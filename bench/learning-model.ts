// The simulated learner of `npm run bench:learning`: exponential forgetting per key point, stability growing
// on each successful recall (more when the recall was hard: the spacing effect), seeded random throughout.
import type { Bank, BankQuestion } from '../src/core/bank/schema.ts';
import type { KeyPointResult } from '../src/core/grading/types.ts';
import type { Random } from '../src/core/random.ts';

interface Memory {
  stability: number;
  lastDay: number;
}

export interface Learner {
  /** Probability of recalling the key point on `day` (its prior knowledge before it was ever studied). */
  recall(questionId: string, keyPointId: string, day: number): number;
  /** Answers the question on `day` from memory, then studies the feedback (the model answer). */
  answer(question: BankQuestion, day: number): KeyPointResult[];
}

/** Days a key point is kept (recall e^-1) after it is first learned from feedback. */
const FIRST_STABILITY = 1;

/**
 * `spacing`: a recall made when the key point was nearly forgotten strengthens memory most (the spacing
 * effect, as in the memory research FSRS is fitted to); without it every successful recall grows stability
 * by the same factor, so the bench also shows what is left when that assumption is dropped.
 */
export function createLearner(bank: Bank, random: Random, spacing = true): Learner {
  const talent = 0.7 + 0.6 * random();
  const prior = new Map<string, number>();
  for (const q of bank.questions) for (const k of q.rubric.keyPoints) prior.set(`${q.id}/${k.id}`, 0.3 * random());
  const memory = new Map<string, Memory>();

  function recall(questionId: string, keyPointId: string, day: number): number {
    const key = `${questionId}/${keyPointId}`;
    const m = memory.get(key);
    return m === undefined ? (prior.get(key) ?? 0) : Math.exp(-(day - m.lastDay) / m.stability);
  }

  function study(key: string, p: number, recalled: boolean, day: number): void {
    const m = memory.get(key);
    if (m === undefined || !recalled) {
      memory.set(key, { stability: FIRST_STABILITY * talent * (recalled ? 2 : 1), lastDay: day });
      return;
    }
    const growth = spacing ? 0.3 + 3 * (1 - p) : 1.5;
    memory.set(key, { stability: m.stability * (1 + talent * growth), lastDay: day });
  }

  return {
    recall,
    answer(question, day) {
      return question.rubric.keyPoints.map((k) => {
        const p = recall(question.id, k.id, day);
        const draw = random();
        const status = draw < p ? 'hit' : draw < p + 0.1 * (1 - p) ? 'partial' : 'miss';
        study(`${question.id}/${k.id}`, p, status === 'hit', day);
        return { id: k.id, status, confidence: status === 'hit' ? 1 : 0, evidence: null, missing: [], negated: false };
      });
    },
  };
}
