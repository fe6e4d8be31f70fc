import { describe, expect, it } from 'vitest';
import { makeAttempt, makeSession, makeUser, useStore, type MakeStore } from './fixtures.ts';
import { makeRound, makeRoundAnswer, makeSubscription } from './contract-schedule-fixtures.ts';

export function describeUserContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('upsertUser / getUser', () => {
    it('returns null for a user never saved', async () => {
      expect(await store().getUser('nobody')).toBeNull();
    });

    it('returns the profile as saved', async () => {
      const user = makeUser({ timeZone: 'Europe/Paris', leaderboardOptOut: true });
      await store().upsertUser(user);
      expect(await store().getUser(user.id)).toEqual(user);
    });

    it('overwrites every field on a second upsert', async () => {
      await store().upsertUser(makeUser({ timeZone: 'Europe/Paris', leaderboardOptOut: true }));
      const changed = makeUser({ displayName: 'Ada L.', timeZone: null, leaderboardOptOut: false });
      await store().upsertUser(changed);
      expect(await store().getUser(changed.id)).toEqual(changed);
    });
  });

  describe('setLeaderboardOptOut', () => {
    it('turns the opt-out on and off', async () => {
      await store().upsertUser(makeUser());
      await store().setLeaderboardOptOut('user-1', true);
      expect((await store().getUser('user-1'))?.leaderboardOptOut).toBe(true);
      await store().setLeaderboardOptOut('user-1', false);
      expect((await store().getUser('user-1'))?.leaderboardOptOut).toBe(false);
    });

    it('does nothing for an unknown user', async () => {
      await store().setLeaderboardOptOut('nobody', true);
      expect(await store().getUser('nobody')).toBeNull();
    });
  });

  describe('deleteUserData', () => {
    it('removes the user, their attempts and their sessions', async () => {
      await seedUser('user-1');
      await store().deleteUserData('user-1');
      expect(await store().getUser('user-1')).toBeNull();
      expect(await store().listAttempts('user-1')).toEqual([]);
      expect(await store().getSession('session-user-1')).toBeNull();
      expect(await store().findActiveSession('user-1')).toBeNull();
    });

    it('also removes their daily subscription and round answers', async () => {
      await store().upsertDailySubscription(makeSubscription({ userId: 'user-1' }));
      await store().createRound(makeRound({ id: 'round-1' }));
      expect(await store().addRoundAnswer(makeRoundAnswer({ roundId: 'round-1', userId: 'user-1' }))).toBe(true);
      await store().deleteUserData('user-1');
      expect(await store().getDailySubscription('user-1')).toBeNull();
      expect(await store().listRoundAnswers('round-1')).toEqual([]);
    });

    it('leaves other users untouched', async () => {
      await seedUser('user-1');
      await seedUser('user-2');
      await store().deleteUserData('user-1');
      expect(await store().getUser('user-2')).not.toBeNull();
      expect(await store().listAttempts('user-2')).toHaveLength(2);
      expect((await store().findActiveSession('user-2'))?.id).toBe('session-user-2');
    });

    it('does nothing for an unknown user', async () => {
      await expect(store().deleteUserData('nobody')).resolves.toBeUndefined();
    });
  });

  async function seedUser(userId: string): Promise<void> {
    const sessionId = `session-${userId}`;
    await store().upsertUser(makeUser({ id: userId }));
    await store().addAttempt(makeAttempt({ id: `${userId}-a`, userId }));
    const session = makeSession({ id: sessionId, userId });
    const saved = await store().saveSession(session, null, makeAttempt({ id: `${userId}-b`, userId, sessionId }));
    expect(saved.ok).toBe(true);
  }
}
