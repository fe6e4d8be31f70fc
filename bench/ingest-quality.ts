import type { Bank, BankQuestion } from '../src/core/bank/schema.ts';
import { validateBank } from '../src/core/bank/validate.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { creditFor, gradeAnswer } from '../src/core/grading/grade.ts';
import { bankFilesOf, type IngestedBank } from '../src/core/ingest/ingest-document.ts';

/**
 * How a drafted bank compares with a hand-written one of the same document.
 *
 * - A hand-written question *matches* the draft when the draft has a question whose `source` is the hand
 *   question's home heading: the heading most of its key points cite (the first of them on a tie).
 * - A hand-written key point of a matched question is *covered* when the drafted key points whose source is
 *   that key point's own heading, read together as one answer, make it: the product's grader, with the hand
 *   rubric (aliases included) and the hand bank's word rarity, calls it a hit. Key points citing a heading
 *   the draft has no question on count as not covered.
 * - *Own answer*: each drafted question's model answer graded against its drafted rubric (the draft's rarity).
 * - *Other section*: each drafted question graded with the model answer of the next drafted question (in
 *   document order, wrapping round) whose source is another heading; all such pairs are summarised too. For
 *   each question above 10, the points that earn the score and how much of it each gives (`credit`).
 */
export interface IngestQuality {
  handQuestions: number;
  matchedQuestions: number;
  handKeyPoints: number;
  coveredKeyPoints: number;
  coverage: number;
  draftedQuestions: number;
  draftedKeyPoints: number;
  ownAnswer: { min: number; mean: number; below90: string[] };
  nextOtherSection: { max: number; mean: number; above10: string[]; credit: OtherSectionCredit[] };
  allOtherSections: { pairs: number; mean: number; p95: number; max: number; shareAtMost10: number };
  /** Each matched hand-written question's model answer (another writer's right answer) graded by the draft. */
  handAnswer: { answers: number; mean: number; below50: number };
  uncovered: { questionId: string; keyPoint: string; source: string }[];
}

/** Where a question's score from another section's answer comes from: each point that earns some of it. */
export interface OtherSectionCredit {
  id: string;
  score: number;
  /** The question whose model answer was graded. */
  from: string;
  points: { text: string; status: 'hit' | 'partial'; weight: number; share: number; evidence: string | null }[];
}

export function draftedBankOf(drafted: IngestedBank): Bank {
  const { bank, problems } = validateBank(bankFilesOf(drafted).input);
  if (bank === null) throw new Error(`the draft fails the bank check: ${problems.map((p) => p.message).join('; ')}`);
  return bank;
}

export function measureIngest(hand: Bank, drafted: Bank): IngestQuality {
  const coverage = measureCoverage(hand, drafted);
  const weights = bankTermWeights(drafted);
  const compiled = new Map(drafted.questions.map((q) => [q.id, compileQuestionRubric(q, weights)]));
  const score = (q: BankQuestion, answer: string): number => gradeAnswer(compiled.get(q.id)!, answer).score;
  const own = drafted.questions.map((q) => ({ id: q.id, score: score(q, q.modelAnswer) }));
  const next = drafted.questions.map((q, i) => {
    const other = [...drafted.questions.slice(i + 1), ...drafted.questions.slice(0, i)].find(
      (o) => sourceOf(o) !== sourceOf(q),
    );
    return other === undefined ? { id: q.id, score: 0, credit: null } : creditOf(q, other, weights);
  });
  const pairs = drafted.questions.flatMap((q) =>
    drafted.questions.filter((o) => sourceOf(o) !== sourceOf(q)).map((o) => score(q, o.modelAnswer)),
  );
  const sorted = [...pairs].sort((a, b) => a - b);
  const handScores = hand.questions.flatMap((h) => {
    const drafts = drafted.questions.filter((q) => sourceOf(q) === homeOf(h));
    return drafts.length === 0 ? [] : [Math.max(...drafts.map((q) => score(q, h.modelAnswer)))];
  });
  return {
    ...coverage,
    draftedQuestions: drafted.questions.length,
    draftedKeyPoints: drafted.questions.reduce((n, q) => n + q.rubric.keyPoints.length, 0),
    ownAnswer: {
      min: Math.min(...own.map((o) => o.score)),
      mean: mean(own.map((o) => o.score)),
      below90: own.filter((o) => o.score < 90).map((o) => `${o.id} ${o.score}`),
    },
    nextOtherSection: {
      max: Math.max(...next.map((o) => o.score)),
      mean: mean(next.map((o) => o.score)),
      above10: next.filter((o) => o.score > 10).map((o) => `${o.id} ${o.score}`),
      credit: next.flatMap((o) => (o.score > 10 && o.credit !== null ? [o.credit] : [])),
    },
    allOtherSections: {
      pairs: pairs.length,
      mean: mean(pairs),
      p95: sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0,
      max: sorted.at(-1) ?? 0,
      shareAtMost10: pairs.filter((s) => s <= 10).length / Math.max(1, pairs.length),
    },
    handAnswer: {
      answers: handScores.length,
      mean: mean(handScores),
      below50: handScores.filter((s) => s < 50).length,
    },
  };
}

function creditOf(
  question: BankQuestion,
  other: BankQuestion,
  weights: ReturnType<typeof bankTermWeights>,
): { id: string; score: number; credit: OtherSectionCredit } {
  const compiled = compileQuestionRubric(question, weights);
  const grade = gradeAnswer(compiled, other.modelAnswer);
  const points = grade.keyPoints.flatMap((result, k) => {
    const point = question.rubric.keyPoints[k]!;
    if (result.status === 'miss') return [];
    const share = Math.round((1000 * point.weight * creditFor(result)) / compiled.totalWeight) / 10;
    return [{ text: point.text, status: result.status, weight: point.weight, share, evidence: result.evidence }];
  });
  return {
    id: question.id,
    score: grade.score,
    credit: { id: question.id, score: grade.score, from: other.id, points },
  };
}

type Coverage = Pick<
  IngestQuality,
  'handQuestions' | 'matchedQuestions' | 'handKeyPoints' | 'coveredKeyPoints' | 'coverage' | 'uncovered'
>;

function measureCoverage(hand: Bank, drafted: Bank): Coverage {
  const handWeights = bankTermWeights(hand);
  const draftedSources = new Set(drafted.questions.map(sourceOf));
  const pointsFrom = (source: string): string =>
    drafted.questions
      .flatMap((q) => q.rubric.keyPoints)
      .filter((k) => k.source === source)
      .map((k) => k.text)
      .join('. ');
  const matched = hand.questions.filter((q) => draftedSources.has(homeOf(q)));
  let total = 0;
  let covered = 0;
  const uncovered: Coverage['uncovered'] = [];
  for (const question of matched) {
    const compiled = compileQuestionRubric(question, handWeights);
    for (const point of question.rubric.keyPoints) {
      total += 1;
      const answer = pointsFrom(point.source ?? '');
      const result = answer === '' ? undefined : gradeAnswer(compiled, answer).keyPoints.find((r) => r.id === point.id);
      if (result?.status === 'hit') covered += 1;
      else uncovered.push({ questionId: question.id, keyPoint: point.text, source: point.source ?? '' });
    }
  }
  return {
    handQuestions: hand.questions.length,
    matchedQuestions: matched.length,
    handKeyPoints: total,
    coveredKeyPoints: covered,
    coverage: covered / Math.max(1, total),
    uncovered,
  };
}

/** The heading most of the question's key points cite. */
function homeOf(question: BankQuestion): string {
  const counts = new Map<string, number>();
  for (const k of question.rubric.keyPoints)
    if (k.source !== undefined) counts.set(k.source, (counts.get(k.source) ?? 0) + 1);
  let best = '';
  for (const [source, n] of counts) if (n > (counts.get(best) ?? 0)) best = source;
  return best;
}

const sourceOf = (q: BankQuestion): string => q.rubric.keyPoints[0]?.source ?? '';
const mean = (xs: number[]): number =>
  xs.length === 0 ? 0 : Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10;
