import { describe, expect, it } from 'vitest';
import type { BankBundle } from '../../src/core/banks/bundle.ts';
import type { KeyPointResult } from '../../src/core/grading/types.ts';
import type { Appeal, AppealDecision, BankAlias, BankDraft } from '../../src/store/bank-records.ts';
import { makeAttempt, useStore, type MakeStore } from './fixtures.ts';

const bundle = (topic: string, questionIds: string[] = [`${topic}-q`]): BankBundle => ({
  topic,
  document: { name: `${topic}.md`, text: `# ${topic}\n\n## Part\n\nText.` },
  questions: {
    document: `${topic}.md`,
    questions: questionIds.map((id) => ({
      id,
      topic,
      difficulty: 1,
      kind: 'recall',
      prompt: `What is ${id}?`,
      modelAnswer: 'An answer of some length.',
      hints: [],
    })),
  },
  rubrics: {
    rubrics: questionIds.map((id) => ({
      questionId: id,
      keyPoints: [{ id: 'point', text: 'a point', aliases: ['the point'], weight: 1, source: 'Part' }],
    })),
  },
});

const draft = (overrides: Partial<BankDraft> = {}): BankDraft => ({
  id: 'draft-1',
  guildId: 'guild-1',
  bundle: bundle('sql'),
  createdBy: 'mod-1',
  createdAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

const appeal = (overrides: Partial<Appeal> = {}): Appeal => ({
  id: 'appeal-1',
  guildId: 'guild-1',
  userId: 'user-1',
  attemptId: 'attempt-1',
  questionId: 'sql-q',
  keyPointId: 'point',
  words: 'I said the point',
  status: 'pending',
  filedAt: '2026-03-01T11:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  regradedScore: null,
  ...overrides,
});

const ALIAS: BankAlias = {
  id: 'appeal-1',
  guildId: 'guild-1',
  questionId: 'sql-q',
  keyPointId: 'point',
  alias: 'the point',
  acceptedBy: 'mod-1',
  acceptedAt: '2026-03-01T12:00:00.000Z',
};
const REGRADED: KeyPointResult[] = [
  { id: 'point', status: 'hit', confidence: 1, evidence: 'the point', missing: [], negated: false },
];

const accept = (alias: Partial<BankAlias> = {}): AppealDecision => ({
  status: 'accepted',
  decidedBy: 'mod-1',
  decidedAt: '2026-03-01T12:00:00.000Z',
  alias: { ...ALIAS, ...alias },
  regrade: { score: 100, keyPoints: REGRADED },
});

export function describeBankContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('bank drafts and topics', () => {
    it('keeps a draft as saved until it is deleted', async () => {
      await store().saveBankDraft(draft());
      expect(await store().getBankDraft('draft-1')).toEqual(draft());
      expect(await store().deleteBankDraft('draft-1')).toBe(true);
      expect(await store().deleteBankDraft('draft-1')).toBe(false);
      expect(await store().getBankDraft('draft-1')).toBeNull();
    });

    it('publishes a draft once: it becomes the topic, replaces an older one of that name, and the draft is gone', async () => {
      await store().saveBankDraft(draft({ bundle: bundle('sql', ['sql-old']) }));
      await store().publishBankDraft('draft-1', 'mod-1', '2026-03-01T10:05:00.000Z');
      await store().saveBankDraft(draft({ id: 'draft-2', bundle: bundle('sql', ['sql-new']) }));
      const published = await store().publishBankDraft('draft-2', 'mod-2', '2026-03-02T10:00:00.000Z');
      expect(published).toEqual({
        guildId: 'guild-1',
        bundle: bundle('sql', ['sql-new']),
        publishedBy: 'mod-2',
        publishedAt: '2026-03-02T10:00:00.000Z',
      });
      expect(await store().publishBankDraft('draft-2', 'mod-2', '2026-03-02T10:00:01.000Z')).toBeNull();
      expect(await store().getBankDraft('draft-2')).toBeNull();
      expect(await store().listBankTopics('guild-1')).toEqual([published]);
    });

    it('keeps each server’s topics apart, the terminal’s (null) included, sorted by name', async () => {
      await store().saveBankDraft(draft({ id: 'a', bundle: bundle('stats') }));
      await store().saveBankDraft(draft({ id: 'b', bundle: bundle('sql') }));
      await store().saveBankDraft(draft({ id: 'c', guildId: 'guild-2', bundle: bundle('graphs') }));
      await store().saveBankDraft(draft({ id: 'd', guildId: null, bundle: bundle('local') }));
      for (const id of ['a', 'b', 'c', 'd']) await store().publishBankDraft(id, 'mod', '2026-03-01T10:00:00.000Z');
      expect((await store().listBankTopics('guild-1')).map((t) => t.bundle.topic)).toEqual(['sql', 'stats']);
      expect((await store().listBankTopics('guild-2')).map((t) => t.bundle.topic)).toEqual(['graphs']);
      expect((await store().listBankTopics(null)).map((t) => [t.guildId, t.bundle.topic])).toEqual([[null, 'local']]);
    });

    it('removes a topic with the aliases accepted for its questions, and nothing else', async () => {
      await store().saveBankDraft(draft());
      await store().publishBankDraft('draft-1', 'mod', '2026-03-01T10:00:00.000Z');
      await store().addAttempt(makeAttempt());
      await store().fileAppeal(appeal());
      await store().fileAppeal(appeal({ id: 'appeal-2', questionId: 'built-in', attemptId: 'attempt-2' }));
      await store().decideAppeal('appeal-1', accept());
      await store().decideAppeal('appeal-2', accept({ id: 'appeal-2', questionId: 'built-in' }));
      expect(await store().deleteBankTopic('guild-1', 'sql')).toBe(true);
      expect(await store().deleteBankTopic('guild-1', 'sql')).toBe(false);
      expect(await store().listBankTopics('guild-1')).toEqual([]);
      expect((await store().listBankAliases('guild-1')).map((a) => a.questionId)).toEqual(['built-in']);
    });

    it('moves a server’s bank version on every publish, removal and accepted alias, and on nothing else', async () => {
      expect(await store().bankVersion('guild-1')).toBe(0);
      await store().saveBankDraft(draft());
      expect(await store().bankVersion('guild-1')).toBe(0);
      await store().publishBankDraft('draft-1', 'mod', '2026-03-01T10:00:00.000Z');
      const published = await store().bankVersion('guild-1');
      expect(published).toBeGreaterThan(0);
      // Republished at the same instant (a fixed clock): the version still moves.
      await store().saveBankDraft(draft({ id: 'draft-2' }));
      await store().publishBankDraft('draft-2', 'mod', '2026-03-01T10:00:00.000Z');
      const republished = await store().bankVersion('guild-1');
      expect(republished).not.toBe(published);
      await store().addAttempt(makeAttempt());
      await store().fileAppeal(appeal());
      await store().fileAppeal(appeal({ id: 'appeal-2', keyPointId: 'other' }));
      await store().decideAppeal('appeal-2', { status: 'rejected', decidedBy: 'mod', decidedAt: ALIAS.acceptedAt });
      expect(await store().bankVersion('guild-1')).toBe(republished);
      await store().decideAppeal('appeal-1', accept());
      const aliased = await store().bankVersion('guild-1');
      expect(aliased).not.toBe(republished);
      expect(await store().deleteBankTopic('guild-1', 'sql')).toBe(true);
      expect(await store().bankVersion('guild-1')).not.toBe(aliased);
      expect(await store().deleteBankTopic('guild-1', 'sql')).toBe(false);
      expect(await store().bankVersion('guild-2')).toBe(0);
      expect(await store().bankVersion(null)).toBe(0);
    });
  });

  describe('appeals', () => {
    it('files one appeal per attempt and key point, and lists them per server and status, oldest first', async () => {
      expect(await store().fileAppeal(appeal())).toBe(true);
      expect(await store().fileAppeal(appeal({ id: 'again' }))).toBe(false);
      await store().fileAppeal(appeal({ id: 'appeal-0', keyPointId: 'other', filedAt: '2026-03-01T09:00:00.000Z' }));
      await store().fileAppeal(appeal({ id: 'elsewhere', guildId: 'guild-2', attemptId: 'attempt-9' }));
      expect((await store().listAppeals('guild-1')).map((a) => a.id)).toEqual(['appeal-0', 'appeal-1']);
      expect(await store().getAppeal('appeal-1')).toEqual(appeal());
      await store().decideAppeal('appeal-0', {
        status: 'rejected',
        decidedBy: 'mod-1',
        decidedAt: '2026-03-01T12:00:00.000Z',
      });
      expect((await store().listAppeals('guild-1', 'pending')).map((a) => a.id)).toEqual(['appeal-1']);
      expect((await store().listAppeals('guild-1', 'rejected')).map((a) => [a.id, a.decidedBy])).toEqual([
        ['appeal-0', 'mod-1'],
      ]);
    });

    it('accepts a pending appeal once: the alias is stored with who accepted it and the attempt carries the new grade', async () => {
      await store().addAttempt(makeAttempt());
      await store().fileAppeal(appeal());
      const decided = await store().decideAppeal('appeal-1', accept());
      expect(decided).toEqual({
        ...appeal(),
        status: 'accepted',
        decidedBy: 'mod-1',
        decidedAt: '2026-03-01T12:00:00.000Z',
        regradedScore: 100,
      });
      expect(
        await store().decideAppeal('appeal-1', {
          status: 'rejected',
          decidedBy: 'mod-2',
          decidedAt: '2026-03-01T13:00:00.000Z',
        }),
      ).toBeNull();
      expect(await store().listBankAliases('guild-1')).toEqual([ALIAS]);
      expect(await store().getAttempt('attempt-1')).toEqual({ ...makeAttempt(), score: 100, keyPoints: REGRADED });
      expect(await store().listBankAliases('guild-2')).toEqual([]);
    });

    it('rejects without storing an alias or touching the attempt', async () => {
      await store().addAttempt(makeAttempt());
      await store().fileAppeal(appeal());
      const decided = await store().decideAppeal('appeal-1', {
        status: 'rejected',
        decidedBy: 'mod-1',
        decidedAt: '2026-03-01T12:00:00.000Z',
      });
      expect(decided).toMatchObject({ status: 'rejected', regradedScore: null });
      expect(await store().listBankAliases('guild-1')).toEqual([]);
      expect(await store().getAttempt('attempt-1')).toEqual(makeAttempt());
      expect(await store().getAttempt('missing')).toBeNull();
    });

    it('forgets a user’s appeals with the rest of their data', async () => {
      await store().fileAppeal(appeal());
      await store().fileAppeal(appeal({ id: 'theirs', userId: 'user-2', attemptId: 'attempt-2' }));
      await store().deleteUserData('user-1');
      expect((await store().listAppeals('guild-1')).map((a) => a.id)).toEqual(['theirs']);
    });
  });

  describe('reviewer roles', () => {
    it('keeps one reviewer role per server: set, replaced, cleared', async () => {
      expect(await store().getBankReviewerRole('guild-1')).toBeNull();
      await store().setBankReviewerRole('guild-1', 'role-1', 'mod-1', '2026-03-01T10:00:00.000Z');
      await store().setBankReviewerRole('guild-2', 'role-9', 'mod-2', '2026-03-01T10:00:00.000Z');
      expect(await store().getBankReviewerRole('guild-1')).toBe('role-1');
      await store().setBankReviewerRole('guild-1', 'role-2', 'mod-1', '2026-03-01T11:00:00.000Z');
      expect(await store().getBankReviewerRole('guild-1')).toBe('role-2');
      await store().setBankReviewerRole('guild-1', null, 'mod-1', '2026-03-01T12:00:00.000Z');
      expect(await store().getBankReviewerRole('guild-1')).toBeNull();
      expect(await store().getBankReviewerRole('guild-2')).toBe('role-9');
    });
  });
}
