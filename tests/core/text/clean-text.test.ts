import { describe, expect, it } from 'vitest';
import { cleanUserText } from '../../../src/core/text/clean-text.ts';

describe('cleanUserText', () => {
  it.each([
    ['NUL and other C0 controls', 'a\u0000b\u0007c\u001bd', 'abcd'],
    ['C1 controls', 'a\u0085b\u009bc', 'abc'],
    ['bidirectional overrides and isolates', 'key \u202Eelbat\u202C and \u2067x\u2069 \u200F', 'key elbat and x '],
    ['a lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDC00b', 'a\uFFFDb'],
  ])('takes out %s', (_, input, expected) => {
    expect(cleanUserText(input)).toBe(expected);
  });

  it('keeps tabs, line breaks, emoji (surrogate pairs and joiners) and accented letters', () => {
    const text = 'indexes\tspeed up\r\nreads 👩‍💻 café';
    expect(cleanUserText(text)).toBe(text);
  });
});
