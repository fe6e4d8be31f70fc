/** Figures of the grader against labelled answers. Pure: takes answers already graded. */

/** One labelled answer after grading: what the labels say and what the grader did. */
export interface GradedAnswer {
  kind: string;
  /** Key points a fair interviewer credits. */
  covers: readonly string[];
  /** Every key point of the question, with whether the grader called it a hit. */
  decisions: readonly { id: string; hit: boolean }[];
  /** The grader's score, 0-100. */
  score: number;
  /** A fair interviewer's score, 0-100: the file's, or else derived from the labels (see `coveredWeightScore`). */
  fairScore: number;
  fairScoreDerived: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  answers: number;
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  decisions: number;
  answers: number;
}
export interface ScoreError {
  mae: number;
  bias: number;
  answers: number;
}

export interface LabelledReport extends Prf {
  byKind: Record<string, Prf>;
  /** Recall on answers that state points in other words, or null when the file has no such kind. */
  ownWords: { recall: number; kinds: string[] } | null;
  /** Precision on answers that use the right terms to say wrong things, or null when the file has none. */
  wrongClaims: { precision: number; kinds: string[] } | null;
  /** Answers labelled with no key point, and how many of them the grader scores above `maxScore`. */
  coversNothing: { answers: number; scoredAbove: number; maxScore: number };
  /**
   * Score against the fair score (mean absolute error, mean signed error); `derivedAnswers` counts the answers
   * whose fair score came from their labels, not the file. Null when there are no answers.
   */
  scoreError: (ScoreError & { derivedAnswers: number; byKind: Record<string, ScoreError> }) | null;
}

/** Kinds of answer that state points in other words (`paraphrase` in the older labelled files). */
export const OWN_WORDS_KINDS: readonly string[] = ['own-words', 'paraphrase'];
/** Kinds of answer whose terms are right and claims wrong (`negation` in the older files: denials). */
export const WRONG_CLAIMS_KINDS: readonly string[] = ['wrong-claims', 'negation'];
/** An answer that covers nothing should score at most this. */
export const COVERS_NOTHING_MAX_SCORE = 10;

export function summarise(graded: readonly GradedAnswer[]): LabelledReport {
  const byKind = countByKind(graded);
  return {
    ...toPrf(sumCounts(byKind.values())),
    byKind: Object.fromEntries([...byKind].map(([kind, counts]) => [kind, toPrf(counts)])),
    ownWords: ofKinds(byKind, OWN_WORDS_KINDS, (p) => ({ recall: p.recall })),
    wrongClaims: ofKinds(byKind, WRONG_CLAIMS_KINDS, (p) => ({ precision: p.precision })),
    coversNothing: coversNothing(graded),
    scoreError: scoreError(graded),
  };
}

/** Every key-point decision (is it a `hit`?) against the labels, counted per kind of answer. */
export function countByKind(graded: readonly GradedAnswer[]): Map<string, Counts> {
  const byKind = new Map<string, Counts>();
  for (const answer of graded) {
    const counts = byKind.get(answer.kind) ?? { tp: 0, fp: 0, fn: 0, tn: 0, answers: 0 };
    counts.answers += 1;
    for (const { id, hit } of answer.decisions) {
      const isCovered = answer.covers.includes(id);
      if (hit && isCovered) counts.tp += 1;
      else if (hit) counts.fp += 1;
      else if (isCovered) counts.fn += 1;
      else counts.tn += 1;
    }
    byKind.set(answer.kind, counts);
  }
  return byKind;
}

export function sumCounts(all: Iterable<Counts>): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, answers: 0 };
  for (const c of all) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  return total;
}

/**
 * Precision, recall and F1 of `hit`. With nothing to find and nothing claimed (an off-topic answer), the
 * grader made no mistake: precision and recall count as 1.
 */
export function toPrf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, decisions: c.tp + c.fp + c.fn + c.tn, answers: c.answers };
}

function ofKinds<T>(
  byKind: Map<string, Counts>,
  kinds: readonly string[],
  pick: (p: Prf) => T,
): (T & { kinds: string[] }) | null {
  const present = kinds.filter((k) => byKind.has(k));
  if (present.length === 0) return null;
  return { ...pick(toPrf(sumCounts(present.map((k) => byKind.get(k)!)))), kinds: present };
}

function coversNothing(graded: readonly GradedAnswer[]): LabelledReport['coversNothing'] {
  const nothing = graded.filter((a) => a.covers.length === 0);
  const scoredAbove = nothing.filter((a) => a.score > COVERS_NOTHING_MAX_SCORE).length;
  return { answers: nothing.length, scoredAbove, maxScore: COVERS_NOTHING_MAX_SCORE };
}

/** The fair score a file without one implies: the share of the question's key-point weight the answer covers. */
export function coveredWeightScore(
  keyPoints: readonly { id: string; weight: number }[],
  covers: readonly string[],
): number {
  const total = keyPoints.reduce((sum, k) => sum + k.weight, 0);
  const covered = keyPoints.filter((k) => covers.includes(k.id)).reduce((sum, k) => sum + k.weight, 0);
  return total <= 0 ? 0 : Math.round((100 * covered) / total);
}

function scoreError(graded: readonly GradedAnswer[]): LabelledReport['scoreError'] {
  if (graded.length === 0) return null;
  const kinds = [...new Set(graded.map((a) => a.kind))];
  return {
    ...errorOf(graded),
    derivedAnswers: graded.filter((a) => a.fairScoreDerived).length,
    byKind: Object.fromEntries(kinds.map((k) => [k, errorOf(graded.filter((a) => a.kind === k))])),
  };
}

function errorOf(scored: readonly GradedAnswer[]): ScoreError {
  const diffs = scored.map((a) => a.score - a.fairScore);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return { mae: mean(diffs.map(Math.abs)), bias: mean(diffs), answers: scored.length };
}
