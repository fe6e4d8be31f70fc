import { describe, expect, it } from 'vitest';
import type { LeaderboardQuery } from '../../src/store/store.ts';
import { makeAttempt, makeUser, useStore, type MakeStore } from './fixtures.ts';

type Play = [userId: string, guildId: string, day: number, score: number];

const PLAYS: Play[] = [
  ['ada', 'g1', 1, 80],
  ['ada', 'g1', 10, 90],
  ['bob', 'g1', 2, 60],
  ['bob', 'g2', 11, 100],
  ['cal', 'g1', 12, 85],
  ['opted', 'g1', 5, 100],
  ['opted', 'g1', 6, 100],
  ['ghost', 'g1', 7, 100],
];

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}T12:00:00.000Z`;
const row = (userId: string, attempts: number, averageScore: number, totalScore: number) => ({
  userId,
  displayName: userId.toUpperCase(),
  attempts,
  averageScore,
  totalScore,
});
const query = (overrides: Partial<LeaderboardQuery> = {}): LeaderboardQuery => ({
  guildId: null,
  since: null,
  limit: 10,
  ...overrides,
});

export function describeLeaderboardContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  async function seed(plays: Play[] = PLAYS): Promise<void> {
    for (const id of new Set(plays.map(([userId]) => userId))) {
      // 'ghost' has attempts but no users row: callers always upsert first, so it never ranks.
      if (id === 'ghost') continue;
      await store().upsertUser(makeUser({ id, displayName: id.toUpperCase(), leaderboardOptOut: id === 'opted' }));
    }
    for (const [index, [userId, guildId, n, score]] of plays.entries()) {
      await store().addAttempt(makeAttempt({ id: `a${index}`, userId, guildId, score, createdAt: day(n) }));
    }
  }

  describe('leaderboard', () => {
    it('ranks by total score, leaving out opted-out users and users without a profile', async () => {
      await seed();
      expect(await store().leaderboard(query())).toEqual([
        row('ada', 2, 85, 170),
        row('bob', 2, 80, 160),
        row('cal', 1, 85, 85),
      ]);
    });

    it('counts only attempts made in the guild asked for', async () => {
      await seed();
      expect(await store().leaderboard(query({ guildId: 'g1' }))).toEqual([
        row('ada', 2, 85, 170),
        row('cal', 1, 85, 85),
        row('bob', 1, 60, 60),
      ]);
      expect(await store().leaderboard(query({ guildId: 'g2' }))).toEqual([row('bob', 1, 100, 100)]);
    });

    it('counts only attempts at or after `since`', async () => {
      await seed();
      expect(await store().leaderboard(query({ since: day(10) }))).toEqual([
        row('bob', 1, 100, 100),
        row('ada', 1, 90, 90),
        row('cal', 1, 85, 85),
      ]);
    });

    it('combines the guild and since filters', async () => {
      await seed();
      expect(await store().leaderboard(query({ guildId: 'g1', since: day(10) }))).toEqual([
        row('ada', 1, 90, 90),
        row('cal', 1, 85, 85),
      ]);
    });

    it('returns at most `limit` rows', async () => {
      await seed();
      expect((await store().leaderboard(query({ limit: 2 }))).map((r) => r.userId)).toEqual(['ada', 'bob']);
      expect(await store().leaderboard(query({ limit: 0 }))).toEqual([]);
    });

    it('breaks ties on total score by the higher average', async () => {
      await seed([
        ['many', 'g1', 1, 50],
        ['many', 'g1', 2, 50],
        ['many', 'g1', 3, 70],
        ['few', 'g1', 4, 170],
      ]);
      expect((await store().leaderboard(query())).map((r) => r.userId)).toEqual(['few', 'many']);
    });

    it('rounds the average to one decimal', async () => {
      await seed([
        ['ada', 'g1', 1, 70],
        ['ada', 'g1', 2, 71],
        ['ada', 'g1', 3, 71],
      ]);
      expect(await store().leaderboard(query())).toEqual([row('ada', 3, 70.7, 212)]);
    });

    it('lists a user again once they opt back in', async () => {
      await seed();
      await store().setLeaderboardOptOut('opted', false);
      expect((await store().leaderboard(query()))[0]).toEqual(row('opted', 2, 100, 200));
    });

    it('is empty when nobody has played', async () => {
      await store().upsertUser(makeUser());
      expect(await store().leaderboard(query())).toEqual([]);
    });
  });
}
