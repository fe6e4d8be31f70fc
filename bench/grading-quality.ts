// `npm run bench:grading -- --data <csv> [--json]`: the grader against human grades of real answers (ASAG).
// `npm run bench:grading -- --labelled <file>... [--root DIR] [--json]`: key-point hits and scores against
// labelled answers; --labelled may repeat, and files after it (a shell glob) count too.
// `--vectors`: also credit answer words close in meaning to rubric words (assets/word-vectors.bin), which the
// product does not do: measured in docs/grading-meaning.md, it did not earn its place.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { loadOpposites, loadWordMeanings } from '../src/adapters/fs/word-vectors.ts';
import type { Bank } from '../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric, type WordKnowledge } from '../src/core/grading/bank-grading.ts';

/** Word meanings the grader may use: vectors (off in the product) and opposite words (on). */
import { compileAsag, predictAsag, readAsagCsv, scoreAsag } from './asag.ts';
import { gradeLabelled, readLabelled } from './labelled.ts';
import { summarise } from './labelled-metrics.ts';
import { formatLabelled } from './labelled-report.ts';
import { formatSpeed, measureSpeed } from './quality-speed.ts';

const USAGE =
  'Usage: npm run bench:grading -- (--data FILE.csv | --labelled FILE.jsonl [--labelled FILE.jsonl | FILE.jsonl]... [--root DIR]) [--json] [--vectors] [--without-opposites]';
const PUBLISHED =
  'published r: tf-idf cosine 0.28-0.47, Mohler 2011 best 0.518, human vs human 0.586, Sultan 2016 0.592';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      data: { type: 'string' },
      labelled: { type: 'string', multiple: true },
      root: { type: 'string' },
      json: { type: 'boolean', default: false },
      vectors: { type: 'boolean', default: false },
      'without-opposites': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const meanings: WordKnowledge = {
    ...(values.vectors ? { meanings: loadWordMeanings() } : {}),
    // The product grades with opposite words; --without-opposites measures the grader without them.
    ...(values['without-opposites'] ? {} : { opposites: loadOpposites() }),
  };
  if (values.data !== undefined && positionals.length === 0) return runAsag(values.data, values.json, meanings);
  if (values.labelled !== undefined && values.data === undefined) {
    const files = [...values.labelled, ...positionals];
    return runLabelledFiles(files, values.root ?? defaultBankRoot(), values.json, meanings);
  }
  console.error(USAGE);
  return 2;
}

function runAsag(file: string, json: boolean, meanings: WordKnowledge): number {
  const { rows, problems } = readAsagCsv(readFileSync(file, 'utf8'));
  if (problems.length > 0 || rows.length === 0) return fail([...problems, ...(rows.length === 0 ? ['no rows'] : [])]);
  const rubrics = compileAsag(rows, meanings);
  const report = scoreAsag(rows, predictAsag(rows, rubrics));
  const speed = measureSpeed(
    [...rubrics].map(([id, compiled]) => ({
      compiled,
      answers: rows.filter((r) => r.question_id === id).map((r) => r.student_answer),
    })),
  );
  if (json) {
    console.log(JSON.stringify({ speed }));
    console.log(JSON.stringify(report));
    return 0;
  }
  console.log(
    `ASAG: ${basename(file)}, ${report.n} answers to ${rubrics.size} questions, rubrics drafted from the reference answers`,
  );
  console.log(
    `  Pearson r ${report.pearson.toFixed(3)}   Spearman ρ ${report.spearman.toFixed(3)}   RMSE ${report.rmse.toFixed(2)} (0-5 scale)   median per-question r ${report.perQuestionMedianR.toFixed(3)}`,
  );
  console.log(`  ${PUBLISHED}`);
  console.log(formatSpeed(speed));
  return 0;
}

async function runLabelledFiles(
  files: string[],
  root: string,
  json: boolean,
  meanings: WordKnowledge,
): Promise<number> {
  const { bank, problems: bankProblems } = await loadBank(root);
  if (bank === null) return fail(bankProblems.map((p) => `${p.file}: ${p.path}: ${p.message}`));
  for (const file of files) {
    const code = runLabelled(file, bank, json, meanings);
    if (code !== 0) return code;
  }
  return 0;
}

/** One file's figures: text, or with --json a speed line then a metrics line (the last line, as before). */
function runLabelled(file: string, bank: Bank, json: boolean, meanings: WordKnowledge): number {
  const { rows, problems } = readLabelled(readFileSync(file, 'utf8'), bank);
  if (problems.length > 0 || rows.length === 0)
    return fail([`${file}:`, ...problems, ...(rows.length === 0 ? ['no labelled answers'] : [])]);
  const report = summarise(gradeLabelled(rows, bank, meanings));
  const termWeights = bankTermWeights(bank, meanings);
  const speed = measureSpeed(
    bank.questions.map((q) => ({
      compiled: compileQuestionRubric(q, termWeights),
      answers: [q.modelAnswer, ...rows.filter((r) => r.questionId === q.id).map((r) => r.answer)],
    })),
  );
  if (json) {
    console.log(JSON.stringify({ speed }));
    console.log(JSON.stringify({ ...report, file: basename(file) }));
    return 0;
  }
  for (const line of formatLabelled(basename(file), report)) console.log(line);
  console.log(formatSpeed(speed));
  return 0;
}

function fail(problems: string[]): number {
  for (const p of problems.slice(0, 50)) console.error(p);
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
  return 1;
}

process.exitCode = await main();
