import { REST } from 'discord.js';
import type { APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestMessenger } from '../../src/adapters/discord/messaging/rest-messenger.ts';
import type { MessageData } from '../../src/adapters/discord/interactions/bot-response.ts';
import { gatedMakeRequest } from '../../src/adapters/discord/messaging/send-gate.ts';
import type { Delivery, Messenger } from '../../src/adapters/discord/messaging/messenger.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';

const POST_MESSAGE = 'POST /channels/{channel_id}/messages';

const message = (content: string): MessageData => ({ content, embeds: [], components: [] });

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

/** A messenger over discord.js's REST client as the bots build it, paced at `perSecond`. */
function messengerAt(perSecond: number): { messenger: Messenger; rest: REST } {
  const rest = new REST({
    api: fake.apiBase,
    globalRequestsPerSecond: perSecond,
    makeRequest: gatedMakeRequest,
  }).setToken(fake.token);
  const channels = new Map<string, string>();
  const messenger = createRestMessenger(rest, {
    getDmChannel: async (userId) => channels.get(userId) ?? null,
    rememberDmChannel: async (userId, channelId) => void channels.set(userId, channelId),
  });
  return { messenger, rest };
}

const postsTo = (users: readonly APIUser[]) => {
  const ids = new Set(users.map((u) => fake.dmChannel(u).id));
  return fake.requests.filter((r) => r.routeKey === POST_MESSAGE && ids.has(r.path.split('/')[2] ?? '')).length;
};

describe('DMs sent with a stop signal', () => {
  it('gives up at once the DMs still waiting for their turn, and Discord never sees them', async () => {
    const users = Array.from({ length: 8 }, (_, i) => fake.user(`queued${i}`));
    const { messenger } = messengerAt(2);
    const stop = new AbortController();
    const sending = users.map((u, i) =>
      messenger.dm(u.id, message(`daily ${i}`), { nonce: `queued-${i}`, stop: stop.signal }),
    );
    await fake.waitFor(() => (fake.dmsTo(users[0]!).length > 0 ? true : undefined), 5000);
    const stoppedAt = performance.now();
    stop.abort();
    const deliveries: Delivery[] = await Promise.all(sending);
    expect(performance.now() - stoppedAt).toBeLessThan(200);

    const sent = deliveries.filter((d) => d.ok);
    const unsent = deliveries.filter((d) => !d.ok && d.unsent === true);
    expect(sent.length).toBeGreaterThan(0);
    expect(unsent.length).toBeGreaterThan(0);
    expect(sent.length + unsent.length).toBe(users.length);
    // The REST queue reaches the given-up requests later and drops them: none is ever posted.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(users.filter((u) => fake.dmsTo(u).length > 0)).toHaveLength(sent.length);
    expect(postsTo(users)).toBe(sent.length);
  });

  it('lets a DM already sent finish, so its outcome is known', async () => {
    const user = fake.user('in-flight');
    const { messenger } = messengerAt(50);
    const stop = new AbortController();
    fake.delayNext(POST_MESSAGE, 800);
    const sending = messenger.dm(user.id, message('daily'), { nonce: 'in-flight', stop: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop.abort();
    const delivery = await sending;
    expect(delivery, JSON.stringify(delivery)).toMatchObject({ ok: true });
    expect(fake.dmsTo(user)).toHaveLength(1);
  });

  it('gives up a DM that Discord refused with a 429 and is waiting to be tried again (it was not carried out)', async () => {
    const user = fake.user('rate-limited');
    const { messenger } = messengerAt(50);
    const stop = new AbortController();
    fake.failNext(POST_MESSAGE, { status: 429, retryAfter: 1 });
    const sending = messenger.dm(user.id, message('daily'), { nonce: 'rate-limited', stop: stop.signal });
    await fake.waitFor(() => (fake.requests.some((r) => r.status === 429) ? true : undefined), 5000);
    stop.abort();
    expect(await sending).toMatchObject({ ok: false, unsent: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.dmsTo(user)).toEqual([]);
  });

  it('gives up at once a DM answered 429 after the stop, instead of waiting out its Retry-After', async () => {
    const user = fake.user('rate-limited-late');
    const { messenger } = messengerAt(50);
    const stop = new AbortController();
    fake.failNext(POST_MESSAGE, { status: 429, retryAfter: 3, delayMs: 500 });
    const sending = messenger.dm(user.id, message('daily'), { nonce: 'rate-limited-late', stop: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop.abort();
    const started = performance.now();
    expect(await sending).toMatchObject({ ok: false, unsent: true });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(fake.dmsTo(user)).toEqual([]);
  });

  it('sends nothing once stopped', async () => {
    const user = fake.user('after-stop');
    const { messenger } = messengerAt(50);
    const stop = new AbortController();
    stop.abort();
    expect(await messenger.dm(user.id, message('daily'), { stop: stop.signal })).toMatchObject({
      ok: false,
      failure: null,
      unsent: true,
    });
    expect(fake.requests.filter((r) => r.body !== undefined && JSON.stringify(r.body).includes(user.id))).toEqual([]);
    expect(fake.dmsTo(user)).toEqual([]);
  });
});
