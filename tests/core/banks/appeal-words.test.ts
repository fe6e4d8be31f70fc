import { describe, expect, it } from 'vitest';
import { appealDraft, areWordsOfAnswer } from '../../../src/core/banks/appeal-words.ts';

describe('appealDraft', () => {
  const answer = `${'alpha '.repeat(50)}the index makes lookups faster ${'omega '.repeat(50)}`.trim();

  it('offers the whole answer when it fits', () => {
    expect(appealDraft('A short answer.', 4000)).toBe('A short answer.');
  });

  it('offers the part around the evidence, whole words only, within the limit', () => {
    const draft = appealDraft(answer, 60, 'lookups faster');
    expect(draft.length).toBeLessThanOrEqual(60);
    expect(draft).toContain('the index makes lookups faster');
    expect(draft).toMatch(/^alpha .* omega$/);
    expect(areWordsOfAnswer(draft, answer)).toBe(true);
  });

  it('offers the beginning when there is no evidence, or it is not found, never a cut word', () => {
    expect(appealDraft(answer, 20)).toBe('alpha alpha alpha');
    expect(appealDraft(answer, 20, 'not said')).toBe('alpha alpha alpha');
    expect(appealDraft('abcdefghij klm', 12)).toBe('abcdefghij');
  });
});
