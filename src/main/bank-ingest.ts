import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatBankProblem } from '../core/bank/problems.ts';
import { idSchema, type KeyPoint } from '../core/bank/schema.ts';
import { checkBank } from '../core/bank/validate.ts';
import { bankFilesOf, ingestDocument, type IngestedBank } from '../core/ingest/ingest-document.ts';
import { ingestSummary } from './ingest-summary.ts';
import { UserFacingError } from './open-app.ts';

const USAGE = 'Usage: mock-interviewer bank ingest FILE.md|FILE.txt [--topic NAME] [--out DIR] [--json]';
/** A study document is a few hundred kilobytes at most; a larger file is not one. */
export const MAX_DOCUMENT_BYTES = 1_000_000;

const optionsSchema = z.object({
  file: z.string().min(1, 'give the document to ingest'),
  topic: idSchema.optional(),
  out: z.string().trim().min(1).optional(),
  json: z.boolean(),
});

/** `bank ingest`: drafts a bank from a document; with --out writes it as a bank folder the bank check accepts. */
export async function bankIngestMain(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { topic: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const parsed = optionsSchema.safeParse({ ...values, file: positionals[0] ?? '' });
  if (!parsed.success || positionals.length > 1) {
    const why = parsed.success
      ? 'give one file'
      : parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ');
    throw new UserFacingError(`${why}\n${USAGE}`);
  }
  const { file, topic, out, json } = parsed.data;
  const text = await readDocument(file);
  const drafted = ingestDocument({ text, fileName: basename(file), ...(topic === undefined ? {} : { topic }) });
  const { problems } = checkBank(bankFilesOf(drafted).input);
  if (out !== undefined) await writeBankFolder(out, drafted);
  const summary = ingestSummary(drafted, problems);
  if (!json) {
    process.stdout.write(formatDraft(drafted, problems.map(formatBankProblem)));
    if (out !== undefined)
      process.stdout.write(`Wrote the bank to ${out}: check it with BANK_DIR=${out} mock-interviewer bank check\n`);
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.problems.length === 0 ? 0 : 1;
}

async function readDocument(file: string): Promise<string> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_DOCUMENT_BYTES)
      throw new UserFacingError(`${file} is ${size} bytes; a document may have at most ${MAX_DOCUMENT_BYTES}.`);
    const bytes = await readFile(file);
    if (bytes.includes(0)) throw new UserFacingError(`${file} is not a text file.`);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** question-bank/<topic>.json, rubrics/<topic>.json and the document under question-bank/documents/. */
export async function writeBankFolder(dir: string, drafted: IngestedBank): Promise<void> {
  const { questionFile, rubricFile } = bankFilesOf(drafted);
  await mkdir(join(dir, 'question-bank/documents'), { recursive: true });
  await mkdir(join(dir, 'rubrics'), { recursive: true });
  await writeFile(join(dir, 'question-bank', `${drafted.topic}.json`), `${JSON.stringify(questionFile, null, 2)}\n`);
  await writeFile(join(dir, 'rubrics', `${drafted.topic}.json`), `${JSON.stringify(rubricFile, null, 2)}\n`);
  await writeFile(join(dir, 'question-bank/documents', drafted.document.name), drafted.document.text);
}

/**
 * A point other sections also make weighs less, and words they also say earn nothing alone (docs/banks.md):
 * the reviewer sees both before publishing.
 */
function specificityNote(point: KeyPoint): string {
  const notes = [
    ...((point.weight ?? 1) === 1 ? [] : [`weight ${point.weight}`]),
    ...((point.sharedWords ?? []).length === 0 ? [] : [`shared: ${point.sharedWords!.join(', ')}`]),
  ];
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

function formatDraft(drafted: IngestedBank, problems: string[]): string {
  const lines = drafted.questions.flatMap(({ question, rubric }) => [
    `${question.id}: ${question.prompt}`,
    ...rubric.keyPoints.map((k) => `    - ${k.text}${specificityNote(k)}`),
  ]);
  const notes = [...drafted.problems.map((p) => p.message), ...problems];
  return `${[...lines, ...notes.map((n) => `problem: ${n}`)].join('\n')}\n`;
}
