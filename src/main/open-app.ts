import { loadOpposites } from '../adapters/fs/word-vectors.ts';
import { randomUUID } from 'node:crypto';
import { config as loadDotenv } from 'dotenv';
import type { z } from 'zod';
import { defaultBankRoot, loadBank, loadBankFiles } from '../adapters/fs/load-bank.ts';
import { createPngRenderer } from '../adapters/image/render-png.ts';
import { createConsoleLogger } from '../adapters/discord/logger.ts';
import { baseConfigSchema, loadConfig, withGraderRules } from '../config.ts';
import type { Bank } from '../core/bank/schema.ts';
import { seededRandom } from '../core/random.ts';
import { cachedGrader, rubricCache } from '../interviewer/cached-grader.ts';
import { createInterviewer, type Interviewer } from '../interviewer/interviewer.ts';
import { createLearning, type Learning } from '../interviewer/review/index.ts';
import type { Grader } from '../core/interview/index.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { openJudge } from './open-judge.ts';

export interface App<C> {
  config: C;
  bank: Bank;
  store: Store;
  interviewer: Interviewer;
  /** Reviews, progress picture, study sheet and learning leaderboards. */
  learning: Learning;
  close(): Promise<void>;
}

/** Thrown for a problem the user must fix (configuration, bank); the CLI prints the message, no stack. */
export class UserFacingError extends Error {}

export function readEnv<S extends z.ZodType>(schema: S): z.infer<S> {
  loadDotenv({ quiet: true });
  const config = loadConfig(withGraderRules(schema));
  if (!config.ok) throw new UserFacingError(config.detail ?? 'Invalid configuration');
  return config.value;
}

export async function loadBankOrThrow(root: string | undefined): Promise<Bank> {
  const { bank, problems } = await loadBank(root ?? defaultBankRoot());
  if (bank !== null) return bank;
  const lines = problems.slice(0, 20).map((p) => `- ${p.file}: ${p.path}: ${p.message}`);
  throw new UserFacingError(`The question bank has problems (run: mock-interviewer bank check):\n${lines.join('\n')}`);
}

/** Wrappers the long-running entry points put around the store and the grader (to time them). */
export interface AppInstruments {
  store(store: Store): Store;
  grader(grader: Grader): Grader;
}

/** Config, bank, store and the interview use cases, wired for one process. */
export async function openApp<S extends typeof baseConfigSchema>(
  schema: S,
  seed?: number,
  instruments?: AppInstruments,
): Promise<App<z.infer<S>>> {
  const config = readEnv(schema);
  const bank = await loadBankOrThrow(config.BANK_DIR);
  const opened = await openStore(config.DATABASE_URL, config.DATA_DIR, { poolSize: config.DATABASE_POOL_SIZE });
  const store = instruments ? instruments.store(opened) : opened;
  const opposites = loadOpposites();
  const rubricFor = rubricCache(bank, opposites);
  const grader = cachedGrader(bank, rubricFor);
  const judge = openJudge(config, rubricFor, createConsoleLogger(config.LOG_LEVEL, keysOf(config)));
  const base = {
    bank,
    store,
    clock: () => new Date(),
    random: seed === undefined ? Math.random : seededRandom(seed),
    newId: randomUUID,
  };
  const interviewer = createInterviewer({
    ...base,
    grader: instruments ? instruments.grader(grader) : grader,
    opposites,
    ...(judge ? { judge } : {}),
  });
  const bankRoot = config.BANK_DIR ?? defaultBankRoot();
  const learning = createLearning({
    ...base,
    renderPng: createPngRenderer(),
    readDocuments: async () => (await loadBankFiles(bankRoot)).input.documents,
  });
  return { config, bank, store, interviewer, learning, close: () => opened.close() };
}

/** Secrets a log line must never show. */
export function keysOf(config: { GRADER_LLM_KEY?: string | undefined }): string[] {
  return config.GRADER_LLM_KEY === undefined ? [] : [config.GRADER_LLM_KEY];
}

/** Turns a failed `listen` into a sentence naming the setting to change. */
export function cannotListen(setting: string, port: number): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    throw new UserFacingError(`Cannot listen on port ${port} (${setting}): ${error.code ?? error.message}`);
  };
}

/**
 * A command's options checked with `schema`, or a UserFacingError listing each problem: a `--user` problem in
 * its own words (it says how to call the command), any other as `--option: problem`.
 */
export function commandOptions<S extends z.ZodType>(schema: S, values: unknown): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) =>
    i.path[0] === 'user' ? i.message : `--${i.path.join('.')}: ${i.message}`,
  );
  throw new UserFacingError(lines.join('\n'));
}
