// `npm run bench:grading -- --data <csv> [--json]`: the grader against human grades of real answers (ASAG).
// `npm run bench:grading -- --labelled <file> [--root DIR] [--json]`: key-point hits against labelled answers.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { compileAsag, predictAsag, readAsagCsv, scoreAsag } from './asag.ts';
import { countDecisions, readLabelled, sumCounts, toPrf, type Prf } from './labelled.ts';
import { formatSpeed, measureSpeed } from './quality-speed.ts';

const USAGE = 'Usage: npm run bench:grading -- (--data FILE.csv | --labelled FILE.jsonl [--root DIR]) [--json]';
const PUBLISHED = 'published r: tf-idf cosine 0.28-0.47, Mohler 2011 best 0.518, human vs human 0.586, Sultan 2016 0.592';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, labelled: { type: 'string' }, root: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (values.data !== undefined) return runAsag(values.data, values.json);
  if (values.labelled !== undefined) return runLabelled(values.labelled, values.root ?? defaultBankRoot(), values.json);
  console.error(USAGE);
  return 2;
}

function runAsag(file: string, json: boolean): number {
  const { rows, problems } = readAsagCsv(readFileSync(file, 'utf8'));
  if (problems.length > 0 || rows.length === 0) return fail([...problems, ...(rows.length === 0 ? ['no rows'] : [])]);
  const rubrics = compileAsag(rows);
  const report = scoreAsag(rows, predictAsag(rows, rubrics));
  const speed = measureSpeed([...rubrics].map(([id, compiled]) => ({ compiled, answers: rows.filter((r) => r.question_id === id).map((r) => r.student_answer) })));
  if (json) {
    console.log(JSON.stringify({ speed }));
    console.log(JSON.stringify(report));
    return 0;
  }
  console.log(`ASAG: ${basename(file)}, ${report.n} answers to ${rubrics.size} questions, rubrics drafted from the reference answers`);
  console.log(`  Pearson r ${report.pearson.toFixed(3)}   Spearman ρ ${report.spearman.toFixed(3)}   RMSE ${report.rmse.toFixed(2)} (0-5 scale)   median per-question r ${report.perQuestionMedianR.toFixed(3)}`);
  console.log(`  ${PUBLISHED}`);
  console.log(formatSpeed(speed));
  return 0;
}

async function runLabelled(file: string, root: string, json: boolean): Promise<number> {
  const { bank, problems: bankProblems } = await loadBank(root);
  if (bank === null) return fail(bankProblems.map((p) => `${p.file}: ${p.path}: ${p.message}`));
  const { rows, problems } = readLabelled(readFileSync(file, 'utf8'), bank);
  if (problems.length > 0 || rows.length === 0) return fail([...problems, ...(rows.length === 0 ? ['no labelled answers'] : [])]);
  const byKind = countDecisions(rows, bank);
  const total = toPrf(sumCounts(byKind.values()));
  const kinds = Object.fromEntries([...byKind].map(([kind, counts]) => [kind, toPrf(counts)]));
  const termWeights = bankTermWeights(bank);
  const speed = measureSpeed(bank.questions.map((q) => ({
    compiled: compileQuestionRubric(q, termWeights),
    answers: [q.modelAnswer, ...rows.filter((r) => r.questionId === q.id).map((r) => r.answer)],
  })));
  if (json) {
    console.log(JSON.stringify({ speed }));
    console.log(JSON.stringify({ ...total, byKind: kinds }));
    return 0;
  }
  console.log(`Labelled answers: ${basename(file)}, ${total.answers} answers, ${total.decisions} key-point decisions (is it a hit?)`);
  console.log(`  ${'kind'.padEnd(14)} answers  precision  recall     F1`);
  for (const [kind, prf] of [...Object.entries(kinds), ['ALL', total] as [string, Prf]]) console.log(`  ${formatRow(kind, prf)}`);
  console.log(formatSpeed(speed));
  return 0;
}

function formatRow(kind: string, p: Prf): string {
  return `${kind.padEnd(14)} ${String(p.answers).padStart(7)}  ${p.precision.toFixed(3).padStart(9)}  ${p.recall.toFixed(3).padStart(6)}  ${p.f1.toFixed(3).padStart(5)}`;
}

function fail(problems: string[]): number {
  for (const p of problems.slice(0, 50)) console.error(p);
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
  return 1;
}

process.exitCode = await main();
