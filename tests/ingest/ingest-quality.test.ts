import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { ingestDocument } from '../../src/core/ingest/ingest-document.ts';
import { draftedBankOf, measureIngest } from '../../bench/ingest-quality.ts';

const SEED = 'question-bank/documents/ml-workflow-interview-prep.md';
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const EMPTY_BANK = { questions: [], byId: new Map(), topics: [] };

describe('ingestDocument on the seed document (the bars bench:ingest reports)', () => {
  it('covers at least 80 % of the hand-written key points and grades every own model answer at 90 or more', async () => {
    const { bank: hand } = await loadBank(defaultBankRoot());
    const quality = measureIngest(
      hand!,
      draftedBankOf(ingestDocument({ text: read(SEED), fileName: 'ml-workflow-interview-prep.md' })),
    );
    expect(quality.matchedQuestions).toBe(hand!.questions.length);
    expect(quality.coverage).toBeGreaterThanOrEqual(0.8);
    expect(quality.ownAnswer.below90).toEqual([]);
    // An answer taken from another section scores at most 10 on every question.
    expect(quality.nextOtherSection.above10).toEqual([]);
    expect(quality.nextOtherSection.max).toBeLessThanOrEqual(10);
    expect(quality.allOtherSections.shareAtMost10).toBeGreaterThanOrEqual(0.97);
    // Specificity has a price: another writer's right answer earns less than it would on equal words.
    expect(quality.handAnswer.mean).toBeGreaterThanOrEqual(68);
  });

  it.each([
    ['tests/fixtures/documents/sql-interview-questions.md', 0.97],
    ['tests/fixtures/documents/statistics-cheat-sheet.txt', 0.97],
  ])('drafts %s with every own model answer at 90 or more and at most 10 for other sections', (path, share) => {
    const quality = measureIngest(
      EMPTY_BANK,
      draftedBankOf(ingestDocument({ text: read(path), fileName: path.replace(/^.*\//, '') })),
    );
    expect(quality.ownAnswer.below90).toEqual([]);
    expect(quality.nextOtherSection.above10).toEqual([]);
    expect(quality.allOtherSections.shareAtMost10).toBeGreaterThanOrEqual(share);
  });
});
