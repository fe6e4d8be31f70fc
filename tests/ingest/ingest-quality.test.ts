import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { ingestDocument } from '../../src/core/ingest/ingest-document.ts';
import { draftedBankOf, measureIngest } from '../../bench/ingest-quality.ts';

const SEED = 'question-bank/documents/ml-workflow-interview-prep.md';

describe('ingestDocument on the seed document (the bars bench:ingest reports)', () => {
  it('covers at least 80 % of the hand-written key points and grades every own model answer at 90 or more', async () => {
    const { bank: hand } = await loadBank(defaultBankRoot());
    const text = readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8');
    const quality = measureIngest(
      hand!,
      draftedBankOf(ingestDocument({ text, fileName: 'ml-workflow-interview-prep.md' })),
    );
    expect(quality.matchedQuestions).toBe(hand!.questions.length);
    expect(quality.coverage).toBeGreaterThanOrEqual(0.8);
    expect(quality.ownAnswer.below90).toEqual([]);
  });
});
