import { describe, expect, it } from 'vitest';
import { makeUser, useStore, type MakeStore } from './fixtures.ts';

export function describeDmChannelContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('getDmChannel and rememberDmChannel', () => {
    it('returns null for a user whose channel was never remembered', async () => {
      expect(await store().getDmChannel('nobody')).toBeNull();
    });

    it('returns the channel id as remembered', async () => {
      await store().rememberDmChannel('user-1', '1300000000000000001');
      expect(await store().getDmChannel('user-1')).toBe('1300000000000000001');
    });

    it('replaces the channel id when remembered again', async () => {
      await store().rememberDmChannel('user-1', '1300000000000000001');
      await store().rememberDmChannel('user-1', '1300000000000000002');
      expect(await store().getDmChannel('user-1')).toBe('1300000000000000002');
    });

    it('keeps each user’s channel apart', async () => {
      await store().rememberDmChannel('user-1', '1300000000000000001');
      await store().rememberDmChannel('user-2', '1300000000000000002');
      expect(await store().getDmChannel('user-1')).toBe('1300000000000000001');
      expect(await store().getDmChannel('user-2')).toBe('1300000000000000002');
    });

    it('forgets the channel with the rest of the user’s data, and only theirs', async () => {
      await store().upsertUser(makeUser({ id: 'user-1' }));
      await store().rememberDmChannel('user-1', '1300000000000000001');
      await store().rememberDmChannel('user-2', '1300000000000000002');
      await store().deleteUserData('user-1');
      expect(await store().getDmChannel('user-1')).toBeNull();
      expect(await store().getDmChannel('user-2')).toBe('1300000000000000002');
    });
  });
}
