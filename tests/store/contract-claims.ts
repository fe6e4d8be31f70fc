import { describe, expect, it } from 'vitest';
import { useStore, type MakeStore } from './fixtures.ts';

const NOW = '2025-03-01T09:00:00.000Z';

export function describeClaimContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('claimJob', () => {
    it('grants the first claim of a key', async () => {
      expect(await store().claimJob('daily-post:2025-03-01', 'bot-1', NOW)).toBe(true);
    });

    it('refuses every later claim of the same key, the same owner included', async () => {
      await store().claimJob('daily-post:2025-03-01', 'bot-1', NOW);
      expect(await store().claimJob('daily-post:2025-03-01', 'bot-2', NOW)).toBe(false);
      expect(await store().claimJob('daily-post:2025-03-01', 'bot-1', '2025-03-02T09:00:00.000Z')).toBe(false);
    });

    it('treats different keys independently, even when they differ only in case', async () => {
      expect(await store().claimJob('round:close:1', 'bot-1', NOW)).toBe(true);
      expect(await store().claimJob('round:close:2', 'bot-1', NOW)).toBe(true);
      expect(await store().claimJob('Round:close:1', 'bot-2', NOW)).toBe(true);
    });

    it('grants a key once among claims made at the same moment', async () => {
      const owners = Array.from({ length: 8 }, (_, i) => `bot-${i}`);
      const granted = await Promise.all(owners.map((owner) => store().claimJob('contended', owner, NOW)));
      expect(granted.filter(Boolean)).toHaveLength(1);
    });

    it('keeps claims when user data is deleted', async () => {
      await store().claimJob('user-1', 'bot-1', NOW);
      await store().deleteUserData('user-1');
      expect(await store().claimJob('user-1', 'bot-2', NOW)).toBe(false);
    });

    it('grants a released key again', async () => {
      await store().claimJob('daily:u1', 'bot-1', NOW);
      await store().releaseJob('daily:u1', 'bot-1');
      expect(await store().claimJob('daily:u1', 'bot-2', NOW)).toBe(true);
    });
  });

  describe('takeJob, finishJob and releaseJob', () => {
    const BEFORE = '2025-03-01T08:58:00.000Z';
    const LATER = '2025-03-01T09:05:00.000Z';

    it('claims a free key once; later callers see it running, then finished once finished', async () => {
      expect(await store().takeJob('daily:u1', 'bot-1', NOW, BEFORE)).toBe('claimed');
      expect(await store().takeJob('daily:u1', 'bot-2', NOW, BEFORE)).toBe('running');
      expect(await store().takeJob('daily:u1', 'bot-1', NOW, BEFORE)).toBe('running');
      await store().finishJob('daily:u1', NOW);
      expect(await store().takeJob('daily:u1', 'bot-2', NOW, BEFORE)).toBe('finished');
      expect(await store().claimJob('daily:u1', 'bot-2', NOW)).toBe(false);
    });

    it('takes over an unfinished claim made before `abandonedBefore`, never a finished one', async () => {
      await store().takeJob('daily:u1', 'bot-1', NOW, BEFORE);
      await store().takeJob('daily:u2', 'bot-1', NOW, BEFORE);
      await store().finishJob('daily:u2', NOW);
      expect(await store().takeJob('daily:u1', 'bot-2', LATER, NOW)).toBe('running');
      expect(await store().takeJob('daily:u1', 'bot-2', LATER, LATER)).toBe('claimed');
      expect(await store().takeJob('daily:u1', 'bot-3', LATER, LATER)).toBe('running');
      expect(await store().takeJob('daily:u2', 'bot-2', LATER, LATER)).toBe('finished');
    });

    it('frees only the owner’s unfinished claim', async () => {
      await store().takeJob('daily:u1', 'bot-1', NOW, BEFORE);
      await store().releaseJob('daily:u1', 'bot-2');
      expect(await store().takeJob('daily:u1', 'bot-2', NOW, BEFORE)).toBe('running');
      await store().releaseJob('daily:u1', 'bot-1');
      expect(await store().takeJob('daily:u1', 'bot-2', NOW, BEFORE)).toBe('claimed');
      await store().finishJob('daily:u1', NOW);
      await store().releaseJob('daily:u1', 'bot-2');
      expect(await store().takeJob('daily:u1', 'bot-3', NOW, BEFORE)).toBe('finished');
    });

    it('grants a key to one of several callers at the same moment, a free or an abandoned one', async () => {
      const owners = Array.from({ length: 8 }, (_, i) => `bot-${i}`);
      const free = await Promise.all(owners.map((owner) => store().takeJob('contended', owner, NOW, BEFORE)));
      expect(free.filter((c) => c === 'claimed')).toHaveLength(1);
      const abandoned = await Promise.all(owners.map((owner) => store().takeJob('contended', owner, LATER, LATER)));
      expect(abandoned.filter((c) => c === 'claimed')).toHaveLength(1);
      expect(abandoned.filter((c) => c === 'running')).toHaveLength(7);
    });
  });
}
