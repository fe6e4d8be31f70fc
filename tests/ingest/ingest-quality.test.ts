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
    // Another section's answer: not yet at most 10 for every question (docs/banks.md says why); these guard
    // the figures reached so that drafting does not slide back.
    expect(quality.nextOtherSection.mean).toBeLessThanOrEqual(10.5);
    expect(quality.allOtherSections.shareAtMost10).toBeGreaterThanOrEqual(0.75);
    // Each question above 10 lists the points that earn that score: their shares add up to it.
    expect(quality.nextOtherSection.credit.map((c) => `${c.id} ${c.score}`)).toEqual(quality.nextOtherSection.above10);
    for (const credit of quality.nextOtherSection.credit) {
      const total = credit.points.reduce((sum, p) => sum + p.share, 0);
      expect(Math.abs(total - credit.score)).toBeLessThanOrEqual(0.6);
      expect(credit.points.every((p) => p.share > 0 && p.evidence !== null)).toBe(true);
    }
  });

  it.each([
    ['tests/fixtures/documents/sql-interview-questions.md', 4, 0.92],
    ['tests/fixtures/documents/statistics-cheat-sheet.txt', 7.5, 0.92],
  ])(
    'drafts %s with every own model answer at 90 or more and little credit for other sections',
    (path, nextMean, share) => {
      const quality = measureIngest(
        EMPTY_BANK,
        draftedBankOf(ingestDocument({ text: read(path), fileName: path.replace(/^.*\//, '') })),
      );
      expect(quality.ownAnswer.below90).toEqual([]);
      expect(quality.nextOtherSection.mean).toBeLessThanOrEqual(nextMean);
      expect(quality.allOtherSections.shareAtMost10).toBeGreaterThanOrEqual(share);
    },
  );
});
