import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  fitEmbeds,
  joinLinesWithin,
  length,
  truncate,
} from '../../src/adapters/discord/interactions/limits.ts';

describe('truncate', () => {
  it('leaves short text alone and ends cut text with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(length(truncate('x'.repeat(5000), 2000))).toBe(2000);
  });

  it('counts code points, so an emoji is never split in half', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('joinLinesWithin', () => {
  it('keeps whole lines and says how many were left out', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line number ${i}`);
    const joined = joinLinesWithin(lines, 100);
    expect(length(joined)).toBeLessThanOrEqual(100);
    expect(joined).toMatch(/… and \d+ more$/);
  });
});

describe('escapeMarkdown', () => {
  it('escapes what would break the layout and breaks mentions', () => {
    expect(escapeMarkdown('`a` *b* _c_ > d | e ~f~')).toBe('\\`a\\` \\*b\\* \\_c\\_ \\> d \\| e \\~f\\~');
    expect(escapeMarkdown('@everyone <@&123>')).toBe('@\u200beveryone <@\u200b&123\\>');
  });
});

describe('fitEmbeds', () => {
  it('keeps every part and the 6000 total within Discord limits', () => {
    const big = 'y'.repeat(5000);
    const embeds = fitEmbeds([
      {
        title: 't'.repeat(300),
        description: big,
        fields: Array.from({ length: 30 }, () => ({ name: 'n', value: 'v'.repeat(2000) })),
      },
      { description: big },
    ]);
    const size = embeds.reduce(
      (sum, e) =>
        sum +
        length(e.title ?? '') +
        length(e.description ?? '') +
        (e.fields ?? []).reduce((s, f) => s + length(f.name) + length(f.value), 0),
      0,
    );
    expect(size).toBeLessThanOrEqual(6000);
    expect(length(embeds[0]!.title!)).toBeLessThanOrEqual(256);
    expect(embeds[0]!.fields!.length).toBeLessThanOrEqual(25);
    for (const f of embeds[0]!.fields!) expect(length(f.value)).toBeLessThanOrEqual(1024);
  });
});
