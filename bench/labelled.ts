import { z } from 'zod';
import type { Bank } from '../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../src/core/grading/grade.ts';
import type { CompiledRubric } from '../src/core/grading/compile-rubric.ts';

/** One labelled answer: which key points of its question a fair interviewer says it truly covers. */
export const labelledAnswerSchema = z.strictObject({
  questionId: z.string().min(1),
  kind: z.string().min(1),
  answer: z.string(),
  covers: z.array(z.string()),
});
export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;

export interface Counts { tp: number; fp: number; fn: number; tn: number; answers: number }
export interface Prf { precision: number; recall: number; f1: number; decisions: number; answers: number }

/** Parses JSON lines; a bad line, an unknown question or key point is a problem, all listed at once. */
export function readLabelled(text: string, bank: Bank): { rows: LabelledAnswer[]; problems: string[] } {
  const rows: LabelledAnswer[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = labelledAnswerSchema.safeParse(safeJson(line));
    if (!parsed.success) return void problems.push(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const question = bank.byId.get(parsed.data.questionId);
    if (question === undefined) return void problems.push(`line ${i + 1}: no question "${parsed.data.questionId}" in the bank`);
    const ids = new Set(question.rubric.keyPoints.map((k) => k.id));
    const unknown = parsed.data.covers.filter((id) => !ids.has(id));
    if (unknown.length > 0) return void problems.push(`line ${i + 1}: no key point ${unknown.join(', ')} in ${question.id}`);
    rows.push(parsed.data);
  });
  return { rows, problems };
}

/** Every key-point decision of the grader (is it a `hit`?) against the labels, counted per kind of answer. */
export function countDecisions(rows: LabelledAnswer[], bank: Bank): Map<string, Counts> {
  const termWeights = bankTermWeights(bank);
  const compiled = new Map<string, CompiledRubric>();
  const byKind = new Map<string, Counts>();
  for (const row of rows) {
    const question = bank.byId.get(row.questionId)!;
    if (!compiled.has(question.id)) compiled.set(question.id, compileQuestionRubric(question, termWeights));
    const grade = gradeAnswer(compiled.get(question.id)!, row.answer);
    const counts = byKind.get(row.kind) ?? { tp: 0, fp: 0, fn: 0, tn: 0, answers: 0 };
    counts.answers += 1;
    for (const k of grade.keyPoints) {
      const isHit = k.status === 'hit';
      const isCovered = row.covers.includes(k.id);
      if (isHit && isCovered) counts.tp += 1;
      else if (isHit) counts.fp += 1;
      else if (isCovered) counts.fn += 1;
      else counts.tn += 1;
    }
    byKind.set(row.kind, counts);
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

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
