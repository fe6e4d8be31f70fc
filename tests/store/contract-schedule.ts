import { describe, expect, it } from 'vitest';
import { useStore, type MakeStore } from './fixtures.ts';
import { makeChannelDaily, makeSubscription } from './contract-schedule-fixtures.ts';

const AT = '2025-03-01T09:00:05.000Z';

/** Daily subscriptions, channel dailies, delivery failures and the scheduler cursor. */
export function describeScheduleContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('daily subscriptions', () => {
    it('stores a subscription and reads it back', async () => {
      await store().upsertDailySubscription(makeSubscription({ topic: 'sql' }));
      expect(await store().getDailySubscription('user-1')).toEqual(makeSubscription({ topic: 'sql' }));
      expect(await store().getDailySubscription('nobody')).toBeNull();
    });

    it('keeps the server a subscription was made in, and forgets it when the user subscribes again in DMs', async () => {
      await store().upsertDailySubscription(makeSubscription({ guildId: 'guild-1' }));
      expect(await store().getDailySubscription('user-1')).toEqual(makeSubscription({ guildId: 'guild-1' }));
      expect(await store().listDailySubscriptions()).toEqual([makeSubscription({ guildId: 'guild-1' })]);
      await store().upsertDailySubscription(makeSubscription({ guildId: null }));
      expect((await store().getDailySubscription('user-1'))?.guildId ?? null).toBeNull();
    });

    it('replaces every field on a second upsert', async () => {
      await store().upsertDailySubscription(makeSubscription({ topic: 'sql' }));
      const changed = makeSubscription({ time: '21:45', timeZone: 'Pacific/Chatham', topic: null });
      await store().upsertDailySubscription(changed);
      expect(await store().getDailySubscription('user-1')).toEqual(changed);
      expect(await store().listDailySubscriptions()).toEqual([changed]);
    });

    it('deletes a subscription and says whether there was one', async () => {
      await store().upsertDailySubscription(makeSubscription());
      expect(await store().deleteDailySubscription('user-1')).toBe(true);
      expect(await store().deleteDailySubscription('user-1')).toBe(false);
      expect(await store().getDailySubscription('user-1')).toBeNull();
    });

    it('lists every subscription by user id', async () => {
      for (const userId of ['u-3', 'u-1', 'u-2']) await store().upsertDailySubscription(makeSubscription({ userId }));
      expect((await store().listDailySubscriptions()).map((s) => s.userId)).toEqual(['u-1', 'u-2', 'u-3']);
      expect(await store().listDailySubscriptions({ activeOnly: true })).toHaveLength(3);
    });

    it('is empty before anyone subscribes', async () => {
      expect(await store().listDailySubscriptions()).toEqual([]);
    });
  });

  describe('recordDeliveryFailure', () => {
    it('pauses a user until they subscribe again', async () => {
      for (const userId of ['u-1', 'u-2']) await store().upsertDailySubscription(makeSubscription({ userId }));
      expect(await store().recordDeliveryFailure({ type: 'user', id: 'u-1' }, 'dms_closed', AT)).toBe(true);

      const paused = makeSubscription({ userId: 'u-1', deliveryFailure: { reason: 'dms_closed', at: AT } });
      expect(await store().getDailySubscription('u-1')).toEqual(paused);
      expect((await store().listDailySubscriptions({ activeOnly: true })).map((s) => s.userId)).toEqual(['u-2']);
      expect(await store().listDailySubscriptions()).toEqual([paused, makeSubscription({ userId: 'u-2' })]);

      await store().upsertDailySubscription(makeSubscription({ userId: 'u-1' }));
      expect((await store().listDailySubscriptions({ activeOnly: true })).map((s) => s.userId)).toEqual(['u-1', 'u-2']);
    });

    it('pauses a channel daily until it is configured again', async () => {
      await store().upsertChannelDaily(makeChannelDaily());
      expect(await store().recordDeliveryFailure({ type: 'channel', id: 'channel-1' }, 'channel_missing', AT)).toBe(
        true,
      );
      expect(await store().listChannelDailies({ activeOnly: true })).toEqual([]);
      expect((await store().getChannelDaily('channel-1'))?.deliveryFailure).toEqual({
        reason: 'channel_missing',
        at: AT,
      });
      await store().upsertChannelDaily(makeChannelDaily());
      expect(await store().listChannelDailies({ activeOnly: true })).toEqual([makeChannelDaily()]);
    });

    it('marks nothing for a target with nothing configured', async () => {
      await store().upsertDailySubscription(makeSubscription({ userId: 'channel-1' }));
      expect(await store().recordDeliveryFailure({ type: 'user', id: 'someone' }, 'dms_closed', AT)).toBe(false);
      expect(await store().recordDeliveryFailure({ type: 'channel', id: 'channel-1' }, 'missing_permissions', AT)).toBe(
        false,
      );
      expect(await store().listDailySubscriptions({ activeOnly: true })).toHaveLength(1);
    });
  });

  describe('channel dailies', () => {
    it('stores, replaces and deletes a channel daily', async () => {
      await store().upsertChannelDaily(makeChannelDaily());
      expect(await store().getChannelDaily('channel-1')).toEqual(makeChannelDaily());
      const changed = makeChannelDaily({ time: '07:00', timeZone: 'UTC', topic: null, roleId: null });
      await store().upsertChannelDaily(changed);
      expect(await store().getChannelDaily('channel-1')).toEqual(changed);
      expect(await store().deleteChannelDaily('channel-1')).toBe(true);
      expect(await store().deleteChannelDaily('channel-1')).toBe(false);
      expect(await store().getChannelDaily('channel-1')).toBeNull();
    });

    it('lists by channel id, all guilds or one', async () => {
      await store().upsertChannelDaily(makeChannelDaily({ channelId: 'c-2', guildId: 'g-1' }));
      await store().upsertChannelDaily(makeChannelDaily({ channelId: 'c-1', guildId: 'g-2' }));
      await store().upsertChannelDaily(makeChannelDaily({ channelId: 'c-3', guildId: 'g-1' }));
      expect((await store().listChannelDailies()).map((c) => c.channelId)).toEqual(['c-1', 'c-2', 'c-3']);
      expect((await store().listChannelDailies({ guildId: 'g-1' })).map((c) => c.channelId)).toEqual(['c-2', 'c-3']);
      await store().recordDeliveryFailure({ type: 'channel', id: 'c-3' }, 'missing_permissions', AT);
      expect((await store().listChannelDailies({ guildId: 'g-1', activeOnly: true })).map((c) => c.channelId)).toEqual([
        'c-2',
      ]);
    });
  });

  describe('scheduler cursor', () => {
    it('is null before the first run, then the time last set', async () => {
      expect(await store().getSchedulerCursor()).toBeNull();
      await store().setSchedulerCursor('2025-03-01T09:00:00.000Z');
      expect(await store().getSchedulerCursor()).toBe('2025-03-01T09:00:00.000Z');
      await store().setSchedulerCursor('2025-03-01T09:01:00.000Z');
      expect(await store().getSchedulerCursor()).toBe('2025-03-01T09:01:00.000Z');
    });

    it('never moves backwards (a slow process finishing late)', async () => {
      await store().setSchedulerCursor('2025-03-01T09:05:00.000Z');
      await store().setSchedulerCursor('2025-03-01T09:01:00.000Z');
      expect(await store().getSchedulerCursor()).toBe('2025-03-01T09:05:00.000Z');
    });
  });
}
