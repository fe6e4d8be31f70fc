import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, buttons, goodAnswer, isEphemeral, noticeOf, titleOf } from '../discord/support/drive.ts';
import { expectGroupTraffic } from '../discord/support/group-checks.ts';
import { openHttpHarness, type HttpHarness } from './support/http-harness.ts';

let h: HttpHarness;

beforeAll(async () => {
  h = await openHttpHarness();
  const endpoint = await h.startEndpoint({ groups: true });
  await h.fake.setInteractionsEndpoint(`${endpoint.url}/interactions`);
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

describe('practice rounds over HTTP interactions', () => {
  it('sets up a channel, posts a round through REST and grades an answer to it, as the gateway bot does', async () => {
    const channel = h.fake.createChannel('study-group');
    const mona = h.fake.user('mona', { permissions: PermissionFlagsBits.ManageGuild });
    const set = await h.fake.slash({
      user: mona,
      name: 'practice-channel',
      subcommand: 'set',
      options: { channel: channel.id, topic: 'sql', 'round-minutes': 10 },
    });
    expect(await noticeOf(set)).toBe(
      `<#${channel.id}> is now a practice channel: rounds of 10 minute(s) on sql. Anyone there can start one with /round start.`,
    );

    const ada = h.fake.user('ada');
    const posted = h.fake.waitForMessage({ channelId: channel.id });
    const ack = await (
      await h.fake.slash({ user: ada, name: 'round', subcommand: 'start', channelId: channel.id })
    ).original();
    expect(isEphemeral(ack)).toBe(true);
    const round = await posted;
    expect(titleOf(round)).toBe('Practice round');
    expect(buttons(round).map((b) => b.label)).toEqual(['Answer']);

    const { message } = await answer(h.fake, ada, round, goodAnswer(round));
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toMatch(/^This answer counts for the round\. Results <t:\d+:R>\.$/);
    expect(titleOf(message)).toBe('Quick question · Score 100/100');
  });

  it('refuses a member without Manage Server, from the permissions in the HTTP payload', async () => {
    const channel = h.fake.createChannel('not-yours');
    const bob = h.fake.user('bob');
    const set = await h.fake.slash({
      user: bob,
      name: 'practice-channel',
      subcommand: 'set',
      options: { channel: channel.id },
    });
    expect(await noticeOf(set)).toMatch(/Manage Server/);
  });
});
