import { expect } from 'vitest';
import type { FakeDiscord, Violation } from '../../support/fake-discord/index.ts';

export interface TrafficExpectations {
  /** Roles the bot was configured to ping: the only mentions allowed to notify anyone. */
  roleIds?: readonly string[];
  /** Refusals the test provoked on purpose (blocked DMs 50007, deleted channels 10003), by Discord code. */
  refusals?: readonly number[];
  /** Whether 429s are expected (a rate-limited fan-out): they are waited out and retried, never lost. */
  allowRateLimits?: boolean;
}

/**
 * Like expectCleanTraffic, for group study: nothing Discord would refuse except what the test provoked,
 * no ping but the configured role's, and every bot write with text sent with `parse: []` (plus that role).
 */
export function expectGroupTraffic(fake: FakeDiscord, expected: TrafficExpectations = {}): void {
  const roles = new Set(expected.roleIds ?? []);
  const provoked = (v: Violation) =>
    (v.code !== undefined && (expected.refusals ?? []).includes(v.code)) ||
    (expected.allowRateLimits === true && v.kind === 'rate-limit');
  expect(fake.violations.filter((v) => !provoked(v))).toEqual([]);
  expect(fake.unexpectedRequests).toEqual([]);
  const pings = fake
    .messagesWithUnsafeMentions()
    .filter((m) => m.pings.everyone || m.pings.users.length > 0 || m.pings.roles.some((r) => !roles.has(r)));
  expect(pings).toEqual([]);
  const loose = fake.core.messages
    .all()
    .filter((m) => m.byBot)
    .flatMap((m) =>
      m.writes
        .filter((w) => w.content !== '' || w.allowedMentions !== undefined)
        .filter((w) => !isSafe(w.allowedMentions, roles))
        .map((w) => ({ message: m.message.id, route: w.route, allowedMentions: w.allowedMentions })),
    );
  expect(loose).toEqual([]);
  expect(fake.core.crashes).toEqual([]);
}

function isSafe(allowed: unknown, roles: ReadonlySet<string>): boolean {
  if (JSON.stringify(allowed) === JSON.stringify({ parse: [] })) return true;
  const value = allowed as { parse?: unknown[]; roles?: unknown[]; users?: unknown } | undefined;
  return (
    value !== undefined &&
    Array.isArray(value.parse) &&
    value.parse.length === 0 &&
    value.users === undefined &&
    Array.isArray(value.roles) &&
    value.roles.length === 1 &&
    roles.has(String(value.roles[0]))
  );
}
