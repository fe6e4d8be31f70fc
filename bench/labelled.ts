import { loadOpposites } from '../src/adapters/fs/word-vectors.ts';
import { z } from 'zod';
import type { Bank } from '../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric, type WordKnowledge } from '../src/core/grading/bank-grading.ts';

/** Word meanings the grader may use: vectors (off in the product) and opposite words (on). */
import { gradeAnswer } from '../src/core/grading/grade.ts';
import type { CompiledRubric } from '../src/core/grading/compile-rubric.ts';
import { countByKind, coveredWeightScore, type Counts, type GradedAnswer } from './labelled-metrics.ts';

export { sumCounts, toPrf, type Counts, type Prf } from './labelled-metrics.ts';

/**
 * One labelled answer: which key points of its question a fair interviewer says it truly covers, and (newer
 * files) the score that interviewer gives.
 */
export const labelledAnswerSchema = z.strictObject({
  questionId: z.string().min(1),
  kind: z.string().min(1),
  answer: z.string(),
  covers: z.array(z.string()),
  fairScore: z.number().min(0).max(100).optional(),
});
export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;

/** Parses JSON lines; a bad line, an unknown question or key point is a problem, all listed at once. */
export function readLabelled(text: string, bank: Bank): { rows: LabelledAnswer[]; problems: string[] } {
  const rows: LabelledAnswer[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = labelledAnswerSchema.safeParse(safeJson(line));
    if (!parsed.success)
      return void problems.push(
        `line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    const question = bank.byId.get(parsed.data.questionId);
    if (question === undefined)
      return void problems.push(`line ${i + 1}: no question "${parsed.data.questionId}" in the bank`);
    const ids = new Set(question.rubric.keyPoints.map((k) => k.id));
    const unknown = parsed.data.covers.filter((id) => !ids.has(id));
    if (unknown.length > 0)
      return void problems.push(`line ${i + 1}: no key point ${unknown.join(', ')} in ${question.id}`);
    rows.push(parsed.data);
  });
  return { rows, problems };
}

/**
 * Grades every labelled answer the way the product does (with opposite words, unless `meanings` says
 * otherwise), keeping its labels next to the grader's decisions. A line without a fair score gets the share of
 * key-point weight its labels cover.
 */
export function gradeLabelled(
  rows: readonly LabelledAnswer[],
  bank: Bank,
  meanings: WordKnowledge = { opposites: loadOpposites() },
): GradedAnswer[] {
  const termWeights = bankTermWeights(bank, meanings);
  const compiled = new Map<string, CompiledRubric>();
  return rows.map((row) => {
    const question = bank.byId.get(row.questionId)!;
    if (!compiled.has(question.id)) compiled.set(question.id, compileQuestionRubric(question, termWeights));
    const grade = gradeAnswer(compiled.get(question.id)!, row.answer);
    return {
      kind: row.kind,
      covers: row.covers,
      decisions: grade.keyPoints.map((k) => ({ id: k.id, hit: k.status === 'hit' })),
      score: grade.score,
      fairScore: row.fairScore ?? coveredWeightScore(question.rubric.keyPoints, row.covers),
      fairScoreDerived: row.fairScore === undefined,
    };
  });
}

/** Every key-point decision of the grader (is it a `hit`?) against the labels, counted per kind of answer. */
export function countDecisions(rows: LabelledAnswer[], bank: Bank): Map<string, Counts> {
  return countByKind(gradeLabelled(rows, bank));
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
