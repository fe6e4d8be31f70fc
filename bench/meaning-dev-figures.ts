// `node --import tsx bench/meaning-dev-figures.ts [FILE.jsonl] [--json]`: key-point decisions and scores against an
// in-sample labelled set whose rows also carry a fair interviewer's score ("fairScore", 0-100). Prints, per kind
// of answer, precision/recall/F1 of `hit`, the mean absolute score error, and how many answers that cover nothing
// score above 10.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import type { CompiledRubric } from '../src/core/grading/compile-rubric.ts';
import { gradeAnswer } from '../src/core/grading/grade.ts';

const rowSchema = z.strictObject({
  questionId: z.string(),
  kind: z.string(),
  answer: z.string(),
  covers: z.array(z.string()),
  fairScore: z.number().min(0).max(100),
});

interface Tally {
  answers: number;
  tp: number;
  fp: number;
  fn: number;
  absError: number;
  nothingCovered: number;
  nothingAbove10: number;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/labelled-answers-dev-meaning.jsonl';
const { bank, problems } = await loadBank(defaultBankRoot());
if (bank === null) throw new Error(problems.map((p) => p.message).join('\n'));
const termWeights = bankTermWeights(bank);
const compiled = new Map<string, CompiledRubric>();
const tallies = new Map<string, Tally>();
const misses: string[] = [];
for (const line of readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')) {
  const row = rowSchema.parse(JSON.parse(line));
  const question = bank.byId.get(row.questionId);
  if (question === undefined) throw new Error(`no question ${row.questionId}`);
  const ids = new Set(question.rubric.keyPoints.map((k) => k.id));
  for (const id of row.covers) if (!ids.has(id)) throw new Error(`no key point ${id} in ${row.questionId}`);
  if (!compiled.has(question.id)) compiled.set(question.id, compileQuestionRubric(question, termWeights));
  const grade = gradeAnswer(compiled.get(question.id)!, row.answer);
  for (const kind of [row.kind, 'ALL']) {
    const t = tallies.get(kind) ?? {
      answers: 0,
      tp: 0,
      fp: 0,
      fn: 0,
      absError: 0,
      nothingCovered: 0,
      nothingAbove10: 0,
    };
    t.answers += 1;
    t.absError += Math.abs(grade.score - row.fairScore);
    if (row.covers.length === 0) {
      t.nothingCovered += 1;
      if (grade.score > 10) t.nothingAbove10 += 1;
    }
    for (const k of grade.keyPoints) {
      const isHit = k.status === 'hit';
      const isCovered = row.covers.includes(k.id);
      if (isHit && isCovered) t.tp += 1;
      else if (isHit) t.fp += 1;
      else if (isCovered) t.fn += 1;
    }
    tallies.set(kind, t);
  }
  if (args.includes('--verbose')) {
    const wrong = grade.keyPoints
      .filter((k) => (k.status === 'hit') !== row.covers.includes(k.id))
      .map((k) => `${k.id}:${k.status}${k.evidence ? `(${k.evidence})` : ''}`);
    misses.push(
      `${row.kind.padEnd(12)} ${String(grade.score).padStart(3)} vs ${String(row.fairScore).padStart(3)} ${row.questionId}: ${row.answer.slice(0, 70)}\n      ${wrong.join('  ')}`,
    );
  }
}
const figures = [...tallies].map(([kind, t]) => {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    kind,
    answers: t.answers,
    precision,
    recall,
    f1,
    mae: t.absError / t.answers,
    nothingAbove10: `${t.nothingAbove10}/${t.nothingCovered}`,
  };
});
if (args.includes('--json')) console.log(JSON.stringify(figures));
else {
  console.log(`${'kind'.padEnd(13)} answers  precision  recall     F1    MAE  cover-nothing>10`);
  for (const f of figures) {
    console.log(
      `${f.kind.padEnd(13)} ${String(f.answers).padStart(7)}  ${f.precision.toFixed(3).padStart(9)}  ${f.recall.toFixed(3).padStart(6)}  ${f.f1.toFixed(3)}  ${f.mae.toFixed(1).padStart(5)}  ${f.nothingAbove10.padStart(8)}`,
    );
  }
  for (const m of misses) console.log(m);
}
