/** The times a lease row is written and compared with, in the ISO form both engines store. */
export interface LeaseTimes {
  now: string;
  expiresAt: string;
}

/**
 * `now` as `Date#toISOString` writes it (leases are compared as text, and '…:00Z' would sort after
 * '…:00.000Z') and the expiry `ttlMs` later. Throws on a time that does not parse or a ttl that is not positive.
 */
export function leaseTimes(now: string, ttlMs: number): LeaseTimes {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`lease ttl must be a positive number of ms, got ${ttlMs}`);
  const at = Date.parse(now);
  if (Number.isNaN(at)) throw new RangeError(`lease time is not an ISO time: ${now}`);
  return { now: new Date(at).toISOString(), expiresAt: new Date(at + ttlMs).toISOString() };
}
