import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import type { Bank } from '../../src/core/bank/schema.ts';
import { seededRandom } from '../../src/core/random.ts';
import {
  createServerBanks,
  importDocument,
  ownBankFor,
  publishDraft,
  removeTopic,
  type BankDeps,
} from '../../src/interviewer/banks/index.ts';
import { createInterviewer, type Interviewer } from '../../src/interviewer/interviewer.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';

const SQL = readFileSync(new URL('../fixtures/documents/sql-interview-questions.md', import.meta.url));
const GUILD = 'guild-1';
const MOD = { userId: 'mod-1', guildId: GUILD };
const TOPIC = 'sql-drills';
const clock = () => new Date('2026-03-01T12:00:00.000Z');

let builtIn: Bank;
beforeAll(async () => {
  builtIn = (await loadBank(defaultBankRoot())).bank!;
});

/** Two replicas of the bot: each its own store connection and cache, one database between them. */
interface Replicas {
  /** The replica whose cache is under test; `reads` counts how often it read a server's topics. */
  cached: { store: Store; reads: () => number };
  /** Another replica, changing the server's bank. */
  other: Store;
}

function interviewerOn(store: Store): Interviewer {
  let n = 0;
  return createInterviewer({ bank: builtIn, store, clock, random: seededRandom(1), newId: () => `id-${++n}` });
}

function countingTopicReads(store: Store): Replicas['cached'] {
  let reads = 0;
  const list = store.listBankTopics.bind(store);
  store.listBankTopics = (guildId) => ((reads += 1), list(guildId));
  return { store, reads: () => reads };
}

let drafts = 0;
const depsOf = (store: Store): BankDeps => ({ builtIn, store, clock, newId: () => `draft-${++drafts}` });

async function publish(store: Store): Promise<void> {
  const imported = await importDocument(depsOf(store), MOD, { fileName: 'sql.md', content: SQL, topic: TOPIC });
  if (!imported.ok) throw new Error(imported.error);
  if (!(await publishDraft(depsOf(store), MOD, imported.value.draftId)).ok) throw new Error('not published');
}

function describeServerBanks(engine: string, open: () => Promise<Replicas>): void {
  describe(`the per-server cache of compiled banks (${engine})`, () => {
    it('compiles a server’s bank once and hands the same interviewer back while the bank is unchanged', async () => {
      const { cached, other } = await open();
      await publish(other);
      const base = interviewerOn(cached.store);
      const banks = createServerBanks(base, cached.store);
      const first = await banks.interviewerFor(GUILD);
      expect(first.bank.topics).toContain(TOPIC);
      expect(await banks.interviewerFor(GUILD)).toBe(first);
      expect(cached.reads()).toBe(1);
      // No bank of its own: the built-in interviewer; DMs: no read at all.
      expect(await banks.interviewerFor('guild-2')).toBe(base);
      expect(await banks.interviewerFor(null)).toBe(base);
      expect(await banks.interviewerFor('guild-2')).toBe(base);
      expect(cached.reads()).toBe(2);
    });

    it('sees another replica’s publish, removal and accepted alias on its next call', async () => {
      const { cached, other } = await open();
      const banks = createServerBanks(interviewerOn(cached.store), cached.store);
      expect((await banks.interviewerFor(GUILD)).bank.topics).not.toContain(TOPIC);

      await publish(other);
      const published = await banks.interviewerFor(GUILD);
      expect(published.bank.topics).toContain(TOPIC);

      const [question] = builtIn.questions;
      const keyPoint = question!.rubric.keyPoints[0]!;
      await other.fileAppeal({
        id: 'appeal-1',
        guildId: GUILD,
        userId: 'user-1',
        attemptId: 'attempt-1',
        questionId: question!.id,
        keyPointId: keyPoint.id,
        words: 'words the grader missed',
        status: 'pending',
        filedAt: clock().toISOString(),
        decidedBy: null,
        decidedAt: null,
        regradedScore: null,
      });
      await other.decideAppeal('appeal-1', {
        status: 'accepted',
        decidedBy: 'mod-1',
        decidedAt: clock().toISOString(),
        alias: {
          id: 'appeal-1',
          guildId: GUILD,
          questionId: question!.id,
          keyPointId: keyPoint.id,
          alias: 'words the grader missed',
          acceptedBy: 'mod-1',
          acceptedAt: clock().toISOString(),
        },
        regrade: { score: 100, keyPoints: [] },
      });
      const aliased = await banks.interviewerFor(GUILD);
      expect(aliased).not.toBe(published);
      const point = aliased.bank.byId.get(question!.id)!.rubric.keyPoints[0]!;
      expect(point.aliases).toContain('words the grader missed');
      // Copy-on-write: the built-in bank every other server plays is unchanged.
      expect(builtIn.byId.get(question!.id)!.rubric.keyPoints[0]!.aliases).not.toContain('words the grader missed');

      expect((await removeTopic(depsOf(other), GUILD, TOPIC)).ok).toBe(true);
      const removed = await banks.interviewerFor(GUILD);
      expect(removed.bank.topics).not.toContain(TOPIC);
      expect(removed.bank.byId.get(question!.id)!.rubric.keyPoints[0]!.aliases).toContain('words the grader missed');
    });

    it('answers the second interaction in a server with its own bank faster than compiling it again', async () => {
      const { cached, other } = await open();
      await publish(other);
      const base = interviewerOn(cached.store);
      const banks = createServerBanks(base, cached.store);
      const answer = 'A foreign key references the primary key of another table to keep the rows consistent.';
      const questionId = `${TOPIC}-foreign-key`;
      // Each interaction: the server's interviewer, then one answer graded with it.
      const uncached = async () => {
        const interviewer = base.withBank((await ownBankFor({ builtIn, store: cached.store }, GUILD))!);
        return interviewer.grader(interviewer.bank.byId.get(questionId)!, answer).score;
      };
      const viaCache = async () => {
        const interviewer = await banks.interviewerFor(GUILD);
        return interviewer.grader(interviewer.bank.byId.get(questionId)!, answer).score;
      };
      expect(await viaCache()).toBe(await uncached());
      const before = await medianMs(uncached);
      const after = await medianMs(viaCache);
      console.log(
        `${engine}: second interaction in a server with its own bank, median of 15: ${before.toFixed(1)} ms compiled each time, ${after.toFixed(2)} ms cached`,
      );
    });
  });
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[7]!;
}

const dir = mkdtempSync(join(tmpdir(), 'server-banks-'));
let files = 0;
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describeServerBanks('SQLite file', async () => {
  const url = `sqlite:${join(dir, `db-${++files}.db`)}`;
  const [a, b] = [await openStore(url, dir), await openStore(url, dir)];
  opened.push(a, b);
  return { cached: countingTopicReads(a), other: b };
});

describePostgres('PostgreSQL', () => {
  const schema = useTestSchema();
  describeServerBanks('PostgreSQL', async () => {
    const a = await openStore(schema.url, '.');
    await schema.emptyTables();
    const b = await openStore(schema.url, '.');
    opened.push(a, b);
    return { cached: countingTopicReads(a), other: b };
  });
});
