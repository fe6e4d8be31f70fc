import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { answerQuestions, useLearningWorld, type LearningWorld } from './learning-harness.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(png: Uint8Array): { width: number; height: number; chunk: string } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { chunk: String.fromCharCode(...png.subarray(12, 16)), width: view.getUint32(16), height: view.getUint32(20) };
}

async function practiseDays(w: LearningWorld, name: string, days: number, answer: string): Promise<void> {
  const actor = w.actor(name);
  await w.store.upsertUser({ id: actor.userId, displayName: name, timeZone: null, leaderboardOptOut: false });
  for (let d = 0; d < days; d++) {
    await answerQuestions(w, actor, { 'sql-index': answer, 'http-status': answer });
    w.advance(1);
  }
}

/** The progress, picture, study sheet and leaderboard use cases on one store engine. */
export function describeProgressUseCases(name: string, makeStore: () => Promise<Store>): void {
  describe(`progress use cases on ${name}`, () => {
    const world = useLearningWorld(makeStore);

    it('draws a valid PNG of the size it states, under 200 KB', async () => {
      const w = world();
      await practiseDays(w, 'ada', 3, 'speeds up reads. 4xx means a client error');
      const image = await w.learning.progressImage('local:ada', 'Progress of ada');
      expect([...image.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(image.png)).toEqual({ chunk: 'IHDR', width: image.width, height: image.height });
      expect(image.width).toBe(880);
      expect(image.png.byteLength).toBeLessThan(200_000);
    });

    it('shows only the caller’s data: another user’s answers change neither the numbers nor the picture', async () => {
      const w = world();
      await practiseDays(w, 'ada', 2, 'speeds up reads');
      const alone = await w.learning.progress('local:ada');
      const aloneImage = await w.learning.progressImage('local:ada', 'ada');
      const bob = w.actor('bob');
      await answerQuestions(w, bob, {
        'git-rebase': 'rewrites commit history',
        'sql-index': 'speeds up reads. slows down writes',
      });
      const withBob = await w.learning.progress('local:ada');
      expect(withBob).toEqual(alone);
      expect(
        Buffer.from((await w.learning.progressImage('local:ada', 'ada')).png).equals(Buffer.from(aloneImage.png)),
      ).toBe(true);
      expect((await w.learning.progress('local:bob')).progress.sessionScores).toHaveLength(1);
    });

    it('reports session scores oldest first and the practice calendar', async () => {
      const w = world();
      await practiseDays(w, 'ada', 3, 'speeds up reads. slows down writes');
      const { progress, review } = await w.learning.progress('local:ada', { sessions: 2 });
      expect(progress.sessionScores.map((s) => [s.startedAt.slice(0, 10), s.score])).toEqual([
        ['2025-03-04', 50],
        ['2025-03-05', 50],
      ]);
      expect(progress.calendar.days).toEqual([
        { date: '2025-03-03', attempts: 2 },
        { date: '2025-03-04', attempts: 2 },
        { date: '2025-03-05', attempts: 2 },
      ]);
      expect(progress.calendar.to).toBe('2025-03-06');
      expect(progress.streak.current).toBe(3);
      expect(review.tracked).toBe(4);
    });

    it('ranks the leaderboard by score, key points mastered or current streak, never listing opted-out users', async () => {
      const w = world();
      await practiseDays(
        w,
        'ada',
        4,
        'speeds up reads. slows down writes. 4xx means a client error. 5xx means a server error',
      );
      await practiseDays(w, 'bob', 1, 'speeds up reads');
      await practiseDays(w, 'cal', 2, 'nothing at all');
      await w.store.setLeaderboardOptOut('local:cal', true);
      const query = { guildId: null, since: null, limit: 10 };
      const score = await w.learning.leaderboard({ ...query, by: 'score' });
      expect(score.by === 'score' && score.rows.map((r) => r.userId)).toEqual(['local:ada', 'local:bob']);
      w.advance(120);
      for (const name of ['ada', 'bob'])
        await practiseDays(
          w,
          name,
          1,
          'speeds up reads. slows down writes. 4xx means a client error. 5xx means a server error',
        );
      const mastered = await w.learning.leaderboard({ ...query, by: 'mastered' });
      // bob covered one key point once, then again 120 days later: a recall that long after counts as mastered.
      expect(mastered).toEqual({
        by: 'mastered',
        rows: [
          { userId: 'local:ada', displayName: 'ada', mastered: 4 },
          { userId: 'local:bob', displayName: 'bob', mastered: 1 },
        ],
      });
      w.advance(-1);
      const streak = await w.learning.leaderboard({ ...query, by: 'streak' });
      expect(streak.by === 'streak' && streak.rows.map((r) => [r.userId, r.streak.current])).toEqual([
        ['local:ada', 1],
        ['local:bob', 1],
      ]);
    });

    it('forgets the review state with the rest of the user’s data', async () => {
      const w = world();
      await practiseDays(w, 'ada', 1, 'speeds up reads');
      expect((await w.learning.reviewSummary('local:ada')).tracked).toBe(4);
      await w.store.deleteUserData('local:ada');
      expect(await w.learning.reviewSummary('local:ada')).toMatchObject({
        tracked: 0,
        dueThisWeek: 0,
        nextDueAt: null,
      });
      expect(await w.learning.startReview(w.actor('ada'))).toEqual({ ok: false, error: 'nothing_due' });
    });
  });
}
