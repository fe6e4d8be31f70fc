import { checkBank } from '../../core/bank/validate.ts';
import { formatBankProblem } from '../../core/bank/problems.ts';
import { idSchema } from '../../core/bank/schema.ts';
import { bankBundleSchema, bundleInput, type BankBundle } from '../../core/banks/bundle.ts';
import { BANK_LIMITS } from '../../core/banks/limits.ts';
import { bankFilesOf, ingestDocument } from '../../core/ingest/ingest-document.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { BankTopic } from '../../store/bank-records.ts';
import type { BankActor, BankDeps } from './bank-deps.ts';

export type ImportError =
  | 'unsupported_file'
  | 'file_too_large'
  | 'not_text'
  | 'invalid_bank_file'
  | 'invalid_topic'
  | 'nothing_to_ask'
  | 'too_many_questions'
  | 'too_many_topics'
  | 'topic_taken'
  | 'question_id_taken'
  | 'bank_problems';

export interface ImportInput {
  fileName: string;
  content: Uint8Array;
  /** Topic name for a document (a bank file names its own). */
  topic?: string;
}

/** What a moderator reviews before publishing: the draft's questions, its size and any problem found. */
export interface ImportSummary {
  draftId: string;
  topic: string;
  questions: { id: string; prompt: string; topic: string }[];
  keyPoints: number;
  problems: string[];
  /** The draft as a bank file (JSON), to attach as a preview and to edit and import again. */
  preview: string;
}

const DOCUMENT = /\.(?:md|markdown|txt|text)$/i;

/**
 * `/bank import`: a document (Markdown or plain text) is drafted into a topic; a bank file (JSON, as
 * `/bank export` gives) is taken as it is. Either becomes a pending draft once it passes every limit and
 * the bank check; a refusal stores nothing.
 */
export async function importDocument(
  deps: BankDeps,
  actor: BankActor,
  input: ImportInput,
): Promise<Result<ImportSummary, ImportError>> {
  const isJson = /\.json$/i.test(input.fileName);
  if (!isJson && !DOCUMENT.test(input.fileName)) return err('unsupported_file', input.fileName);
  if (input.content.byteLength > BANK_LIMITS.maxFileBytes)
    return err('file_too_large', `${input.content.byteLength} > ${BANK_LIMITS.maxFileBytes} bytes`);
  const text = decodeText(input.content);
  if (text === null) return err('not_text');
  const topic = input.topic === undefined ? undefined : idSchema.safeParse(input.topic);
  if (topic !== undefined && !topic.success) return err('invalid_topic', input.topic);
  const existing = await deps.store.listBankTopics(actor.guildId);
  const taken = new Set(deps.builtIn.questions.map((q) => q.id));
  const bundle = isJson ? parseBundle(text) : draftBundle(text, input.fileName, topic?.data, taken);
  if (!bundle.ok) return bundle;
  const refused = checkLimits(
    deps,
    bundle.value,
    existing.filter((t) => t.bundle.topic !== bundle.value.topic),
  );
  if (refused !== null) return refused;
  const { problems } = checkBank(bundleInput([bundle.value]));
  if (problems.length > 0) return err('bank_problems', problems.slice(0, 10).map(formatBankProblem).join('\n'));
  const draftId = deps.newId();
  await deps.store.saveBankDraft({
    id: draftId,
    guildId: actor.guildId,
    bundle: bundle.value,
    createdBy: actor.userId,
    createdAt: deps.clock().toISOString(),
  });
  return ok(summaryOf(draftId, bundle.value));
}

function decodeText(content: Uint8Array): string | null {
  if (content.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function parseBundle(text: string): Result<BankBundle, ImportError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return err('invalid_bank_file', `not JSON: ${(error as Error).message}`);
  }
  const parsed = bankBundleSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  return err(
    'invalid_bank_file',
    parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; '),
  );
}

function draftBundle(
  text: string,
  fileName: string,
  topic: string | undefined,
  taken: ReadonlySet<string>,
): Result<BankBundle, ImportError> {
  const drafted = ingestDocument({ text, fileName, takenIds: taken, ...(topic === undefined ? {} : { topic }) });
  if (drafted.questions.length === 0) return err('nothing_to_ask');
  const { questionFile, rubricFile } = bankFilesOf(drafted);
  return ok({ topic: drafted.topic, document: drafted.document, questions: questionFile, rubrics: rubricFile });
}

function checkLimits(deps: BankDeps, bundle: BankBundle, others: BankTopic[]): Result<never, ImportError> | null {
  const count = bundle.questions.questions.length;
  if (count > BANK_LIMITS.maxQuestionsPerImport)
    return err('too_many_questions', `${count} > ${BANK_LIMITS.maxQuestionsPerImport} in one import`);
  const total = count + others.reduce((n, t) => n + t.bundle.questions.questions.length, 0);
  if (total > BANK_LIMITS.maxQuestionsPerServer)
    return err('too_many_questions', `${total} > ${BANK_LIMITS.maxQuestionsPerServer} in the server`);
  if (others.length + 1 > BANK_LIMITS.maxTopicsPerServer)
    return err('too_many_topics', `more than ${BANK_LIMITS.maxTopicsPerServer} topics`);
  if (deps.builtIn.topics.includes(bundle.topic)) return err('topic_taken', bundle.topic);
  const used = new Set([
    ...deps.builtIn.questions.map((q) => q.id),
    ...others.flatMap((t) => t.bundle.questions.questions.map((q) => q.id)),
  ]);
  const clash = bundle.questions.questions.find((q) => used.has(q.id));
  return clash === undefined ? null : err('question_id_taken', clash.id);
}

function summaryOf(draftId: string, bundle: BankBundle): ImportSummary {
  return {
    draftId,
    topic: bundle.topic,
    questions: bundle.questions.questions.map((q) => ({ id: q.id, prompt: q.prompt, topic: q.topic })),
    keyPoints: bundle.rubrics.rubrics.reduce((n, r) => n + r.keyPoints.length, 0),
    problems: [],
    preview: `${JSON.stringify(bundle, null, 2)}\n`,
  };
}

export type DraftError =
  'unknown_draft' | 'too_many_questions' | 'too_many_topics' | 'topic_taken' | 'question_id_taken';

/** Publishes the server's draft: its topic appears (or is replaced) in that server's bank. */
export async function publishDraft(
  deps: BankDeps,
  actor: BankActor,
  draftId: string,
): Promise<Result<BankTopic, DraftError>> {
  const draft = await deps.store.getBankDraft(draftId);
  if (draft === null || draft.guildId !== actor.guildId) return err('unknown_draft');
  // Another import may have been published since this one was checked.
  const others = (await deps.store.listBankTopics(actor.guildId)).filter((t) => t.bundle.topic !== draft.bundle.topic);
  const refused = checkLimits(deps, draft.bundle, others);
  if (refused !== null) return refused as Result<never, DraftError>;
  const topic = await deps.store.publishBankDraft(draftId, actor.userId, deps.clock().toISOString());
  return topic === null ? err('unknown_draft') : ok(topic);
}

/** Drops the server's draft; nothing of it is kept. */
export async function discardDraft(
  deps: BankDeps,
  actor: BankActor,
  draftId: string,
): Promise<Result<null, 'unknown_draft'>> {
  const draft = await deps.store.getBankDraft(draftId);
  if (draft === null || draft.guildId !== actor.guildId) return err('unknown_draft');
  return (await deps.store.deleteBankDraft(draftId)) ? ok(null) : err('unknown_draft');
}
