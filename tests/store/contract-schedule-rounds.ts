import { describe, expect, it } from 'vitest';
import { useStore, type MakeStore } from './fixtures.ts';
import { makePracticeChannel, makeRound, makeRoundAnswer } from './contract-schedule-fixtures.ts';

const CLOSED_AT = '2025-03-01T10:10:00.000Z';

/** Practice channels, rounds and round answers (first answer counts). */
export function describeRoundContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('practice channels', () => {
    it('stores, replaces and deletes a practice channel', async () => {
      await store().upsertPracticeChannel(makePracticeChannel());
      expect(await store().getPracticeChannel('channel-1')).toEqual(makePracticeChannel());
      await store().upsertPracticeChannel(makePracticeChannel({ topic: 'git', roundMinutes: 25 }));
      expect(await store().getPracticeChannel('channel-1')).toEqual(
        makePracticeChannel({ topic: 'git', roundMinutes: 25 }),
      );
      expect(await store().deletePracticeChannel('channel-1')).toBe(true);
      expect(await store().deletePracticeChannel('channel-1')).toBe(false);
      expect(await store().getPracticeChannel('channel-1')).toBeNull();
    });
  });

  describe('rounds', () => {
    it('creates a round and reads it back', async () => {
      expect(await store().createRound(makeRound())).toBe(true);
      expect(await store().getRound('round-1')).toEqual(makeRound());
      expect(await store().getRound('nope')).toBeNull();
    });

    it('creates a round id once (a daily round posted twice)', async () => {
      const daily = makeRound({ id: 'daily:channel-1:2025-03-01', kind: 'daily', startedBy: null });
      expect(await store().createRound(daily)).toBe(true);
      expect(await store().createRound({ ...daily, questionId: 'other' })).toBe(false);
      expect(await store().getRound(daily.id)).toEqual(daily);
    });

    it('allows one open practice round per channel, beside a daily round', async () => {
      expect(await store().createRound(makeRound({ id: 'r-1' }))).toBe(true);
      expect(await store().createRound(makeRound({ id: 'r-2' }))).toBe(false);
      expect(await store().createRound(makeRound({ id: 'r-3', channelId: 'channel-2' }))).toBe(true);
      expect(await store().createRound(makeRound({ id: 'd-1', kind: 'daily', startedBy: null }))).toBe(true);
      await store().closeRound('r-1', CLOSED_AT);
      expect(await store().createRound(makeRound({ id: 'r-2' }))).toBe(true);
    });

    it('lets one of several simultaneous practice rounds in a channel win', async () => {
      const created = await Promise.all(['a', 'b', 'c', 'd'].map((id) => store().createRound(makeRound({ id }))));
      expect(created.filter(Boolean)).toHaveLength(1);
    });

    it('closes a round once: the second close resolves false', async () => {
      await store().createRound(makeRound());
      expect(await store().closeRound('round-1', CLOSED_AT)).toBe(true);
      expect(await store().closeRound('round-1', '2025-03-01T11:00:00.000Z')).toBe(false);
      expect(await store().getRound('round-1')).toEqual(makeRound({ status: 'closed', closedAt: CLOSED_AT }));
      expect(await store().closeRound('missing', CLOSED_AT)).toBe(false);
    });

    it('closes a round once among simultaneous closers', async () => {
      await store().createRound(makeRound());
      const closed = await Promise.all([1, 2, 3, 4].map(() => store().closeRound('round-1', CLOSED_AT)));
      expect(closed.filter(Boolean)).toHaveLength(1);
    });

    it('lists open rounds soonest closing first, in every channel or one', async () => {
      await store().createRound(makeRound({ id: 'late', closesAt: '2025-03-01T23:00:00.000Z', kind: 'daily' }));
      await store().createRound(makeRound({ id: 'soon', channelId: 'channel-2' }));
      await store().createRound(makeRound({ id: 'done', channelId: 'channel-3' }));
      await store().closeRound('done', CLOSED_AT);
      expect((await store().listOpenRounds()).map((r) => r.id)).toEqual(['soon', 'late']);
      expect((await store().listOpenRounds('channel-1')).map((r) => r.id)).toEqual(['late']);
      expect(await store().listOpenRounds('channel-9')).toEqual([]);
    });

    it("lists a channel's recent rounds newest first, at most `limit`", async () => {
      for (const [id, minute] of [
        ['r-1', '00'],
        ['r-3', '20'],
        ['r-2', '10'],
      ]) {
        await store().createRound(makeRound({ id, kind: 'daily', startedAt: `2025-03-01T10:${minute}:00.000Z` }));
      }
      await store().createRound(makeRound({ id: 'elsewhere', channelId: 'channel-2' }));
      expect((await store().listRecentRounds('channel-1', 2)).map((r) => r.id)).toEqual(['r-3', 'r-2']);
      expect((await store().listRecentRounds('channel-1', 10)).map((r) => r.id)).toEqual(['r-3', 'r-2', 'r-1']);
      expect(await store().listRecentRounds('channel-1', 0)).toEqual([]);
    });

    it('records where the question was posted', async () => {
      await store().createRound(makeRound());
      await store().setRoundMessage('round-1', 'message-1', 'thread-1');
      expect(await store().getRound('round-1')).toEqual(makeRound({ messageId: 'message-1', threadId: 'thread-1' }));
      await store().setRoundMessage('round-1', 'message-2', null);
      expect(await store().getRound('round-1')).toEqual(makeRound({ messageId: 'message-2', threadId: null }));
    });
  });

  describe('round answers', () => {
    it("counts a member's first answer and keeps a retry uncounted", async () => {
      await store().createRound(makeRound());
      expect(await store().addRoundAnswer(makeRoundAnswer())).toBe(true);
      const retry = makeRoundAnswer({ attemptId: 'attempt-2', score: 100, answeredAt: '2025-03-01T10:03:00.000Z' });
      expect(await store().addRoundAnswer(retry)).toBe(false);
      expect(await store().addRoundAnswer(makeRoundAnswer({ userId: 'user-2', attemptId: 'attempt-3' }))).toBe(true);
      expect(await store().listRoundAnswers('round-1')).toEqual([
        { ...makeRoundAnswer(), isFirst: true },
        { ...makeRoundAnswer({ userId: 'user-2', attemptId: 'attempt-3' }), isFirst: true },
        { ...retry, isFirst: false },
      ]);
    });

    it('saves the same attempt once and answers as it did the first time', async () => {
      await store().createRound(makeRound());
      await store().addRoundAnswer(makeRoundAnswer());
      await store().addRoundAnswer(makeRoundAnswer({ attemptId: 'attempt-2' }));
      expect(await store().addRoundAnswer(makeRoundAnswer())).toBe(true);
      expect(await store().addRoundAnswer(makeRoundAnswer({ attemptId: 'attempt-2' }))).toBe(false);
      expect(await store().listRoundAnswers('round-1')).toHaveLength(2);
    });

    it("counts one of a member's simultaneous answers", async () => {
      await store().createRound(makeRound());
      const answers = ['a', 'b', 'c', 'd'].map((id) => makeRoundAnswer({ attemptId: id }));
      const counted = await Promise.all(answers.map((answer) => store().addRoundAnswer(answer)));
      expect(counted.filter(Boolean)).toHaveLength(1);
      expect((await store().listRoundAnswers('round-1')).filter((a) => a.isFirst)).toHaveLength(1);
    });

    it('refuses answers to a closed, expired or missing round', async () => {
      await store().createRound(makeRound());
      expect(await store().addRoundAnswer(makeRoundAnswer({ answeredAt: '2025-03-01T10:10:00.000Z' }))).toBe(false);
      expect(await store().addRoundAnswer(makeRoundAnswer({ roundId: 'missing' }))).toBe(false);
      await store().closeRound('round-1', '2025-03-01T10:05:00.000Z');
      expect(await store().addRoundAnswer(makeRoundAnswer())).toBe(false);
      expect(await store().listRoundAnswers('round-1')).toEqual([]);
      expect(await store().listRoundAnswers('missing')).toEqual([]);
    });

    it("keeps each round's answers apart", async () => {
      await store().createRound(makeRound());
      await store().createRound(makeRound({ id: 'round-2', channelId: 'channel-2' }));
      expect(await store().addRoundAnswer(makeRoundAnswer())).toBe(true);
      expect(await store().addRoundAnswer(makeRoundAnswer({ roundId: 'round-2', attemptId: 'attempt-2' }))).toBe(true);
      expect((await store().listRoundAnswers('round-2')).map((a) => a.attemptId)).toEqual(['attempt-2']);
    });
  });
}
