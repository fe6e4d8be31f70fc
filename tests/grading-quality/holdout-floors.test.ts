import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeLabelled, readLabelled } from '../../bench/labelled.ts';
import { summarise } from '../../bench/labelled-metrics.ts';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';

/**
 * Today's figures of the grader on the second held-out set, rounded a little towards worse: a regression guard,
 * not the target. Raise them when the grader improves; never lower them to let a change through.
 */
const FLOORS = {
  f1: 0.86,
  ownWordsRecall: 0.76,
  wrongClaimsPrecision: 0.11,
  /** At most this many of the answers that cover nothing may score above 10. */
  coversNothingScoredAbove: 15,
  /** Score mean absolute error against the fair score, at most. */
  scoreMae: 12,
  /**
   * Rambling was 0.87 before the claim reader judged a wrong definition to state nothing else; that cost one
   * rambling decision and bought fewer covering-nothing answers above 10 (22 → 19) and a lower MAE (16.4 →
   * 15.8), so this one floor was lowered on purpose, with the trade written in docs/grading-meaning.md. The
   * own-words knowledge cost one more rambling decision (0.853 → 0.824) and bought own-words recall 0.623 →
   * 0.747, F1 0.823 → 0.858 and MAE 14.0 → 12.1: lowered once more, on purpose, for that trade. The second
   * own-words pass brought it back to 0.841, so the floor is 0.83 again.
   */
  kindF1: { complete: 0.98, partial: 0.93, 'off-topic': 1, rambling: 0.83 } as Record<string, number>,
};

const HELD_OUT_2 = join(defaultBankRoot(), 'tests/fixtures/labelled-answers-holdout-2.jsonl');

describe('the second held-out labelled answers (written and committed before the grader ran on them)', () => {
  it("keep today's figures or better", async () => {
    const { bank } = await loadBank(defaultBankRoot());
    const { rows, problems } = readLabelled(readFileSync(HELD_OUT_2, 'utf8'), bank!);
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(130);
    expect(rows.every((r) => r.fairScore !== undefined)).toBe(true);
    const report = summarise(gradeLabelled(rows, bank!));
    expect(report.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(report.ownWords!.recall).toBeGreaterThanOrEqual(FLOORS.ownWordsRecall);
    expect(report.wrongClaims!.precision).toBeGreaterThanOrEqual(FLOORS.wrongClaimsPrecision);
    expect(report.coversNothing.scoredAbove).toBeLessThanOrEqual(FLOORS.coversNothingScoredAbove);
    expect(report.scoreError!.mae).toBeLessThanOrEqual(FLOORS.scoreMae);
    for (const [kind, floor] of Object.entries(FLOORS.kindF1))
      expect(report.byKind[kind]!.f1, kind).toBeGreaterThanOrEqual(floor);
  });
});
