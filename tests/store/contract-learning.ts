import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../src/core/review/types.ts';
import { makeAttempt, makeUser, useStore, type MakeStore } from './fixtures.ts';

export const makeCard = (overrides: Partial<ReviewCard> = {}): ReviewCard => ({
  userId: 'user-1',
  questionId: 'ml-overfitting',
  keyPointId: 'kp-1',
  due: '2025-03-04T10:00:00.000Z',
  stability: 3.1262,
  difficulty: 5.3144,
  reps: 1,
  lapses: 0,
  lastReview: '2025-03-01T10:00:00.000Z',
  lastReviewKey: 'session-1',
  ...overrides,
});

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}T12:00:00.000Z`;

export function describeLearningContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('saveReviewCards / listReviewCards', () => {
    it('returns no card for a user who has none', async () => {
      expect(await store().listReviewCards('user-1')).toEqual([]);
    });

    it('returns the cards as saved, by question then key point, only the user’s', async () => {
      const cards = [
        makeCard({ questionId: 'q-b', keyPointId: 'kp-1' }),
        makeCard({ questionId: 'q-a', keyPointId: 'kp-2', stability: 0.212, lapses: 2 }),
        makeCard({ questionId: 'q-a', keyPointId: 'kp-1' }),
        makeCard({ userId: 'user-2' }),
      ];
      await store().saveReviewCards(cards);
      expect(await store().listReviewCards('user-1')).toEqual([cards[2], cards[1], cards[0]]);
    });

    it('replaces a card saved again for the same user, question and key point', async () => {
      await store().saveReviewCards([makeCard()]);
      const later = makeCard({
        due: '2025-03-20T10:00:00.000Z',
        stability: 15.5,
        reps: 2,
        lastReview: '2025-03-04T11:00:00.000Z',
        lastReviewKey: 'session-2',
      });
      await store().saveReviewCards([later]);
      expect(await store().listReviewCards('user-1')).toEqual([later]);
    });

    it('saves nothing for an empty list', async () => {
      await store().saveReviewCards([]);
      expect(await store().listReviewCards('user-1')).toEqual([]);
    });

    it('removes the user’s cards with the rest of their data, and only theirs', async () => {
      await store().upsertUser(makeUser({ id: 'user-1' }));
      await store().saveReviewCards([makeCard({ userId: 'user-1' }), makeCard({ userId: 'user-2' })]);
      await store().deleteUserData('user-1');
      expect(await store().listReviewCards('user-1')).toEqual([]);
      expect(await store().listReviewCards('user-2')).toHaveLength(1);
    });
  });

  describe('masteryLeaderboard', () => {
    async function seed(): Promise<void> {
      for (const id of ['ada', 'bob', 'cal', 'opted']) {
        await store().upsertUser(makeUser({ id, displayName: id.toUpperCase(), leaderboardOptOut: id === 'opted' }));
      }
      const cards = (userId: string, stabilities: number[]) =>
        stabilities.map((stability, i) => makeCard({ userId, keyPointId: `kp-${i}`, stability }));
      await store().saveReviewCards([
        ...cards('ada', [30, 22, 5]),
        ...cards('bob', [40, 50, 60]),
        ...cards('cal', [21, 3]),
        ...cards('opted', [99, 99, 99, 99]),
        ...cards('ghost', [99, 99, 99, 99, 99]),
      ]);
      await store().addAttempt(makeAttempt({ id: 'a1', userId: 'ada', guildId: 'g1' }));
      await store().addAttempt(makeAttempt({ id: 'a2', userId: 'bob', guildId: 'g2' }));
    }

    it('ranks by key points mastered (stability over the bound), leaving out opted-out users, users without a profile and users with none', async () => {
      await seed();
      expect(await store().masteryLeaderboard({ guildId: null, minStabilityDays: 21, limit: 10 })).toEqual([
        { userId: 'bob', displayName: 'BOB', mastered: 3 },
        { userId: 'ada', displayName: 'ADA', mastered: 2 },
      ]);
    });

    it('keeps to users who answered in the guild, and to the limit', async () => {
      await seed();
      expect(await store().masteryLeaderboard({ guildId: 'g1', minStabilityDays: 21, limit: 10 })).toEqual([
        { userId: 'ada', displayName: 'ADA', mastered: 2 },
      ]);
      expect(await store().masteryLeaderboard({ guildId: null, minStabilityDays: 35, limit: 1 })).toEqual([
        { userId: 'bob', displayName: 'BOB', mastered: 3 },
      ]);
      expect(await store().masteryLeaderboard({ guildId: null, minStabilityDays: 21, limit: -1 })).toEqual([]);
    });
  });

  describe('listPracticeTimes', () => {
    it('lists each ranked user’s attempt times, oldest first, within the guild and since the time given', async () => {
      await store().upsertUser(makeUser({ id: 'ada', displayName: 'ADA', timeZone: 'Asia/Tokyo' }));
      await store().upsertUser(makeUser({ id: 'bob', displayName: 'BOB' }));
      await store().upsertUser(makeUser({ id: 'opted', leaderboardOptOut: true }));
      const plays: [string, string, number][] = [
        ['ada', 'g1', 3],
        ['ada', 'g1', 1],
        ['ada', 'g2', 2],
        ['bob', 'g1', 4],
        ['opted', 'g1', 4],
        ['ghost', 'g1', 4],
      ];
      for (const [i, [userId, guildId, n]] of plays.entries()) {
        await store().addAttempt(makeAttempt({ id: `a${i}`, userId, guildId, createdAt: day(n) }));
      }
      expect(await store().listPracticeTimes({ guildId: null, since: null })).toEqual([
        { userId: 'ada', displayName: 'ADA', timeZone: 'Asia/Tokyo', times: [day(1), day(2), day(3)] },
        { userId: 'bob', displayName: 'BOB', timeZone: null, times: [day(4)] },
      ]);
      expect(await store().listPracticeTimes({ guildId: 'g1', since: day(2) })).toEqual([
        { userId: 'ada', displayName: 'ADA', timeZone: 'Asia/Tokyo', times: [day(3)] },
        { userId: 'bob', displayName: 'BOB', timeZone: null, times: [day(4)] },
      ]);
    });
  });
}
