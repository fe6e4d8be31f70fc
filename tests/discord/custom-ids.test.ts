import { describe, expect, it } from 'vitest';
import { encodeAppealId, parseAppealId, type AppealId } from '../../src/adapters/discord/banks/appeal-ids.ts';
import { encodeCustomId, parseCustomId, type CustomId } from '../../src/adapters/discord/interactions/custom-ids.ts';

describe('parseCustomId', () => {
  it.each<CustomId>([
    { kind: 'session', action: 'answer', sessionId: '0b9c3f9e-3f1a-4c55-9d0e-6a4b1c2d3e4f', index: 0 },
    { kind: 'session', action: 'next', sessionId: 'id-7', index: 4 },
    { kind: 'submit', sessionId: 'id-7', index: 2, answersBefore: 1 },
    { kind: 'data', choice: 'delete', userId: '123456789012345678' },
  ])('reads back what encodeCustomId wrote: %o', (id) => {
    const encoded = encodeCustomId(id);
    expect(encoded.length).toBeLessThanOrEqual(100);
    expect(parseCustomId(encoded)).toEqual(id);
  });

  it.each([
    '',
    'mi',
    'mi:answer:abc',
    'mi:fly:abc:1',
    'mi:answer:a b:1',
    'mi:answer:abc:-1',
    'other:answer:abc:1',
    'mi:submit:abc:1',
    'mi:data:delete:not-a-user',
    `mi:answer:${'x'.repeat(100)}:1`,
  ])('refuses %j', (raw) => {
    expect(parseCustomId(raw)).toBeNull();
  });
});

describe('parseAppealId', () => {
  const uuid = '0b9c3f9e-3f1a-4c55-9d0e-6a4b1c2d3e4f';
  it.each<AppealId>([
    { kind: 'open', attemptId: uuid },
    { kind: 'point', attemptId: uuid, point: 24 },
    { kind: 'words', attemptId: 'attempt-1', point: 0 },
    { kind: 'accept', appealId: uuid },
    { kind: 'reject', appealId: 'appeal_7' },
  ])('reads back what encodeAppealId wrote: %o', (id) => {
    const encoded = encodeAppealId(id);
    expect(encoded.length).toBeLessThanOrEqual(100);
    expect(parseAppealId(encoded)).toEqual(id);
    expect(parseCustomId(encoded)).toBeNull();
  });

  it.each([
    '',
    'ap:open',
    'ap:open:a b',
    'ap:point:abc',
    'ap:point:abc:25',
    'ap:words:abc:-1',
    'ap:accept:abc:1',
    'ap:fly:abc',
    'mi:open:abc',
    `ap:open:${'x'.repeat(65)}`,
    `ap:accept:${'x'.repeat(100)}`,
  ])('refuses %j', (raw) => {
    expect(parseAppealId(raw)).toBeNull();
  });
});
