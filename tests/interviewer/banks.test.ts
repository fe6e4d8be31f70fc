import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank, loadBankFiles } from '../../src/adapters/fs/load-bank.ts';
import type { Bank } from '../../src/core/bank/schema.ts';
import { checkBank } from '../../src/core/bank/validate.ts';
import { bankBundleSchema, bundleInput } from '../../src/core/banks/bundle.ts';
import { BANK_LIMITS } from '../../src/core/banks/limits.ts';
import { applyAliasesToInput } from '../../src/core/banks/overlay.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';
import type { Attempt } from '../../src/core/interview/types.ts';
import {
  acceptAppeal,
  discardDraft,
  exportBank,
  fileAppeal,
  importDocument,
  listAcceptedAliases,
  listPendingAppeals,
  mayChangeBank,
  mayReviewAppeals,
  publishDraft,
  questionBankFor,
  rejectAppeal,
  removeTopic,
  setReviewerRole,
  topicsFor,
  type BankDeps,
} from '../../src/interviewer/banks/index.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';

const SQL = readFileSync(new URL('../fixtures/documents/sql-interview-questions.md', import.meta.url));
const MOD = { userId: 'mod-1', guildId: 'guild-1' };
const OTHER_SERVER = { userId: 'mod-2', guildId: 'guild-2' };
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

let builtIn: Bank;
let store: Store;
let deps: BankDeps;
let drafts: number;

beforeAll(async () => {
  builtIn = (await loadBank(defaultBankRoot())).bank!;
});

beforeEach(async () => {
  store = await openStore(':memory:', '.');
  drafts = 0;
  const save = store.saveBankDraft.bind(store);
  store.saveBankDraft = (draft) => ((drafts += 1), save(draft));
  let n = 0;
  deps = { builtIn, store, clock: () => new Date('2026-03-01T12:00:00.000Z'), newId: () => `id-${++n}` };
});

async function publishSql(): Promise<void> {
  const imported = await importDocument(deps, MOD, {
    fileName: 'sql-interview-questions.md',
    content: SQL,
    topic: 'sql',
  });
  if (!imported.ok) throw new Error(imported.error);
  expect((await publishDraft(deps, MOD, imported.value.draftId)).ok).toBe(true);
}

describe('importDocument, publishDraft and the server bank', () => {
  it('drafts a document into a pending topic that only its server sees once published', async () => {
    const imported = await importDocument(deps, MOD, {
      fileName: 'sql-interview-questions.md',
      content: SQL,
      topic: 'sql',
    });
    expect(imported.ok && imported.value).toMatchObject({
      topic: 'sql',
      problems: [],
      questions: expect.arrayContaining([{ id: 'sql-foreign-key', prompt: 'What is a foreign key?', topic: 'sql' }]),
    });
    expect(bankBundleSchema.safeParse(JSON.parse(imported.ok ? imported.value.preview : '')).success).toBe(true);
    expect((await topicsFor(deps, 'guild-1')).some((t) => t.topic === 'sql')).toBe(false);
    expect((await publishDraft(deps, OTHER_SERVER, imported.ok ? imported.value.draftId : '')).ok).toBe(false);

    expect((await publishDraft(deps, MOD, imported.ok ? imported.value.draftId : '')).ok).toBe(true);
    expect(await topicsFor(deps, 'guild-1')).toEqual([
      ...builtIn.topics.map((topic) => ({ topic, origin: 'built-in' })),
      { topic: 'sql', origin: 'server' },
    ]);
    expect((await topicsFor(deps, 'guild-2')).map((t) => t.topic)).toEqual(builtIn.topics);
    expect((await questionBankFor(deps, 'guild-1')).byId.get('sql-foreign-key')?.prompt).toBe('What is a foreign key?');
    expect((await questionBankFor(deps, 'guild-2')).byId.has('sql-foreign-key')).toBe(false);
    expect((await questionBankFor(deps, null)).questions).toHaveLength(builtIn.questions.length);
  });

  it.each([
    ['an oversize file', 'notes.md', new Uint8Array(BANK_LIMITS.maxFileBytes + 1).fill(0x61), 'file_too_large'],
    ['a binary file', 'notes.md', new Uint8Array([0x23, 0x20, 0x00, 0xff]), 'not_text'],
    ['a file that is not UTF-8', 'notes.txt', new Uint8Array([0x23, 0x20, 0xc3, 0x28]), 'not_text'],
    ['a PDF', 'notes.pdf', bytes('%PDF-1.7'), 'unsupported_file'],
    ['a bank file that is not one', 'bank.json', bytes('{"topic": "x"}'), 'invalid_bank_file'],
    ['a document with nothing to ask', 'empty.txt', bytes('hello'), 'nothing_to_ask'],
  ])('refuses %s and stores nothing', async (_what, fileName, content, code) => {
    expect(await importDocument(deps, MOD, { fileName, content })).toMatchObject({ ok: false, error: code });
    expect(drafts).toBe(0);
    expect(await store.listBankTopics('guild-1')).toEqual([]);
  });

  it('refuses a built-in topic name, an id the bank already has, and too many questions', async () => {
    expect(
      await importDocument(deps, MOD, { fileName: 'x.md', content: SQL, topic: builtIn.topics[0]! }),
    ).toMatchObject({ ok: false, error: 'topic_taken' });
    const imported = await importDocument(deps, MOD, { fileName: 'x.md', content: SQL, topic: 'sql' });
    const bundle = bankBundleSchema.parse(JSON.parse(imported.ok ? imported.value.preview : ''));
    const clash = {
      ...bundle,
      topic: 'sql-two',
      questions: {
        ...bundle.questions,
        questions: [{ ...bundle.questions.questions[0]!, id: builtIn.questions[0]!.id }],
      },
      rubrics: { rubrics: [{ ...bundle.rubrics.rubrics[0]!, questionId: builtIn.questions[0]!.id }] },
    };
    expect(
      await importDocument(deps, MOD, { fileName: 'clash.json', content: bytes(JSON.stringify(clash)) }),
    ).toMatchObject({ ok: false, error: 'question_id_taken' });
    const many = Array.from({ length: BANK_LIMITS.maxQuestionsPerImport + 1 }, (_, i) => i);
    const big = {
      ...bundle,
      topic: 'big',
      questions: {
        ...bundle.questions,
        questions: many.map((i) => ({ ...bundle.questions.questions[0]!, id: `big-${i}` })),
      },
      rubrics: { rubrics: many.map((i) => ({ ...bundle.rubrics.rubrics[0]!, questionId: `big-${i}` })) },
    };
    expect(
      await importDocument(deps, MOD, { fileName: 'big.json', content: bytes(JSON.stringify(big)) }),
    ).toMatchObject({ ok: false, error: 'too_many_questions' });
    expect(drafts).toBe(1);
  });

  it('discards a draft, and exports, removes and imports a topic again from its export', async () => {
    const imported = await importDocument(deps, MOD, { fileName: 'x.md', content: SQL, topic: 'sql' });
    expect(await discardDraft(deps, MOD, imported.ok ? imported.value.draftId : '')).toEqual({ ok: true, value: null });
    expect(await publishDraft(deps, MOD, imported.ok ? imported.value.draftId : '')).toMatchObject({
      ok: false,
      error: 'unknown_draft',
    });
    await publishSql();
    const [file] = await exportBank(deps, 'guild-1');
    expect(file!.name).toBe('sql.bank.json');
    expect(await removeTopic(deps, 'guild-1', builtIn.topics[0]!)).toMatchObject({
      ok: false,
      error: 'built_in_topic',
    });
    expect(await removeTopic(deps, 'guild-1', 'sql')).toEqual({ ok: true, value: null });
    expect((await topicsFor(deps, 'guild-1')).map((t) => t.topic)).toEqual(builtIn.topics);
    const again = await importDocument(deps, MOD, { fileName: file!.name, content: bytes(file!.content) });
    expect(again.ok && again.value.questions.length).toBeGreaterThan(10);
  });
});

describe('appeals', () => {
  const QUESTION = 'what-is-structured-data';
  const ANSWER = 'Structured data is laid out uniformly, each record shaped identically. You read it with SQL queries.';

  async function gradedAttempt(bank: Bank, userId = 'user-1'): Promise<Attempt> {
    const question = bank.byId.get(QUESTION)!;
    const grade = gradeAnswer(compileQuestionRubric(question, bankTermWeights(bank)), ANSWER);
    const attempt: Attempt = {
      id: `attempt-${userId}`,
      userId,
      sessionId: null,
      questionId: QUESTION,
      topic: question.topic,
      guildId: 'guild-1',
      answer: ANSWER,
      score: grade.score,
      keyPoints: grade.keyPoints,
      hintsUsed: 0,
      source: 'discord',
      createdAt: '2026-03-01T11:00:00.000Z',
    };
    await store.addAttempt(attempt);
    return attempt;
  }

  it('accepts words of the answer as an alias of a built-in key point in that server only, and re-grades the attempt', async () => {
    const attempt = await gradedAttempt(builtIn);
    expect(attempt.keyPoints.find((k) => k.id === 'consistent-schema')?.status).not.toBe('hit');
    const actor = { userId: 'user-1', guildId: 'guild-1' };
    const input = { attemptId: attempt.id, keyPointId: 'consistent-schema', words: 'each record shaped identically' };
    expect(await fileAppeal(deps, actor, { ...input, words: 'every row has a schema' })).toMatchObject({
      ok: false,
      error: 'words_not_in_answer',
    });
    expect(await fileAppeal(deps, { ...actor, userId: 'user-2' }, input)).toMatchObject({
      ok: false,
      error: 'not_your_attempt',
    });
    expect(await fileAppeal(deps, actor, { ...input, keyPointId: 'sql-access' })).toMatchObject({
      ok: false,
      error: 'point_already_made',
    });
    const filed = await fileAppeal(deps, actor, input);
    expect(filed.ok).toBe(true);
    expect(await fileAppeal(deps, actor, input)).toMatchObject({ ok: false, error: 'already_appealed' });
    expect(await listPendingAppeals(deps, 'guild-1')).toMatchObject([
      { keyPointText: 'tables with a consistent schema', answer: ANSWER, appeal: { words: input.words } },
    ]);

    expect(await acceptAppeal(deps, OTHER_SERVER, filed.ok ? filed.value.id : '')).toMatchObject({
      ok: false,
      error: 'unknown_appeal',
    });
    const accepted = await acceptAppeal(deps, MOD, filed.ok ? filed.value.id : '');
    expect(accepted.ok && accepted.value.score).toBeGreaterThan(attempt.score);
    expect(accepted.ok && accepted.value.previousScore).toBe(attempt.score);
    const stored = await store.getAttempt(attempt.id);
    expect(stored?.score).toBe(accepted.ok ? accepted.value.score : -1);
    expect(stored?.keyPoints.find((k) => k.id === 'consistent-schema')?.status).toBe('hit');
    expect(await listAcceptedAliases(deps, 'guild-1')).toMatchObject([
      { alias: input.words, acceptedBy: 'mod-1', keyPointId: 'consistent-schema' },
    ]);
    expect(await listPendingAppeals(deps, 'guild-1')).toEqual([]);
    expect(await acceptAppeal(deps, MOD, filed.ok ? filed.value.id : '')).toMatchObject({
      ok: false,
      error: 'already_decided',
    });

    const aliasesIn = (bank: Bank) =>
      bank.byId.get(QUESTION)!.rubric.keyPoints.find((k) => k.id === 'consistent-schema')!.aliases;
    expect(aliasesIn(await questionBankFor(deps, 'guild-1'))).toContain(input.words);
    expect(aliasesIn(await questionBankFor(deps, 'guild-2'))).not.toContain(input.words);
    expect(aliasesIn(builtIn)).not.toContain(input.words);
    const again = await gradedAttempt(await questionBankFor(deps, 'guild-1'), 'user-3');
    expect(again.keyPoints.find((k) => k.id === 'consistent-schema')?.status).toBe('hit');
  });

  it('keeps the bank check passing after accepted aliases, on built-in rubrics and in an exported topic', async () => {
    await publishSql();
    const sqlBank = await questionBankFor(deps, 'guild-1');
    const answer = 'A foreign key points at the primary key of another table, so a value must exist there first.';
    const sqlAttempt: Attempt = {
      id: 'attempt-sql',
      userId: 'user-1',
      sessionId: null,
      questionId: 'sql-foreign-key',
      topic: 'sql',
      guildId: 'guild-1',
      answer,
      score: 20,
      keyPoints: sqlBank.byId.get('sql-foreign-key')!.rubric.keyPoints.map((k) => ({
        id: k.id,
        status: 'miss' as const,
        confidence: 0,
        evidence: null,
        missing: [],
        negated: false,
      })),
      hintsUsed: 0,
      source: 'discord',
      createdAt: '2026-03-01T11:00:00.000Z',
    };
    await store.addAttempt(sqlAttempt);
    const builtInAttempt = await gradedAttempt(builtIn);
    const keyPoint = sqlAttempt.keyPoints[0]!.id;
    for (const [attemptId, keyPointId, words] of [
      ['attempt-sql', keyPoint, 'points at the primary key of another table'],
      [builtInAttempt.id, 'consistent-schema', 'each record shaped identically'],
    ] as const) {
      const filed = await fileAppeal(deps, { userId: 'user-1', guildId: 'guild-1' }, { attemptId, keyPointId, words });
      expect((await acceptAppeal(deps, MOD, filed.ok ? filed.value.id : '')).ok).toBe(true);
    }
    const aliases = await listAcceptedAliases(deps, 'guild-1');
    const exported = await exportBank(deps, 'guild-1');
    expect(exported.map((f) => f.name)).toEqual(['sql.bank.json', 'accepted-aliases.json']);
    const bundle = bankBundleSchema.parse(JSON.parse(exported[0]!.content));
    expect(bundle.rubrics.rubrics.find((r) => r.questionId === 'sql-foreign-key')!.keyPoints[0]!.aliases).toContain(
      'points at the primary key of another table',
    );
    expect(checkBank(bundleInput([bundle])).problems).toEqual([]);
    const files = await loadBankFiles(defaultBankRoot());
    expect(checkBank(applyAliasesToInput(files.input, aliases)).problems).toEqual([]);
  });

  it('rejects an appeal once, keeping the attempt and the bank as they were', async () => {
    const attempt = await gradedAttempt(builtIn);
    const filed = await fileAppeal(
      deps,
      { userId: 'user-1', guildId: 'guild-1' },
      { attemptId: attempt.id, keyPointId: 'consistent-schema', words: 'record shaped identically' },
    );
    expect(await rejectAppeal(deps, MOD, filed.ok ? filed.value.id : '')).toMatchObject({
      ok: true,
      value: { status: 'rejected', decidedBy: 'mod-1' },
    });
    expect(await rejectAppeal(deps, MOD, filed.ok ? filed.value.id : '')).toMatchObject({
      ok: false,
      error: 'already_decided',
    });
    expect(await store.getAttempt(attempt.id)).toEqual(attempt);
    expect(await listAcceptedAliases(deps, 'guild-1')).toEqual([]);
  });
});

describe('who may change the bank and who may review appeals', () => {
  it('lets Manage Server change the bank and review; the reviewer role only review, in its own server', async () => {
    const member = { canManageServer: false, roles: ['role-reviewers'] };
    expect(mayChangeBank({ canManageServer: true })).toBe(true);
    expect(mayChangeBank(member)).toBe(false);
    expect(await mayReviewAppeals(deps, MOD.guildId, { canManageServer: true, roles: [] })).toBe(true);
    expect(await mayReviewAppeals(deps, MOD.guildId, member)).toBe(false);
    await setReviewerRole(deps, MOD, 'role-reviewers');
    expect(await mayReviewAppeals(deps, MOD.guildId, member)).toBe(true);
    expect(await mayReviewAppeals(deps, OTHER_SERVER.guildId, member)).toBe(false);
    expect(mayChangeBank(member)).toBe(false);
    await setReviewerRole(deps, MOD, null);
    expect(await mayReviewAppeals(deps, MOD.guildId, member)).toBe(false);
  });
});
