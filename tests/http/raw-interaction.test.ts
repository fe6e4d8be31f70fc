import { describe, expect, it } from 'vitest';
import { rawInteractionSchema, toInteractionInput } from '../../src/adapters/discord/http/raw-interaction.ts';

const ada = { id: '100000000000000001', username: 'ada', global_name: 'Ada L.' };
const inGuild = {
  id: '9',
  application_id: '8',
  token: 'tok',
  guild_id: '7',
  channel_id: '6',
  member: { user: ada, nick: 'Countess', permissions: '32', roles: ['11', '12'] },
};
const inDm = { id: '9', application_id: '8', token: 'tok', user: ada, channel: { id: '5' } };

function convert(payload: unknown) {
  return toInteractionInput(rawInteractionSchema.parse(payload));
}

describe('toInteractionInput', () => {
  it('builds the same slash input as the gateway: nickname, options by name, mentioned users resolved', () => {
    const bot = { id: '200000000000000002', username: 'helper', bot: true };
    expect(
      convert({
        ...inGuild,
        type: 2,
        data: {
          name: 'stats',
          options: [{ name: 'user', type: 6, value: bot.id }],
          resolved: { users: { [bot.id]: bot }, members: { [bot.id]: { nick: 'Helpy' } } },
        },
      }),
    ).toEqual({
      kind: 'slash',
      command: 'stats',
      subcommand: null,
      options: { user: bot.id },
      users: { user: { id: bot.id, displayName: 'Helpy', isBot: true } },
      actor: { userId: ada.id, displayName: 'Countess', guildId: '7', source: 'discord' },
      channelId: '6',
      memberPermissions: 32n,
      memberRoles: ['11', '12'],
    });
  });

  it('flattens a subcommand and names a DM user by their global name', () => {
    const input = convert({
      ...inDm,
      type: 2,
      data: {
        name: 'privacy',
        options: [{ name: 'leaderboard', type: 1, options: [{ name: 'show', type: 3, value: 'off' }] }],
      },
    });
    expect(input).toMatchObject({
      kind: 'slash',
      subcommand: 'leaderboard',
      options: { show: 'off' },
      actor: { displayName: 'Ada L.', guildId: null },
    });
    expect(input).toMatchObject({ channelId: '5', memberPermissions: null, memberRoles: [] });
  });

  it('reads the focused option of an autocomplete', () => {
    const input = convert({
      ...inDm,
      type: 4,
      data: {
        name: 'mock-interview',
        options: [
          { name: 'questions', type: 4, value: 3 },
          { name: 'topic', type: 3, value: 'sq', focused: true },
        ],
      },
    });
    expect(input).toMatchObject({
      kind: 'autocomplete',
      command: 'mock-interview',
      focused: { name: 'topic', value: 'sq' },
    });
  });

  it('reads modal text inputs from action rows and from label components', () => {
    const input = convert({
      ...inGuild,
      type: 5,
      message: { id: '5' },
      data: {
        custom_id: 'mi:submit:s1:0:0',
        components: [
          { type: 1, components: [{ type: 4, custom_id: 'answer', value: 'An index speeds up reads.' }] },
          { type: 18, component: { type: 4, custom_id: 'note', value: 'n' } },
        ],
      },
    });
    expect(input).toMatchObject({
      kind: 'modal',
      customId: 'mi:submit:s1:0:0',
      fields: { answer: 'An index speeds up reads.', note: 'n' },
    });
  });

  it('takes buttons and leaves other components and pings to the caller', () => {
    expect(
      convert({ ...inGuild, type: 3, message: { id: '5' }, data: { custom_id: 'mi:next:s1:0', component_type: 2 } }),
    ).toMatchObject({ kind: 'button', customId: 'mi:next:s1:0' });
    expect(
      convert({ ...inGuild, type: 3, message: { id: '5' }, data: { custom_id: 'x', component_type: 3 } }),
    ).toBeNull();
    expect(convert({ id: '9', application_id: '8', token: 'tok', type: 1 })).toBeNull();
  });

  it.each([
    [
      'a non-numeric user id',
      { ...inDm, type: 3, user: { id: 'abc', username: 'x' }, data: { custom_id: 'x', component_type: 2 } },
    ],
    ['a custom id over 100 characters', { ...inDm, type: 3, data: { custom_id: 'x'.repeat(101), component_type: 2 } }],
    ['a command without a name', { ...inDm, type: 2, data: {} }],
  ])('refuses %s at the edge', (_, payload) => {
    expect(rawInteractionSchema.safeParse(payload).success).toBe(false);
  });
});
