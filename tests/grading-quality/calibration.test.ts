import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeLabelled, readLabelled } from '../../bench/labelled.ts';
import { summarise } from '../../bench/labelled-metrics.ts';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';

/**
 * The scores of the in-sample dev sets against their fair scores, rounded a little towards worse: a guard for
 * the score's calibration (stray words are not a partial answer, partial credit follows what was said).
 * Raise them when the grader improves; never lower them to let a change through.
 */
const FLOORS: Record<string, { coversNothingScoredAbove: number; scoreMae: number }> = {
  'labelled-answers-dev-calib.jsonl': { coversNothingScoredAbove: 5, scoreMae: 7 },
  'labelled-answers-dev-meaning.jsonl': { coversNothingScoredAbove: 3, scoreMae: 5.5 },
  'labelled-answers.jsonl': { coversNothingScoredAbove: 9, scoreMae: 5.5 },
  'labelled-answers-dev-claims.jsonl': { coversNothingScoredAbove: 7, scoreMae: 5.8 },
  'labelled-answers-dev-claims-2.jsonl': { coversNothingScoredAbove: 1, scoreMae: 1 },
  'labelled-answers-dev-reader.jsonl': { coversNothingScoredAbove: 5, scoreMae: 4 },
  'labelled-answers-dev-relate.jsonl': { coversNothingScoredAbove: 1, scoreMae: 5 },
  'labelled-answers-dev-contrary.jsonl': { coversNothingScoredAbove: 3, scoreMae: 6 },
  'labelled-answers-dev-wordnet.jsonl': { coversNothingScoredAbove: 2, scoreMae: 8 },
  'labelled-answers-dev-grading.jsonl': { coversNothingScoredAbove: 9, scoreMae: 10.5 },
  'labelled-answers-dev-grading-2.jsonl': { coversNothingScoredAbove: 5, scoreMae: 14 },
  'labelled-answers-dev-vectors.jsonl': { coversNothingScoredAbove: 1, scoreMae: 8 },
  'labelled-answers-dev-antonyms.jsonl': { coversNothingScoredAbove: 7, scoreMae: 10 },
  'labelled-answers-dev-own-words-3.jsonl': { coversNothingScoredAbove: 8, scoreMae: 12.5 },
  'labelled-answers-dev-rambling-own-words.jsonl': { coversNothingScoredAbove: 8, scoreMae: 23 },
  'labelled-answers-dev-dismissals.jsonl': { coversNothingScoredAbove: 2, scoreMae: 4.5 },
  'labelled-answers-dev-own-words-4.jsonl': { coversNothingScoredAbove: 4, scoreMae: 8.5 },
};

describe('the score against fair scores on the dev sets', () => {
  it.each(Object.entries(FLOORS))('%s: few answers covering nothing above 10, a small error', async (file, floor) => {
    const { bank } = await loadBank(defaultBankRoot());
    const { rows, problems } = readLabelled(
      readFileSync(join(defaultBankRoot(), 'tests/fixtures', file), 'utf8'),
      bank!,
    );
    expect(problems).toEqual([]);
    const report = summarise(gradeLabelled(rows, bank!));
    expect(report.coversNothing.scoredAbove).toBeLessThanOrEqual(floor.coversNothingScoredAbove);
    expect(report.scoreError!.mae).toBeLessThanOrEqual(floor.scoreMae);
  });
});
