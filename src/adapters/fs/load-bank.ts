import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bankProblem, sortBankProblems, type BankProblem } from '../../core/bank/problems.ts';
import type { Bank } from '../../core/bank/schema.ts';
import { validateBank, type BankFile, type BankInput } from '../../core/bank/validate.ts';

/** The bank's concept lexicon sits with the rubrics but is not one. */
const CONCEPT_FILE = 'rubrics/concepts.json';

/** The repository root, where question-bank/ and rubrics/ live. */
export function defaultBankRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url));
}

/** Reads question-bank/*.json, question-bank/documents/* and rubrics/*.json; bad JSON is a problem, not a throw. */
export async function loadBankFiles(rootDir: string): Promise<{ input: BankInput; problems: BankProblem[] }> {
  const problems: BankProblem[] = [];
  const questionFiles = await readJsonFiles(rootDir, 'question-bank', problems);
  const rubricDirFiles = await readJsonFiles(rootDir, 'rubrics', problems);
  const rubricFiles = rubricDirFiles.filter((f) => f.file !== CONCEPT_FILE);
  const conceptFile = rubricDirFiles.find((f) => f.file === CONCEPT_FILE);
  const documents: Record<string, string> = {};
  for (const name of await listFiles(rootDir, 'question-bank/documents', () => true)) {
    const text = await readText(rootDir, `question-bank/documents/${name}`, problems);
    if (text !== undefined) documents[name] = text;
  }
  return {
    input: { questionFiles, rubricFiles, documents, ...(conceptFile === undefined ? {} : { conceptFile }) },
    problems,
  };
}

/** Reads and validates the bank under rootDir; the bank is null unless there is no problem at all. */
export async function loadBank(rootDir: string): Promise<{ bank: Bank | null; problems: BankProblem[] }> {
  const { input, problems: readProblems } = await loadBankFiles(rootDir);
  const { bank, problems } = validateBank(input);
  const all = sortBankProblems([...readProblems, ...problems]);
  return { bank: all.length === 0 ? bank : null, problems: all };
}

async function readJsonFiles(rootDir: string, dir: string, problems: BankProblem[]): Promise<BankFile[]> {
  const names = await listFiles(rootDir, dir, (name) => name.endsWith('.json'));
  const files: BankFile[] = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    const text = await readText(rootDir, file, problems);
    files.push({ file, data: text === undefined ? undefined : parseJson(file, text, problems) });
  }
  return files;
}

function parseJson(file: string, text: string, problems: BankProblem[]): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    problems.push(bankProblem(file, '', 'invalid_json', `not valid JSON: ${(error as Error).message}`));
    return undefined;
  }
}

async function readText(rootDir: string, file: string, problems: BankProblem[]): Promise<string | undefined> {
  try {
    return await readFile(join(rootDir, file), 'utf8');
  } catch (error) {
    problems.push(bankProblem(file, '', 'unreadable_file', `cannot be read: ${(error as Error).message}`));
    return undefined;
  }
}

/** Names of the files (or links to files) directly in dir, sorted; a missing folder holds none. */
async function listFiles(rootDir: string, dir: string, keep: (name: string) => boolean): Promise<string[]> {
  try {
    const entries = await readdir(join(rootDir, dir), { withFileTypes: true });
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && keep(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
