import { REST, Routes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { bootFake } from './helpers.ts';

describe('DM channels the fake forgets', () => {
  it('answers 404 10003 for a forgotten DM channel and opens a new one on the next request', async () => {
    const fake = await bootFake();
    const rest = new REST({ api: fake.apiBase }).setToken(fake.token);
    const alice = fake.user('alice');
    const open = async () =>
      ((await rest.post(Routes.userChannels(), { body: { recipient_id: alice.id } })) as { id: string }).id;
    const first = await open();
    expect(await open()).toBe(first);

    fake.forgetDmChannel(alice);
    await expect(rest.post(Routes.channelMessages(first), { body: { content: 'hi' } })).rejects.toMatchObject({
      status: 404,
      code: 10003,
    });
    const second = await open();
    expect(second).not.toBe(first);
    await rest.post(Routes.channelMessages(second), { body: { content: 'hi again' } });
    expect(fake.dmsTo(alice).map((m) => m.content)).toEqual(['hi again']);
  });
});
