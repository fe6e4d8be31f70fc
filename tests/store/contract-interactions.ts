import { describe, expect, it } from 'vitest';
import { INTERACTION_MEMORY_MS } from '../../src/store/interaction-memory.ts';
import { useStore, type MakeStore } from './fixtures.ts';

const AT = '2026-03-02T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(AT) + ms).toISOString();

export function describeInteractionContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('claimInteraction', () => {
    it('claims an interaction id once; a replay resolves false', async () => {
      expect(await store().claimInteraction('1400000000000000001', AT)).toBe(true);
      expect(await store().claimInteraction('1400000000000000001', later(1_000))).toBe(false);
      expect(await store().claimInteraction('1400000000000000001', later(INTERACTION_MEMORY_MS - 1))).toBe(false);
    });

    it('keeps ids apart', async () => {
      expect(await store().claimInteraction('1400000000000000001', AT)).toBe(true);
      expect(await store().claimInteraction('1400000000000000002', AT)).toBe(true);
    });

    it('gives one of many claims at once for one id true', async () => {
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => store().claimInteraction('1400000000000000003', AT)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('forgets an id once the memory has passed, so it can be claimed again', async () => {
      expect(await store().claimInteraction('1400000000000000004', AT)).toBe(true);
      expect(await store().claimInteraction('1400000000000000004', later(INTERACTION_MEMORY_MS + 1))).toBe(true);
      expect(await store().claimInteraction('1400000000000000004', later(INTERACTION_MEMORY_MS + 2))).toBe(false);
    });
  });
}
