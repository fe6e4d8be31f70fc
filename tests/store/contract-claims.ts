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
  });
}
