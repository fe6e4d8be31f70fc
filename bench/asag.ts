import { z } from 'zod';
import type { WordKnowledge } from '../src/core/grading/bank-grading.ts';
import { compileRubric, gradeAnswer, type CompiledRubric } from '../src/core/grading/grade.ts';
import { buildTermWeights } from '../src/core/grading/term-weights.ts';

/** Word meanings the grader may use: vectors (off in the product) and opposite words (on). */
import { draftRubric } from '../src/core/rubric-draft/draft-rubric.ts';
import { parseCsv } from './csv.ts';
import { median, pearson, rmse, spearman } from './stats.ts';

/** One graded student answer: the columns the benchmark needs; any other column is ignored. */
export const asagRowSchema = z.object({
  question_id: z.string().trim().min(1),
  question: z.string().trim().min(1),
  reference_answer: z.string().trim().min(1),
  student_answer: z.string(),
  score_avg: z.coerce.number().min(0).max(5),
});
export type AsagRow = z.infer<typeof asagRowSchema>;

export interface AsagReport {
  pearson: number;
  spearman: number;
  rmse: number;
  perQuestionMedianR: number;
  n: number;
}

/** Parses and validates a benchmark CSV; every bad row is listed at once. */
export function readAsagCsv(text: string): { rows: AsagRow[]; problems: string[] } {
  const rows: AsagRow[] = [];
  const problems: string[] = [];
  parseCsv(text).forEach((raw, i) => {
    const parsed = asagRowSchema.safeParse(raw);
    if (parsed.success) rows.push(parsed.data);
    else
      problems.push(`row ${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  });
  return { rows, problems };
}

/** The product's score (0-100) on the data set's 0-5 scale. */
export const toFivePointScale = (score: number): number => score / 20;

/**
 * One rubric per question, drafted from its reference answer by the product's auto-rubric, compiled with
 * word rarity over the questions and reference answers (never the student answers or their grades).
 */
export function compileAsag(rows: AsagRow[], meanings: WordKnowledge = {}): Map<string, CompiledRubric> {
  const termWeights = buildTermWeights(poolOf(rows));
  const compiled = new Map<string, CompiledRubric>();
  for (const row of rows) {
    if (compiled.has(row.question_id)) continue;
    const rubric = draftRubric({ question: row.question, reference: row.reference_answer });
    compiled.set(row.question_id, compileRubric(rubric, { termWeights, ...meanings }));
  }
  return compiled;
}

/** Grades every student answer with the product's grader, on the data set's 0-5 scale. */
export function predictAsag(rows: AsagRow[], rubrics = compileAsag(rows)): number[] {
  return rows.map((row) => toFivePointScale(gradeAnswer(rubrics.get(row.question_id)!, row.student_answer).score));
}

/** The texts that set word rarity: each question and its reference answer once (never the graded answers). */
function poolOf(rows: AsagRow[]): string[] {
  const byQuestion = new Map(rows.map((r) => [r.question_id, `${r.question}\n${r.reference_answer}`]));
  return [...byQuestion.values()];
}

export function scoreAsag(rows: AsagRow[], predicted: number[]): AsagReport {
  const gold = rows.map((r) => r.score_avg);
  const byQuestion = new Map<string, number[]>();
  rows.forEach((r, i) => byQuestion.set(r.question_id, [...(byQuestion.get(r.question_id) ?? []), i]));
  const perQuestion = [...byQuestion.values()].map((idx) =>
    pearson(
      idx.map((i) => predicted[i]!),
      idx.map((i) => gold[i]!),
    ),
  );
  return {
    pearson: pearson(predicted, gold),
    spearman: spearman(predicted, gold),
    rmse: rmse(predicted, gold),
    perQuestionMedianR: median(perQuestion),
    n: rows.length,
  };
}
