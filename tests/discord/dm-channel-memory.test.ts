import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestMessenger } from '../../src/adapters/discord/messaging/rest-messenger.ts';
import type { Messenger } from '../../src/adapters/discord/messaging/messenger.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';

const OPEN_DM = 'POST /users/@me/channels';
const SEND = 'POST /channels/{channel_id}/messages';
const question = (content: string) => ({ content, embeds: [], components: [] });

let fake: FakeDiscord;
let store: Store;

beforeEach(async () => {
  fake = await startFakeDiscord();
  store = openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
  await fake.close();
});

/** A messenger as a freshly started process has it: a new REST client, nothing in memory, the shared store. */
function startMessenger(over: Pick<Store, 'getDmChannel' | 'rememberDmChannel'> = store): Messenger {
  return createRestMessenger(new REST({ api: fake.apiBase }).setToken(fake.token), over);
}

/** The routes of the REST requests `send` made, in order. */
async function routesOf(send: () => Promise<unknown>): Promise<string[]> {
  const before = fake.requests.length;
  await send();
  return fake.requests.slice(before).map((r) => `${r.routeKey} ${r.status}`);
}

describe('DM channel ids kept in the store', () => {
  it('lets a restarted messenger send a DM with one request, where the first needed two', async () => {
    const alice = fake.user('alice');
    const first = startMessenger();
    expect(await routesOf(() => first.dm(alice.id, question('day 1')))).toEqual([`${OPEN_DM} 200`, `${SEND} 200`]);
    expect(await store.getDmChannel(alice.id)).toBe(fake.dmChannel(alice).id);

    const restarted = startMessenger();
    expect(await routesOf(() => restarted.dm(alice.id, question('day 2')))).toEqual([`${SEND} 200`]);
    expect(fake.dmsTo(alice).map((m) => m.content)).toEqual(['day 1', 'day 2']);
  });

  it('opens a new channel once when Discord no longer knows the remembered one (10003), and remembers it', async () => {
    const alice = fake.user('alice');
    await startMessenger().dm(alice.id, question('day 1'));
    const stale = fake.dmChannel(alice).id;
    fake.forgetDmChannel(alice);

    const restarted = startMessenger();
    const delivery = await restarted.dm(alice.id, question('day 2'));
    expect(delivery).toMatchObject({ ok: true, channelId: fake.dmChannel(alice).id });
    expect(
      fake.requests.slice(-3).map((r) => `${r.routeKey} ${r.status} ${r.path.includes(stale) ? 'stale' : ''}`.trim()),
    ).toEqual([`${SEND} 404 stale`, `${OPEN_DM} 200`, `${SEND} 200`]);
    expect(await store.getDmChannel(alice.id)).toBe(fake.dmChannel(alice).id);
    expect(fake.dmsTo(alice).map((m) => m.content)).toEqual(['day 2']);

    expect(await routesOf(() => restarted.dm(alice.id, question('day 3')))).toEqual([`${SEND} 200`]);
    expect(await routesOf(() => startMessenger().dm(alice.id, question('day 4')))).toEqual([`${SEND} 200`]);
  });

  it('still reports a user whose DMs are closed, through a remembered channel', async () => {
    const bob = fake.user('bob', { dmsOpen: false });
    expect(await startMessenger().dm(bob.id, question('day 1'))).toMatchObject({ ok: false, failure: 'dms_closed' });
    const restarted = startMessenger();
    expect(
      await routesOf(async () => {
        expect(await restarted.dm(bob.id, question('day 2'))).toMatchObject({ ok: false, failure: 'dms_closed' });
      }),
    ).toEqual([`${SEND} 403`]);
  });

  it('sends the DM all the same when the store fails, opening the channel as before', async () => {
    const alice = fake.user('alice');
    const failing = {
      getDmChannel: () => Promise.reject(new Error('database is down')),
      rememberDmChannel: () => Promise.reject(new Error('database is down')),
    };
    const messenger = startMessenger(failing);
    expect(await routesOf(() => messenger.dm(alice.id, question('day 1')))).toEqual([`${OPEN_DM} 200`, `${SEND} 200`]);
    expect(await routesOf(() => messenger.dm(alice.id, question('day 2')))).toEqual([`${SEND} 200`]);
  });
});
