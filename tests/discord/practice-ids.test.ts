import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { zoneChoices } from '../../src/adapters/discord/daily/zone-choices.ts';
import { encodeGroupId, parseGroupId, type GroupId } from '../../src/adapters/discord/group-study/group-ids.ts';
import { roundSessionId } from '../../src/interviewer/rounds/round-session-id.ts';
import { dailySessionId } from '../../src/core/schedule/daily-session-id.ts';
import { parseCustomId } from '../../src/adapters/discord/interactions/custom-ids.ts';
import { deliveryFailureOf, messageBody, nonceFor } from '../../src/adapters/discord/messaging/rest-messenger.ts';

describe('encodeGroupId / parseGroupId', () => {
  it.each<GroupId>([
    { kind: 'round-answer', roundId: 'daily:123456789012345678:2026-03-02' },
    { kind: 'round-retry', roundId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    { kind: 'round-submit', roundId: 'g1-5', answersBefore: 1 },
    { kind: 'daily-answer', sessionId: dailySessionId('123456789012345678', '2026-03-02') },
    { kind: 'daily-retry', sessionId: 'd-1-2026-03-02' },
    { kind: 'daily-submit', sessionId: 'd-1-2026-03-02', answersBefore: 0 },
  ])('round-trips $kind within 100 characters, unseen by the interview ids', (id) => {
    const encoded = encodeGroupId(id);
    expect(encoded.length).toBeLessThanOrEqual(100);
    expect(parseGroupId(encoded)).toEqual(id);
    expect(parseCustomId(encoded)).toBeNull();
  });

  it.each([
    'mi:answer:s1:0',
    'mi:ra',
    'mi:ra:abc:1',
    'mi:rs:abc',
    'mi:ds:bad id:0',
    'mi:da:x:y:z',
    'xx:ra:abc',
    `mi:ra:${'a'.repeat(99)}`,
  ])('rejects %s', (raw) => expect(parseGroupId(raw)).toBeNull());

  it('derives one session id per member and round, valid in a custom id', () => {
    const id = roundSessionId('daily:123:2026-03-02', '42');
    expect(id).toMatch(/^r-[A-Za-z0-9_-]{40}$/);
    expect(roundSessionId('daily:123:2026-03-02', '42')).toBe(id);
    expect(roundSessionId('daily:123:2026-03-02', '43')).not.toBe(id);
  });
});

describe('zoneChoices', () => {
  it('finds zones by city or prefix, UTC included, at most 25', () => {
    expect(zoneChoices('new york').map((c) => c.value)).toEqual(['America/New_York']);
    expect(zoneChoices('utc')[0]?.value).toBe('UTC');
    expect(zoneChoices('')).toHaveLength(25);
  });
});

describe('deliveryFailureOf', () => {
  const apiError = (status: number, code: number) =>
    new DiscordAPIError({ code, message: 'x' }, code, status, 'POST', '/x', {});
  it.each([
    [403, 50007, 'dms_closed'],
    [404, 10003, 'channel_missing'],
    [403, 50013, 'missing_permissions'],
    [403, 50001, 'missing_permissions'],
    [400, 50035, 'other'],
    [500, 0, null],
  ])('%i %i → %s', (status, code, reason) => expect(deliveryFailureOf(apiError(status, code))).toBe(reason));

  it('treats network errors as passing', () => expect(deliveryFailureOf(new Error('socket hang up'))).toBeNull());
});

describe('messageBody', () => {
  it('pings only the configured role, and carries a nonce Discord enforces', () => {
    const body = messageBody(
      { content: '<@&1> @everyone', embeds: [], components: [] },
      { pingRoleId: '1', nonce: nonceFor('daily:channel:1:2026-03-02') },
    );
    expect(body).toMatchObject({ allowed_mentions: { parse: [], roles: ['1'] }, enforce_nonce: true });
    expect(String(body.nonce)).toHaveLength(25);
    expect(messageBody({ embeds: [], components: [] })).toEqual({
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });
});
