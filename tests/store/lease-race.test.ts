import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import type { Store } from '../../src/store/store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';

const CALLERS = 12;
const ROUNDS = 40;
const TTL = 60_000;
const START = Date.parse('2025-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(START + ms).toISOString();

describePostgres('many processes holding one lease at the same moment', () => {
  const schema = useTestSchema();
  // A pool (one connection) per caller, as separate replicas have: the holds really run at once on the server.
  let stores: Store[] = [];
  beforeAll(async () => {
    stores = await Promise.all(Array.from({ length: CALLERS }, () => openPostgresStore(schema.url, 1)));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  const holdAll = (name: string, now: string) =>
    Promise.all(stores.map((store, i) => store.holdLease(name, `replica-${i}`, now, TTL)));

  it('PostgreSQL: exactly one caller takes a free lease, and exactly one an expired one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const name = `race-${round}`;
      const free = await holdAll(name, at(0));
      expect(free.filter(Boolean)).toHaveLength(1);
      // Everyone again, the holder included, once the lease has expired: one (any) of them takes it.
      const expired = await holdAll(name, at(TTL));
      expect(expired.filter(Boolean)).toHaveLength(1);
      // And while it is held, only its holder renews it.
      const holder = expired.indexOf(true);
      const renewed = await holdAll(name, at(TTL + 1));
      expect(renewed.map((held, i) => held === (i === holder))).toEqual(stores.map(() => true));
    }
  });
});
