import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftedBankOf } from '../../bench/ingest-quality.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';
import { draftProbe } from '../../src/core/ingest/draft-probe.ts';
import { ingestDocument } from '../../src/core/ingest/ingest-document.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('draftProbe', () => {
  it('asks about the facet a list item is labelled with', () => {
    expect(draftProbe('When to Use', 'Fast numerical computations')).toBe('When would you reach for it?');
    expect(draftProbe('Access  Method', 'SQL queries')).toBe('How do you get at it?');
    expect(draftProbe('Examples', 'SQL databases, CSV files')).toBe('Can you give an example or two?');
  });

  it('drafts nothing for an unlabelled point, a label that is the point itself, or a probe saying the point’s words', () => {
    expect(draftProbe(null, 'Fast numerical computations')).toBeUndefined();
    expect(draftProbe('Data Lakes', 'Most enterprise data lives in centralized repositories')).toBeUndefined();
    expect(draftProbe('Launch Jupyter', 'Start notebook servers remotely')).toBeUndefined();
    expect(draftProbe('File Support', 'reads many file formats')).toBeUndefined();
  });
});

describe('ingestDocument probes on the seed document', () => {
  const drafted = draftedBankOf(
    ingestDocument({ text: read('question-bank/documents/ml-workflow-interview-prep.md'), fileName: 'seed.md' }),
  );
  const weights = bankTermWeights(drafted);
  const probed = drafted.questions.flatMap((q) =>
    q.rubric.keyPoints.filter((k) => k.probe !== undefined).map((k) => ({ q, k })),
  );

  it('gives the labelled points a probe that passes the bank check', () => {
    expect(probed.length).toBeGreaterThanOrEqual(30);
  });

  it('never drafts a probe that, graded as an answer, earns anything for its point', () => {
    const credited = probed.filter(({ q, k }) => {
      const result = gradeAnswer(compileQuestionRubric(q, weights), k.probe!).keyPoints.find((r) => r.id === k.id);
      return result?.status !== 'miss';
    });
    expect(credited.map(({ q, k }) => `${q.id}/${k.id}: ${k.probe}`)).toEqual([]);
  });
});
