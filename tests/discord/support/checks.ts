import { expect } from 'vitest';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';

/**
 * What every test ends with: nothing Discord would refuse (limits, schema, double acknowledgements,
 * late answers), nothing that pings, and `allowed_mentions: { parse: [] }` on every bot write with text
 * (a deferred "thinking…" placeholder has none).
 */
export function expectCleanTraffic(fake: FakeDiscord): void {
  expect(fake.violations).toEqual([]);
  expect(fake.unexpectedRequests).toEqual([]);
  expect(fake.messagesWithUnsafeMentions()).toEqual([]);
  const withoutSafeMentions = fake.core.messages
    .all()
    .filter((m) => m.byBot)
    .flatMap((m) =>
      m.writes
        .filter((w) => w.content !== '' || w.allowedMentions !== undefined)
        .filter((w) => JSON.stringify(w.allowedMentions) !== JSON.stringify({ parse: [] }))
        .map((w) => ({ message: m.message.id, route: w.route, allowedMentions: w.allowedMentions })),
    );
  expect(withoutSafeMentions).toEqual([]);
  expect(fake.core.crashes).toEqual([]);
}
