import { Events, type Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../support/fake-discord/index.ts';
import { boot, bootFake, clientFor } from './helpers.ts';

const ping = [{ name: 'ping', description: 'ping' }];

function replyPong(client: Client): void {
  client.on(Events.InteractionCreate, async (i) => {
    if (i.isChatInputCommand()) await i.reply('pong');
  });
}

async function pingOnce(fake: FakeDiscord) {
  const i = await fake.slash({ user: fake.user('alice'), name: 'ping' });
  return i.response();
}

describe('REST chaos', () => {
  it('retries an injected 429 on the callback after Retry-After, then succeeds', async () => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    replyPong(client);
    // Callbacks go through discord.js's BurstHandler: it sleeps and retries without a rateLimited event.
    fake.failNext('POST /interactions/{interaction_id}/{interaction_token}/callback', { status: 429, retryAfter: 0.2 });
    const response = await pingOnce(fake);
    expect(response.latencyMs).toBeGreaterThanOrEqual(200);
    expect(fake.requests.filter((r) => r.routeKey.includes('/callback')).map((r) => r.status)).toEqual([429, 204]);
  });

  it('retries 500s (up to 3 times) and waits out a global 429', async () => {
    const { client, fake } = await boot();
    const channel = await client.channels.fetch(fake.channel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    fake.failNext(/POST \/channels\/\d+\/messages/, { status: 500 }, { times: 2 });
    fake.failNext('POST /channels/{channel_id}/messages', { status: 429, retryAfter: 0.1, global: true });
    await channel.send('survived');
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 500, 429, 200]);
    fake.failNext('POST /channels/{channel_id}/messages', { status: 500 }, { times: 4 });
    await expect(channel.send('gives up')).rejects.toMatchObject({ name: 'HTTPError', status: 500 });
  });

  it('enforces a global rate limit with Retry-After and sends X-RateLimit headers', async () => {
    const fake = await bootFake({ rateLimit: { globalPerSecond: 3 } });
    const headers = { authorization: `Bot ${fake.token}` };
    const responses: Response[] = [];
    for (let n = 0; n < 4; n += 1)
      responses.push(await fetch(`${fake.apiBase}/v10/channels/${fake.channel.id}`, { headers }));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(responses[0]?.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    expect(responses[0]?.headers.get('x-ratelimit-remaining')).toBeTruthy();
    const last = responses[3];
    expect(last?.headers.get('retry-after')).toBe('1');
    expect(last?.headers.get('x-ratelimit-global')).toBe('true');
    expect(await last?.json()).toMatchObject({ global: true, message: 'You are being rate limited.' });
    expect(fake.violations.map((v) => v.kind)).toEqual(['rate-limit']);
  });

  it('paces discord.js with per-route buckets instead of answering 429', async () => {
    const { client, fake } = await boot({ rateLimit: { perRoute: { limit: 2, windowMs: 300 } } });
    const channel = await client.channels.fetch(fake.channel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const started = performance.now();
    await Promise.all([1, 2, 3, 4].map((n) => channel.send(`m${n}`)));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.messages().map((m) => m.content)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(fake.requests.filter((r) => r.method === 'POST').every((r) => r.status === 200)).toBe(true);
  });
});

describe('gateway chaos', () => {
  it.each([
    ['op 7 reconnect', (fake: FakeDiscord) => fake.reconnect()],
    ['a dropped socket', (fake: FakeDiscord) => fake.dropConnections()],
  ])('resumes the session after %s and still delivers interactions', async (_name, chaos) => {
    const { client, fake } = await boot();
    fake.registerCommands(ping);
    replyPong(client);
    await pingOnce(fake);
    const resumed = fake.waitForGateway('resumed');
    chaos(fake);
    // Dispatched while the bot is away: replayed on RESUME.
    const during = await fake.slash({ user: fake.user('alice'), name: 'ping' });
    await resumed;
    expect((await during.response()).type).toBe(4);
    expect(fake.gatewayLog.filter((e) => e.event === 'identify')).toHaveLength(1);
    expect((await pingOnce(fake)).type).toBe(4);
  });

  it('identifies again after a non-resumable op 9', async () => {
    // discord.js spaces IDENTIFYs 5 s apart (+ up to 1.5 s jitter); a no-op throttler keeps this fast.
    const { client, fake } = await boot(
      {},
      { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) } },
    );
    fake.registerCommands(ping);
    replyPong(client);
    const ready = fake.waitForGateway('ready');
    fake.invalidateSession();
    await ready;
    expect(fake.gatewayLog.filter((e) => e.event === 'identify')).toHaveLength(2);
    expect((await pingOnce(fake)).type).toBe(4);
  });
});

describe('slow Discord', () => {
  it('shows that a timed-out send is retried and can post twice, unless enforce_nonce is used', async () => {
    const fake = await bootFake();
    const client = clientFor(fake, { rest: { api: fake.apiBase, timeout: 100 } });
    await client.login(fake.token);
    const channel = await client.channels.fetch(fake.channel.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    const messagePosts = 'POST /channels/{channel_id}/messages';
    fake.delayNext(messagePosts, 250);
    await channel.send('question 1');
    fake.delayNext(messagePosts, 250);
    await channel.send({ content: 'question 2', nonce: 'q2-alice', enforceNonce: true });
    await fake.waitFor(() =>
      fake.requests.filter((r) => r.routeKey === messagePosts).length === 4 ? true : undefined,
    );
    expect(
      fake
        .messages()
        .map((m) => m.content)
        .sort(),
    ).toEqual(['question 1', 'question 1', 'question 2']);
  });
});
