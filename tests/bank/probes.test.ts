import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import type { BankQuestion, KeyPoint } from '../../src/core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';

const { bank } = await loadBank(defaultBankRoot());
const weights = bankTermWeights(bank!);
const probed: { question: BankQuestion; keyPoint: KeyPoint & { probe: string } }[] = bank!.questions.flatMap(
  (question) =>
    question.rubric.keyPoints
      .filter((k): k is KeyPoint & { probe: string } => k.probe !== undefined)
      .map((keyPoint) => ({ question, keyPoint })),
);
const where = (q: BankQuestion, k: KeyPoint) => `${q.id}/${k.id}`;

/** True when `phrase` occurs in `text` as whole words, whatever the case. */
function says(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

describe('the probes of the built-in bank', () => {
  it('give every key point a probe', () => {
    const without = bank!.questions.flatMap((q) =>
      q.rubric.keyPoints.filter((k) => k.probe === undefined).map((k) => where(q, k)),
    );
    expect(without).toEqual([]);
  });

  it('do not make their own point: the grader gives a probe, answered as is, nothing for it', () => {
    const credited = probed.flatMap(({ question, keyPoint }) => {
      const grade = gradeAnswer(compileQuestionRubric(question, weights), keyPoint.probe);
      const result = grade.keyPoints.find((r) => r.id === keyPoint.id)!;
      return result.status === 'miss' ? [] : [`${where(question, keyPoint)} ${result.status}: ${keyPoint.probe}`];
    });
    expect(credited).toEqual([]);
  });

  it("do not say their point's text or any of its aliases", () => {
    const telling = probed.flatMap(({ question, keyPoint }) =>
      [keyPoint.text, ...keyPoint.aliases]
        .filter((phrase) => says(keyPoint.probe, phrase))
        .map((phrase) => `${where(question, keyPoint)} says “${phrase}”`),
    );
    expect(telling).toEqual([]);
  });

  it('are unique within their question', () => {
    const repeated = bank!.questions.flatMap((q) => {
      const probes = q.rubric.keyPoints.flatMap((k) => (k.probe === undefined ? [] : [k.probe.toLowerCase()]));
      return probes.filter((p, i) => probes.indexOf(p) !== i).map((p) => `${q.id}: ${p}`);
    });
    expect(repeated).toEqual([]);
  });
});
