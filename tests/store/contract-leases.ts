import { describe, expect, it } from 'vitest';
import { useStore, type MakeStore } from './fixtures.ts';

const NOW = '2025-03-01T09:00:00.000Z';
const TTL = 60_000;
/** `ms` after NOW, as an ISO time. */
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

export function describeLeaseContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('holdLease and releaseLease', () => {
    it('grants a free lease', async () => {
      expect(await store().holdLease('daily-jobs', 'bot-1', NOW, TTL)).toBe(true);
    });

    it('refuses another owner while the lease is unexpired', async () => {
      await store().holdLease('daily-jobs', 'bot-1', NOW, TTL);
      expect(await store().holdLease('daily-jobs', 'bot-2', NOW, TTL)).toBe(false);
      expect(await store().holdLease('daily-jobs', 'bot-2', later(TTL - 1), TTL)).toBe(false);
    });

    it('renews for its holder, which moves the expiry on', async () => {
      await store().holdLease('daily-jobs', 'bot-1', NOW, TTL);
      expect(await store().holdLease('daily-jobs', 'bot-1', later(TTL / 2), TTL)).toBe(true);
      // Past the first expiry, but not the renewed one.
      expect(await store().holdLease('daily-jobs', 'bot-2', later(TTL + 1), TTL)).toBe(false);
      expect(await store().holdLease('daily-jobs', 'bot-2', later(TTL / 2 + TTL), TTL)).toBe(true);
    });

    it('lets another owner take it once expired, and then refuses the old holder', async () => {
      await store().holdLease('daily-jobs', 'bot-1', NOW, TTL);
      expect(await store().holdLease('daily-jobs', 'bot-2', later(TTL), TTL)).toBe(true);
      expect(await store().holdLease('daily-jobs', 'bot-1', later(TTL + 1), TTL)).toBe(false);
    });

    it('is free at once after its holder releases it', async () => {
      await store().holdLease('daily-jobs', 'bot-1', NOW, TTL);
      await store().releaseLease('daily-jobs', 'bot-1');
      expect(await store().holdLease('daily-jobs', 'bot-2', NOW, TTL)).toBe(true);
    });

    it('ignores a release by anyone but the holder', async () => {
      await store().holdLease('daily-jobs', 'bot-1', NOW, TTL);
      await store().releaseLease('daily-jobs', 'bot-2');
      await store().releaseLease('other-lease', 'bot-1');
      expect(await store().holdLease('daily-jobs', 'bot-2', NOW, TTL)).toBe(false);
      expect(await store().holdLease('daily-jobs', 'bot-1', NOW, TTL)).toBe(true);
    });

    it('treats different names independently', async () => {
      expect(await store().holdLease('daily-jobs', 'bot-1', NOW, TTL)).toBe(true);
      expect(await store().holdLease('other-lease', 'bot-2', NOW, TTL)).toBe(true);
    });

    it('compares times however the ISO text is written', async () => {
      await store().holdLease('daily-jobs', 'bot-1', '2025-03-01T09:00:00Z', TTL);
      expect(await store().holdLease('daily-jobs', 'bot-2', '2025-03-01T09:00:59Z', TTL)).toBe(false);
      expect(await store().holdLease('daily-jobs', 'bot-2', '2025-03-01T09:01:00Z', TTL)).toBe(true);
    });

    it('grants a lease once among holds made at the same moment', async () => {
      const owners = Array.from({ length: 8 }, (_, i) => `bot-${i}`);
      const held = await Promise.all(owners.map((owner) => store().holdLease('contended', owner, NOW, TTL)));
      expect(held.filter(Boolean)).toHaveLength(1);
    });

    it('refuses a time that does not parse and a ttl that is not positive', async () => {
      await expect(store().holdLease('daily-jobs', 'bot-1', 'yesterday', TTL)).rejects.toThrow(RangeError);
      await expect(store().holdLease('daily-jobs', 'bot-1', NOW, 0)).rejects.toThrow(RangeError);
    });
  });
}
