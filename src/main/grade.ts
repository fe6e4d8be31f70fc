import { loadOpposites } from '../adapters/fs/word-vectors.ts';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createLineReader } from '../adapters/terminal/line-reader.ts';
import { rubricSchema, type Rubric } from '../core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../core/grading/bank-grading.ts';
import { compileRubric, gradeAnswer, type CompiledRubric } from '../core/grading/grade.ts';
import { gradeText, toGradeJson } from '../adapters/terminal/grade-output.ts';
import { baseConfigSchema, graderConfigSchema, speechConfigSchema } from '../config.ts';
import { openSpeech } from '../adapters/fs/open-speech.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import type { Grade } from '../core/grading/types.ts';
import { keysOf, loadBankOrThrow, readEnv, UserFacingError } from './open-app.ts';
import { openJudge } from './open-judge.ts';
import { z } from 'zod';

const batchLineSchema = z.object({ answer: z.string() });

/** `mock-interviewer grade (--question ID | --rubric FILE) [--answer TEXT | --answer-file FILE | --audio FILE] [--json] [--batch]` */
export async function gradeMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      question: { type: 'string' },
      rubric: { type: 'string' },
      answer: { type: 'string' },
      'answer-file': { type: 'string' },
      json: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      audio: { type: 'string' },
    },
  });
  if (
    values.audio !== undefined &&
    (values.answer !== undefined || values['answer-file'] !== undefined || values.batch)
  ) {
    throw new UserFacingError('Give --audio on its own: not with --answer, --answer-file or --batch.');
  }
  const { rubric, compiled } = await chooseRubric(values.question, values.rubric);
  const grade = graderFor(rubric, compiled, values.question);
  if (values.batch) return gradeBatch(grade);
  const transcript =
    values.audio === undefined
      ? undefined
      : await transcribe(values.audio, values.rubric === undefined ? undefined : rubric);
  const answer =
    transcript ??
    values.answer ??
    (values['answer-file'] !== undefined ? await readText(values['answer-file']) : await readStdin());
  const graded = await grade(answer);
  const textOf = (id: string) => rubric.keyPoints.find((k) => k.id === id)?.text ?? id;
  const heard = transcript === undefined ? '' : `Transcript: ${transcript}\n`;
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ ...toGradeJson(graded), ...(transcript === undefined ? {} : { transcript }) })}\n`
      : heard + gradeText(graded, textOf),
  );
  return 0;
}

/** The offline grader, or with GRADER=llm the judge (the offline grader answering when it cannot). */
function graderFor(
  rubric: Rubric,
  compiled: CompiledRubric,
  questionId: string | undefined,
): (answer: string) => Promise<Grade> {
  const config = readEnv(graderConfigSchema);
  const question = { id: questionId ?? rubric.questionId ?? rubric.id ?? 'rubric', prompt: rubric.question ?? '' };
  const judge = openJudge(config, () => compiled, createConsoleLogger(config.LOG_LEVEL, keysOf(config)));
  return judge === undefined ? async (answer) => gradeAnswer(compiled, answer) : (answer) => judge(question, answer);
}

/** The voice answer's transcript; a rubric from a file lends its wording to the recogniser. */
async function transcribe(file: string, rubric: Rubric | undefined): Promise<string> {
  const speech = await openSpeech(readEnv(speechConfigSchema), (line) => void process.stderr.write(`${line}\n`));
  const context =
    rubric && [rubric.question ?? '', ...rubric.keyPoints.flatMap((k) => [k.text, ...k.aliases])].join('\n');
  const result = await speech.stt.transcribe(file, context === undefined ? {} : { context });
  if (result.ok) return result.value.text;
  const why = result.error === 'not_enabled' ? 'voice answers are not enabled' : result.error.replace('_', ' ');
  throw new UserFacingError(`Cannot transcribe ${file}: ${why} (${result.detail ?? result.error})`);
}

/**
 * A bank question is graded as the product grades it (its own words discounted, the bank's word rarity);
 * a rubric file stands alone, so it is compiled on its own.
 */
async function chooseRubric(
  questionId: string | undefined,
  file: string | undefined,
): Promise<{ rubric: Rubric; compiled: CompiledRubric }> {
  if ((questionId === undefined) === (file === undefined))
    throw new UserFacingError('Give exactly one of --question ID or --rubric FILE.');
  if (file !== undefined) {
    const rubric = await parseRubricFile(file);
    return { rubric, compiled: compileRubric(rubric, { opposites: loadOpposites() }) };
  }
  const bank = await loadBankOrThrow(readEnv(baseConfigSchema).BANK_DIR);
  const question = bank.byId.get(questionId!);
  if (question === undefined)
    throw new UserFacingError(`No question "${questionId}" in the bank. Run: mock-interviewer bank check --json`);
  return {
    rubric: question.rubric,
    compiled: compileQuestionRubric(question, bankTermWeights(bank, { opposites: loadOpposites() })),
  };
}

async function parseRubricFile(file: string): Promise<Rubric> {
  let data: unknown;
  try {
    data = JSON.parse(await readText(file));
  } catch (error) {
    throw new UserFacingError(`${file}: not a JSON rubric (${(error as Error).message})`);
  }
  const parsed = rubricSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(
    `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
  );
}

/** JSON lines in, one result per line out; a bad line gets an error object and the batch goes on. */
async function gradeBatch(grade: (answer: string) => Promise<Grade>): Promise<number> {
  const reader = createLineReader(process.stdin);
  let failures = 0;
  for (let line = await reader.line(); line !== null; line = await reader.line()) {
    if (line.trim() === '') continue;
    const parsed = batchLineSchema.safeParse(safeJson(line));
    if (!parsed.success) failures += 1;
    const out = parsed.success
      ? toGradeJson(await grade(parsed.data.answer))
      : { error: 'each line must be {"answer": "..."}' };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failures === 0 ? 0 : 1;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UserFacingError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
