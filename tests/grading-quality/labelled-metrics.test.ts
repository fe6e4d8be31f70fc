import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelled } from '../../bench/labelled.ts';
import { countByKind, coveredWeightScore, summarise, type GradedAnswer } from '../../bench/labelled-metrics.ts';
import { formatLabelled } from '../../bench/labelled-report.ts';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';

/** A graded answer to a question with key points a, b and c; `hits` are the points the grader called hits. */
function graded(
  kind: string,
  covers: string[],
  hits: string[],
  score: number,
  fairScore = 0,
  fairScoreDerived = false,
): GradedAnswer {
  return {
    kind,
    covers,
    decisions: ['a', 'b', 'c'].map((id) => ({ id, hit: hits.includes(id) })),
    score,
    fairScore,
    fairScoreDerived,
  };
}

describe('countByKind', () => {
  it('counts every key-point decision against the labels, per kind', () => {
    const counts = countByKind([graded('x', ['a', 'b'], ['a', 'c'], 50), graded('y', [], [], 0)]);
    expect(counts.get('x')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 0, answers: 1 });
    expect(counts.get('y')).toEqual({ tp: 0, fp: 0, fn: 0, tn: 3, answers: 1 });
  });
});

describe('summarise', () => {
  it('gives own-words recall and wrong-claims precision from their kinds only', () => {
    const report = summarise([
      graded('own-words', ['a', 'b', 'c'], ['a'], 30),
      graded('wrong-claims', ['a'], ['a', 'b', 'c'], 100),
      graded('complete', ['a', 'b', 'c'], ['a', 'b', 'c'], 100),
    ]);
    expect(report.ownWords).toEqual({ recall: 1 / 3, kinds: ['own-words'] });
    expect(report.wrongClaims).toEqual({ precision: 1 / 3, kinds: ['wrong-claims'] });
    expect(report.recall).toBeCloseTo(5 / 7, 10);
    expect(report.precision).toBeCloseTo(5 / 7, 10);
  });

  it("reads the older files' paraphrase and negation kinds as own words and wrong claims, and says so", () => {
    const report = summarise([graded('paraphrase', ['a', 'b'], ['a', 'b'], 60), graded('negation', [], ['c'], 20)]);
    expect(report.ownWords).toEqual({ recall: 1, kinds: ['paraphrase'] });
    expect(report.wrongClaims).toEqual({ precision: 0, kinds: ['negation'] });
  });

  it('has no own-words or wrong-claims figure when the file has no such answers', () => {
    const report = summarise([graded('complete', ['a'], ['a'], 100)]);
    expect(report.ownWords).toBeNull();
    expect(report.wrongClaims).toBeNull();
  });

  it('counts the answers that cover nothing and score above 10 (10 itself is allowed)', () => {
    const report = summarise([
      graded('off-topic', [], [], 0),
      graded('off-topic', [], [], 10),
      graded('off-topic', [], [], 11),
      graded('wrong-claims', [], ['a'], 60),
      graded('partial', ['a'], [], 40),
    ]);
    expect(report.coversNothing).toEqual({ answers: 4, scoredAbove: 2, maxScore: 10 });
  });

  it('measures the score against the fair score: mean absolute error and bias, overall and per kind', () => {
    const report = summarise([
      graded('own-words', ['a'], [], 10, 40),
      graded('own-words', ['a'], [], 30, 40),
      graded('wrong-claims', [], ['a'], 60, 0, true),
    ]);
    expect(report.scoreError).toEqual({
      mae: (30 + 10 + 60) / 3,
      bias: (-30 - 10 + 60) / 3,
      answers: 3,
      derivedAnswers: 1,
      byKind: { 'own-words': { mae: 20, bias: -20, answers: 2 }, 'wrong-claims': { mae: 60, bias: 60, answers: 1 } },
    });
  });

  it('has no score error without answers', () => {
    expect(summarise([]).scoreError).toBeNull();
  });
});

describe('formatLabelled', () => {
  it('prints the per-kind table with score errors, then each headline figure the answers allow', () => {
    const lines = formatLabelled(
      'f.jsonl',
      summarise([
        graded('own-words', ['a', 'b'], ['a'], 30, 67),
        graded('wrong-claims', [], ['a'], 40),
        graded('off-topic', [], [], 0),
      ]),
    );
    expect(lines[1]).toMatch(/kind +answers +precision +recall +F1 +MAE +bias/);
    expect(lines).toContain('  own-words recall 0.500 (kinds: own-words)');
    expect(lines).toContain('  wrong-claims precision 0.000 (kinds: wrong-claims)');
    expect(lines).toContain('  answers covering no key point: 1 of 2 score above 10');
    expect(lines.at(-1)).toBe('  score vs fair score: mean absolute error 25.7, bias +1.0 (3 answers)');
  });
});

describe('coveredWeightScore', () => {
  it('is the share of the key-point weight the labels cover, rounded', () => {
    const keyPoints = [
      { id: 'a', weight: 2 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 1 },
      { id: 'd', weight: 2 },
    ];
    expect(coveredWeightScore(keyPoints, ['a', 'b'])).toBe(50);
    expect(coveredWeightScore(keyPoints, ['b'])).toBe(17);
    expect(coveredWeightScore(keyPoints, [])).toBe(0);
    expect(coveredWeightScore(keyPoints, ['a', 'b', 'c', 'd'])).toBe(100);
  });
});

describe('readLabelled', () => {
  it('accepts a fair score from 0 to 100 and rejects any other', async () => {
    const { bank } = await loadBank(defaultBankRoot());
    const line = (fairScore: unknown) =>
      JSON.stringify({ questionId: 'numpy-purpose', kind: 'k', answer: 'x', covers: [], fairScore });
    const { rows, problems } = readLabelled([line(0), line(100), line(101), line(-1), line('50')].join('\n'), bank!);
    expect(rows.map((r) => r.fairScore)).toEqual([0, 100]);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['line 3', 'line 4', 'line 5']);
  });
});

describe('npm run bench:grading -- --labelled', () => {
  it('adds the new figures to the --json metrics line after the old ones, one pair of lines per file', async () => {
    const { bank } = await loadBank(defaultBankRoot());
    const question = bank!.byId.get('numpy-purpose')!;
    const dir = mkdtempSync(join(tmpdir(), 'labelled-'));
    const allPoints = question.rubric.keyPoints.map((k) => k.id);
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(
      first,
      [
        { questionId: question.id, kind: 'complete', answer: question.modelAnswer, covers: allPoints, fairScore: 100 },
        { questionId: question.id, kind: 'off-topic', answer: 'Lorem ipsum dolor sit amet.', covers: [], fairScore: 0 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    writeFileSync(
      second,
      JSON.stringify({ questionId: question.id, kind: 'paraphrase', answer: question.modelAnswer, covers: allPoints }),
    );
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/grading-quality.ts', '--labelled', first, second, '--json'],
      { cwd: defaultBankRoot(), encoding: 'utf8' },
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0]!)).toEqual(['speed']);
    expect(Object.keys(lines[1]!)).toEqual([
      'precision',
      'recall',
      'f1',
      'decisions',
      'answers',
      'byKind',
      'ownWords',
      'wrongClaims',
      'coversNothing',
      'scoreError',
      'file',
    ]);
    expect(lines[1]).toMatchObject({ file: 'first.jsonl', answers: 2, coversNothing: { answers: 1, scoredAbove: 0 } });
    expect(lines[1].scoreError).toMatchObject({ answers: 2, derivedAnswers: 0 });
    expect(lines[3]).toMatchObject({
      file: 'second.jsonl',
      answers: 1,
      ownWords: { recall: 1, kinds: ['paraphrase'] },
    });
    expect(lines[3].scoreError).toMatchObject({ answers: 1, derivedAnswers: 1 });
  });
});
