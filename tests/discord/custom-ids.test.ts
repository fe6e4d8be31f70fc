import { describe, expect, it } from 'vitest';
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
