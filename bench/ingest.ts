// `npm run bench:ingest [-- --json]`: the drafted bank of each document against the bars: key points
// covering the hand-written rubrics (seed document), own model answer ≥ 90, another section's answer ≤ 10.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { ingestDocument } from '../src/core/ingest/ingest-document.ts';
import { draftedBankOf, measureIngest, type IngestQuality } from './ingest-quality.ts';

const root = defaultBankRoot();
const SEED = join(root, 'question-bank/documents/ml-workflow-interview-prep.md');
const DOCUMENTS = [
  SEED,
  join(root, '../shared/documents/000_e2d8c4d27df2c970.txt'),
  join(root, 'tests/fixtures/documents/sql-interview-questions.md'),
  join(root, 'tests/fixtures/documents/statistics-cheat-sheet.txt'),
];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const { bank: hand, problems } = await loadBank(root);
  if (hand === null) throw new Error(`the hand-written bank has problems: ${problems.length}`);
  // The same grading measures on the hand-written bank, for scale: the grader gives partial credit for
  // shared words, and sections of one document share many.
  const reference = measureIngest(hand, hand);
  if (values.json)
    console.log(
      JSON.stringify({
        document: 'hand-written bank (reference)',
        ownAnswer: reference.ownAnswer,
        nextOtherSection: reference.nextOtherSection,
        allOtherSections: reference.allOtherSections,
      }),
    );
  else console.log(formatQuality('hand-written bank (reference, same measures)', reference, false, false));
  for (const file of DOCUMENTS) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      console.log(`${basename(file)}: not found, skipped`);
      continue;
    }
    const isSeed = text === readFileSync(SEED, 'utf8');
    const quality = measureIngest(
      isSeed ? hand : { questions: [], byId: new Map(), topics: [] },
      draftedBankOf(ingestDocument({ text, fileName: basename(file) })),
    );
    if (values.json) console.log(JSON.stringify({ document: basename(file), ...quality }));
    else console.log(formatQuality(basename(file), quality, isSeed));
  }
  return 0;
}

function formatQuality(name: string, q: IngestQuality, isSeed: boolean, showCredit = true): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  const lines = [`${name}: ${q.draftedQuestions} questions, ${q.draftedKeyPoints} key points drafted`];
  if (isSeed) {
    lines.push(
      `  coverage of hand-written key points: ${q.coveredKeyPoints}/${q.handKeyPoints} = ${pct(q.coverage)} (bar ≥ 80 %), over ${q.matchedQuestions}/${q.handQuestions} matched hand-written questions`,
      `  hand-written model answers (another writer's right answer) on the drafted questions of their section: mean ${q.handAnswer.mean}, ${q.handAnswer.below50}/${q.handAnswer.answers} below 50`,
    );
  }
  lines.push(
    `  own model answer: min ${q.ownAnswer.min}, mean ${q.ownAnswer.mean} (bar ≥ 90)${q.ownAnswer.below90.length > 0 ? `; below: ${q.ownAnswer.below90.join(', ')}` : ''}`,
  );
  lines.push(
    `  next other section's answer: max ${q.nextOtherSection.max}, mean ${q.nextOtherSection.mean} (bar ≤ 10)${q.nextOtherSection.above10.length > 0 ? `; above: ${q.nextOtherSection.above10.length} questions, e.g. ${q.nextOtherSection.above10.slice(0, 4).join(', ')}` : ''}`,
  );
  // Which points earn another section's answer its score, so a drafting rule can be aimed at them.
  for (const c of showCredit ? q.nextOtherSection.credit : []) {
    const points = c.points.map((p) => `"${p.text}" ${p.status} ${p.share} (on "${p.evidence ?? ''}")`).join('; ');
    lines.push(`    ${c.id} ${c.score} ← ${c.from}: ${points}`);
  }
  const all = q.allOtherSections;
  lines.push(
    `  every other section's answer: ${all.pairs} pairs, mean ${all.mean}, p95 ${all.p95}, max ${all.max}, ${pct(all.shareAtMost10)} at most 10`,
  );
  return lines.join('\n');
}

process.exitCode = await main();
