import { describe, expect, it } from 'vitest';
import { makeAttempt, useStore, type MakeStore } from './fixtures.ts';

export function describeAttemptContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('addAttempt / listAttempts', () => {
    it('round-trips an attempt exactly, key points included', async () => {
      const attempt = makeAttempt();
      await store().addAttempt(attempt);
      expect(await store().listAttempts('user-1')).toEqual([attempt]);
    });

    it('round-trips nulls, integers and awkward text', async () => {
      const attempt = makeAttempt({
        sessionId: 'session-9',
        guildId: null,
        score: 100,
        hintsUsed: 0,
        source: 'voice',
        answer: 'emoji 🤖, quotes \' " and a\nnewline',
        keyPoints: [],
      });
      await store().addAttempt(attempt);
      expect(await store().listAttempts('user-1')).toEqual([attempt]);
    });

    it('needs no users row', async () => {
      await store().addAttempt(makeAttempt({ userId: 'never-upserted' }));
      expect(await store().listAttempts('never-upserted')).toHaveLength(1);
    });

    it('lists the oldest first whatever the order of saving', async () => {
      await store().addAttempt(makeAttempt({ id: 'c', createdAt: '2025-03-03T00:00:00.000Z' }));
      await store().addAttempt(makeAttempt({ id: 'a', createdAt: '2025-03-01T00:00:00.000Z' }));
      await store().addAttempt(makeAttempt({ id: 'b', createdAt: '2025-03-02T00:00:00.000Z' }));
      expect((await store().listAttempts('user-1')).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    });

    it('keeps the order of saving between attempts made at the same time', async () => {
      for (const id of ['z', 'x', 'y']) await store().addAttempt(makeAttempt({ id }));
      expect((await store().listAttempts('user-1')).map((a) => a.id)).toEqual(['z', 'x', 'y']);
    });

    it("lists only the user's own attempts", async () => {
      await store().addAttempt(makeAttempt({ id: 'mine' }));
      await store().addAttempt(makeAttempt({ id: 'theirs', userId: 'user-2' }));
      expect((await store().listAttempts('user-1')).map((a) => a.id)).toEqual(['mine']);
      expect(await store().listAttempts('nobody')).toEqual([]);
    });

    it('stores an attempt saved twice once, keeping the first', async () => {
      const attempt = makeAttempt();
      await store().addAttempt(attempt);
      await store().addAttempt(attempt);
      await store().addAttempt({ ...attempt, score: 1 });
      expect(await store().listAttempts('user-1')).toEqual([attempt]);
    });
  });
}
