import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/interview/types.ts';
import { makeAttempt, makeSession, useStore, type MakeStore } from './fixtures.ts';

export function describeSessionContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  async function create(overrides: Partial<Session> = {}): Promise<Session> {
    const saved = await store().saveSession(makeSession(overrides), null);
    if (!saved.ok) throw new Error(`create failed: ${saved.error}`);
    return saved.value;
  }

  describe('saveSession', () => {
    it('creates a new session with version 1 and returns it', async () => {
      const session = makeSession();
      const saved = await store().saveSession(session, null);
      expect(saved).toEqual({ ok: true, value: { ...session, version: 1 } });
      expect(await store().getSession(session.id)).toEqual({ ...session, version: 1 });
    });

    it('refuses to create a session that already exists', async () => {
      const first = await create();
      const again = await store().saveSession(makeSession({ index: 2 }), null, makeAttempt());
      expect(again).toEqual({ ok: false, error: 'version_conflict' });
      expect(await store().getSession(first.id)).toEqual(first);
      expect(await store().listAttempts('user-1')).toEqual([]);
    });

    it('updates with the right version and bumps it', async () => {
      const v1 = await create();
      const next = { ...v1, index: 1, updatedAt: '2025-03-01T10:05:00.000Z' };
      const saved = await store().saveSession(next, 1);
      expect(saved).toEqual({ ok: true, value: { ...next, version: 2 } });
      expect(await store().getSession(v1.id)).toEqual({ ...next, version: 2 });
    });

    it('takes the version from expectedVersion, not from the session object', async () => {
      await create();
      const saved = await store().saveSession(makeSession({ version: 41 }), 1);
      expect(saved.ok && saved.value.version).toBe(2);
    });

    it('writes nothing on a stale version, neither session nor attempt', async () => {
      const v1 = await create();
      expect((await store().saveSession({ ...v1, index: 1 }, 1)).ok).toBe(true);
      const stale = await store().saveSession({ ...v1, index: 2, status: 'ended' }, 1, makeAttempt());
      expect(stale).toEqual({ ok: false, error: 'version_conflict' });
      expect(await store().getSession(v1.id)).toEqual({ ...v1, index: 1, version: 2 });
      expect(await store().listAttempts('user-1')).toEqual([]);
    });

    it('refuses an update of a session that does not exist', async () => {
      expect(await store().saveSession(makeSession(), 3)).toEqual({ ok: false, error: 'version_conflict' });
      expect(await store().getSession('session-1')).toBeNull();
    });

    it('saves the attempt together with the session', async () => {
      const v1 = await create();
      const attempt = makeAttempt({ sessionId: v1.id });
      expect((await store().saveSession({ ...v1, index: 1 }, 1, attempt)).ok).toBe(true);
      expect(await store().listAttempts('user-1')).toEqual([attempt]);
    });

    it('treats an attempt already stored as saved (idempotent by id)', async () => {
      const attempt = makeAttempt();
      await store().addAttempt(attempt);
      const saved = await store().saveSession(makeSession(), null, { ...attempt, score: 3 });
      expect(saved.ok).toBe(true);
      expect(await store().listAttempts('user-1')).toEqual([attempt]);
    });
  });

  describe('getSession', () => {
    it('returns null for an unknown id', async () => {
      expect(await store().getSession('nope')).toBeNull();
    });
  });

  describe('findActiveSession', () => {
    it('returns null when the user has no active session', async () => {
      await create({ status: 'finished' });
      expect(await store().findActiveSession('user-1')).toBeNull();
      expect(await store().findActiveSession('nobody')).toBeNull();
    });

    it('picks the active session over finished and ended ones', async () => {
      await create({ id: 'old', status: 'finished', updatedAt: '2025-03-05T00:00:00.000Z' });
      await create({ id: 'live', status: 'active', updatedAt: '2025-03-01T00:00:00.000Z' });
      await create({ id: 'gone', status: 'ended', updatedAt: '2025-03-06T00:00:00.000Z' });
      expect((await store().findActiveSession('user-1'))?.id).toBe('live');
    });

    it('picks the most recently updated of several active sessions', async () => {
      await create({ id: 'a', updatedAt: '2025-03-01T00:00:00.000Z' });
      await create({ id: 'b', updatedAt: '2025-03-03T00:00:00.000Z' });
      await create({ id: 'c', updatedAt: '2025-03-02T00:00:00.000Z' });
      expect((await store().findActiveSession('user-1'))?.id).toBe('b');
    });

    it('with sources, picks the most recent active session of those sources only', async () => {
      await create({ id: 'interview', source: 'discord', updatedAt: '2025-03-01T00:00:00.000Z' });
      await create({ id: 'r-round', source: 'round', updatedAt: '2025-03-03T00:00:00.000Z' });
      await create({ id: 'd-user-1-2025-03-02', source: 'daily', updatedAt: '2025-03-02T00:00:00.000Z' });
      await create({ id: 'spoken', source: 'voice', status: 'finished', updatedAt: '2025-03-04T00:00:00.000Z' });
      const interviews = ['discord', 'voice'] as const;
      expect((await store().findActiveSession('user-1'))?.id).toBe('r-round');
      expect(await store().findActiveSession('user-1', { sources: interviews })).toEqual(
        expect.objectContaining({ id: 'interview', source: 'discord' }),
      );
      expect((await store().findActiveSession('user-1', { sources: ['daily', 'voice'] }))?.id).toBe(
        'd-user-1-2025-03-02',
      );
      expect((await store().findActiveSession('user-1', { sources: ['round', 'daily'] }))?.id).toBe('r-round');
      expect(await store().findActiveSession('user-1', { sources: ['terminal'] })).toBeNull();
      expect(await store().findActiveSession('user-1', { sources: [] })).toBeNull();
      expect(await store().findActiveSession('user-2', { sources: interviews })).toBeNull();
    });

    it('with sources, breaks ties on updated_at by id like without, and follows saves', async () => {
      const at = '2025-03-01T00:00:00.000Z';
      const a = await create({ id: 'a', source: 'voice', updatedAt: at });
      await create({ id: 'b', source: 'discord', updatedAt: at });
      await create({ id: 'c', source: 'round', updatedAt: at });
      expect((await store().findActiveSession('user-1', { sources: ['discord', 'voice'] }))?.id).toBe('b');
      await store().saveSession({ ...a, index: 1, updatedAt: '2025-03-01T00:00:01.000Z' }, a.version);
      expect((await store().findActiveSession('user-1', { sources: ['discord', 'voice'] }))?.id).toBe('a');
      await store().saveSession({ ...a, status: 'ended' }, a.version + 1);
      expect(await store().findActiveSession('user-1', { sources: ['voice'] })).toBeNull();
    });

    it("ignores other users' sessions and follows status changes", async () => {
      const mine = await create();
      await create({ id: 'other', userId: 'user-2' });
      await store().saveSession({ ...mine, status: 'finished' }, mine.version);
      expect(await store().findActiveSession('user-1')).toBeNull();
      expect((await store().findActiveSession('user-2'))?.id).toBe('other');
    });
  });
}
