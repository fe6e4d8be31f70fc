import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { TickReport } from '../../src/interviewer/scheduler/scheduler.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { startSchedulerReplica, type SchedulerReplica } from './support/scheduler-replica.ts';

const USERS = Array.from({ length: 20 }, (_, i) => `user-${String(i).padStart(2, '0')}`);
/** The lease lasts a minute when the scheduler has no interval (as in these tests). */
const TTL_MS = 60_000;

/** A fresh database; each call of the function it returns opens another connection (a replica's) to it. */
type NewDatabase = () => Promise<() => Promise<Store>>;

const sorted = (ids: readonly string[]) => [...ids].sort();

function describeLeaderSuite(name: string, newDatabase: NewDatabase): void {
  describe(`one replica at a time sends the daily questions (${name})`, () => {
    let now = new Date(0);
    const clock = () => now;
    const at = (iso: string) => {
      now = new Date(iso);
    };
    const later = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    let stores: Store[] = [];
    let replicas: SchedulerReplica[] = [];

    afterEach(async () => {
      await Promise.all(replicas.map((r) => r.scheduler.stop()));
      await Promise.all(stores.map((s) => s.close()));
      [stores, replicas] = [[], []];
    });

    /** Replicas on one fresh database with every user subscribed at 08:00 UTC, and the cursor set at 07:00 on 4 May. */
    async function startReplicas(
      options: { concurrency?: number } = {},
    ): Promise<[SchedulerReplica, SchedulerReplica]> {
      const open = await newDatabase();
      stores = [await open(), await open()];
      replicas = stores.map((store, i) => startSchedulerReplica(`replica-${'ab'[i]}`, store, clock, options));
      for (const userId of USERS) {
        await stores[0]!.upsertDailySubscription({
          userId,
          time: '08:00',
          timeZone: 'UTC',
          topic: null,
          deliveryFailure: null,
        });
      }
      at('2026-05-04T07:00:00.000Z');
      await replicas[0]!.scheduler.tick(now);
      return [replicas[0]!, replicas[1]!];
    }

    const tickBoth = (pair: SchedulerReplica[]): Promise<TickReport[]> =>
      Promise.all(pair.map((r) => r.scheduler.tick(now)));

    /** Both tick at 08:00 on 4 May; returns the one that led and the other. */
    async function firstDay(
      pair: SchedulerReplica[],
    ): Promise<{ leader: SchedulerReplica; other: SchedulerReplica; reports: TickReport[] }> {
      at('2026-05-04T08:00:00.000Z');
      const reports = await tickBoth(pair);
      const leading = reports.map((r) => r.leader);
      expect(leading.filter(Boolean)).toHaveLength(1);
      const i = leading.indexOf(true);
      return { leader: pair[i]!, other: pair[1 - i]!, reports: [reports[i]!, reports[1 - i]!] };
    }

    /** 07:59:40 on 5 May: the leader ticks (renewing or retaking its lease), then the other, which is refused. */
    async function eveOfSecondDay(leader: SchedulerReplica, other: SchedulerReplica): Promise<void> {
      at('2026-05-05T07:59:40.000Z');
      expect((await leader.scheduler.tick(now)).leader).toBe(true);
      expect((await other.scheduler.tick(now)).leader).toBe(false);
    }

    it('two replicas ticking at once: the leader sends every question, once, and the other none', async () => {
      const {
        leader,
        other,
        reports: [led, followed],
      } = await firstDay(await startReplicas());
      expect(sorted(leader.dms)).toEqual(USERS);
      expect(other.dms).toEqual([]);
      expect(led).toMatchObject({
        leader: true,
        due: USERS.length,
        outcomes: { sent: USERS.length, claimed_elsewhere: 0 },
        complete: true,
      });
      expect(followed).toMatchObject({
        leader: false,
        due: 0,
        outcomes: { sent: 0, claimed_elsewhere: 0 },
        complete: false,
      });

      // Ticking on (every 20 s, as in production), the leader keeps the lease and nothing is sent again.
      for (let tick = 0; tick < 6; tick++) {
        later(20_000);
        expect((await tickBoth([leader, other])).map((r) => r.leader)).toEqual(
          [leader, other].map((r) => r === leader),
        );
      }
      expect(leader.dms).toHaveLength(USERS.length);
      expect(other.dms).toEqual([]);
    });

    it('a stopped leader frees its lease: the other takes over at once and sends the next day’s questions', async () => {
      const { leader, other } = await firstDay(await startReplicas());
      await eveOfSecondDay(leader, other);
      await leader.scheduler.stop();

      at('2026-05-05T08:00:00.000Z'); // 20 s later: the stopped leader's lease would still run 40 s
      expect(await other.scheduler.tick(now)).toMatchObject({ leader: true, outcomes: { sent: USERS.length } });
      expect(sorted(other.dms)).toEqual(USERS);
      expect(leader.dms).toHaveLength(USERS.length);
    });

    it('a leader that dies without freeing its lease is replaced once the lease expires', async () => {
      const { leader, other } = await firstDay(await startReplicas());
      await eveOfSecondDay(leader, other);
      // The leader ticks no more (and never releases).

      at('2026-05-05T08:00:00.000Z');
      expect(await other.scheduler.tick(now)).toMatchObject({ leader: false, due: 0 });
      expect(other.dms).toEqual([]);

      at(new Date(Date.parse('2026-05-05T07:59:40.000Z') + TTL_MS).toISOString());
      expect(await other.scheduler.tick(now)).toMatchObject({
        leader: true,
        outcomes: { sent: USERS.length },
        complete: true,
      });
      expect(sorted(other.dms)).toEqual(USERS);
      expect(leader.dms).toHaveLength(USERS.length);
    });

    it('a long fan-out renews the lease, so no other replica takes over in the middle of it', async () => {
      const [a, b] = await startReplicas({ concurrency: 1 });
      const otherReports: TickReport[] = [];
      // Each DM takes 10 s: the run lasts 200 s, more than three times the lease.
      a.beforeDm = async () => {
        later(10_000);
        if (a.dms.length % 5 === 4) otherReports.push(await b.scheduler.tick(now));
      };
      at('2026-05-04T08:00:00.000Z');
      expect(await a.scheduler.tick(now)).toMatchObject({
        leader: true,
        outcomes: { sent: USERS.length },
        complete: true,
      });
      expect(otherReports.map((r) => r.leader)).toEqual([false, false, false, false]);
      expect(sorted(a.dms)).toEqual(USERS);
      expect(b.dms).toEqual([]);
    });

    it('a leader whose lease is taken over (it stalled past the ttl) takes no more jobs', async () => {
      const [a, b] = await startReplicas({ concurrency: 1 });
      let otherReport: TickReport | undefined;
      a.beforeDm = async () => {
        if (a.dms.length !== 4) return;
        later(TTL_MS + 1_000); // the fifth DM hangs past the lease, and the other replica ticks meanwhile
        otherReport = await b.scheduler.tick(now);
      };
      at('2026-05-04T08:00:00.000Z');
      const report = await a.scheduler.tick(now);
      // The fifth job's claim is not yet old enough to be taken as abandoned: b leaves it, and its cursor.
      expect(otherReport).toMatchObject({
        leader: true,
        outcomes: { sent: USERS.length - 5, claimed_elsewhere: 4, running_elsewhere: 1 },
        complete: false,
      });
      // The fifth job was claimed before it stalled, so it is still sent; then a finds its lease gone and stops.
      expect(report).toMatchObject({ leader: true, outcomes: { sent: 5, claimed_elsewhere: 0 }, complete: false });
      later(20_000);
      expect(await b.scheduler.tick(now)).toMatchObject({
        outcomes: { sent: 0, claimed_elsewhere: USERS.length, running_elsewhere: 0 },
        complete: true,
      });
      expect(sorted([...a.dms, ...b.dms])).toEqual(USERS);
    });

    it('a leader stopped mid-fan-out gives up the DMs not yet sent; the other sends them, each once', async () => {
      const [a, b] = await startReplicas({ concurrency: 4 });
      let stopped: Promise<void> | undefined;
      a.beforeDm = () => {
        // The stop lands with a few DMs under way (it waits for them, so it is not awaited here).
        if (a.dms.length >= 5) stopped ??= a.scheduler.stop();
      };
      at('2026-05-04T08:00:00.000Z');
      const report = await a.scheduler.tick(now);
      await stopped;
      expect(report.complete).toBe(false);
      expect(report.outcomes.sent).toBe(a.dms.length);
      expect(report.outcomes.abandoned).toBeGreaterThan(0);
      // The same moment: the stopped leader freed its lease, and released the claims of the DMs it gave up.
      expect(await b.scheduler.tick(now)).toMatchObject({
        leader: true,
        outcomes: { sent: USERS.length - a.dms.length, claimed_elsewhere: a.dms.length, running_elsewhere: 0 },
        complete: true,
      });
      expect(sorted([...a.dms, ...b.dms])).toEqual(USERS);
    });

    it('a leader killed mid-job: its unfinished claim is taken over once two lease ttls old, and sent', async () => {
      const [a, b] = await startReplicas({ concurrency: 1 });
      let revive: (() => void) | undefined;
      a.beforeDm = () => {
        if (a.dms.length !== 4) return;
        // The process dies here: the fifth DM never goes out, its claim is never marked (no tick of a again).
        return new Promise<void>((_, reject) => {
          revive = () => reject(new Error('killed'));
        });
      };
      at('2026-05-04T08:00:00.000Z');
      const dead = a.scheduler.tick(now);
      await vi.waitFor(() => expect(revive).toBeDefined());

      later(TTL_MS + 1_000); // the lease has expired: b leads, but the claim may still be running
      expect(await b.scheduler.tick(now)).toMatchObject({
        leader: true,
        outcomes: { sent: USERS.length - 5, claimed_elsewhere: 4, running_elsewhere: 1 },
        complete: false,
      });
      later(TTL_MS); // two ttls after the claim: abandoned
      expect(await b.scheduler.tick(now)).toMatchObject({
        outcomes: { sent: 1, claimed_elsewhere: USERS.length - 1, running_elsewhere: 0 },
        complete: true,
      });
      expect(sorted([...a.dms, ...b.dms])).toEqual(USERS);
      revive?.();
      await dead;
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'mi-leader-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeLeaderSuite('SQLite file', async () => {
  const path = `sqlite:${join(dir, `leader-${++files}.db`)}`;
  return () => openStore(path, dir);
});

describePostgres('daily-jobs lease on PostgreSQL', () => {
  const schema = useTestSchema();
  describeLeaderSuite('PostgreSQL', async () => {
    await schema.emptyTables();
    return () => openStore(schema.url, '.');
  });
});
