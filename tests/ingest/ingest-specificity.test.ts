import { describe, expect, it } from 'vitest';
import { draftedBankOf } from '../../bench/ingest-quality.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';
import { ingestDocument } from '../../src/core/ingest/ingest-document.ts';

const draft = (lines: string[]) => ingestDocument({ text: lines.join('\n'), fileName: 'notes.md' });

/** Every drafted question graded with every drafted model answer, as the product grades a bank. */
function scores(lines: string[]): Map<string, number> {
  const bank = draftedBankOf(draft(lines));
  const weights = bankTermWeights(bank);
  const out = new Map<string, number>();
  for (const q of bank.questions)
    for (const o of bank.questions)
      out.set(`${q.id} <- ${o.id}`, gradeAnswer(compileQuestionRubric(q, weights), o.modelAnswer).score);
  return out;
}

const CACHE_AND_REPLICATION = [
  '# Notes',
  '',
  '## Caching',
  '',
  '**What does a cache do?**',
  'A cache keeps copies of frequent reads in fast memory. Eviction removes the least recently used entries.',
  '',
  '## Replication',
  '',
  '**What does replication give you?**',
  'Replication keeps copies of the data on several servers. Failover promotes a replica when the primary server dies.',
];

describe('ingestDocument keeps each rubric specific to its section', () => {
  it('drops an alias that another section states, keeping the key point itself at weight 1 when it is alone', () => {
    const drafted = draft([
      '# Notes',
      '',
      '## Caching',
      '',
      '**What does eviction do?**',
      'Eviction removes the least recently used entries.',
      '',
      '## Filters',
      '',
      '**How does a filter work?**',
      'A filter deletes the elements that fail a predicate.',
    ]);
    // The thesaurus would say it "Eviction deletes the minimum recently utilized elements": the filter's words.
    // Each question's lone point keeps weight 1 though the other section's words earn part of it.
    expect(drafted.questions.map((q) => q.rubric.keyPoints.map((k) => [k.text, k.aliases, k.weight]))).toEqual([
      [['Eviction removes the least recently used entries', ['eviction removes least recently used entries'], 1]],
      [['A filter deletes the elements that fail a predicate', ['filter deletes elements fail predicate'], 1]],
    ]);
  });

  it("marks the words another section also says as shared: alone they earn nothing, with the point's own words they do", () => {
    const drafted = draft(CACHE_AND_REPLICATION);
    expect(
      drafted.questions.map((q) => q.rubric.keyPoints.map((k) => [k.text.split(' ')[0], k.weight, k.sharedWords])),
    ).toEqual([
      [
        ['A', 1, ['keeps', 'copies']],
        ['Eviction', 1, undefined],
      ],
      [
        ['Replication', 1, ['keeps', 'copies']],
        ['Failover', 1, undefined],
      ],
    ]);
    const graded = scores(CACHE_AND_REPLICATION);
    expect(graded.get('notes-cache <- notes-cache')).toBe(100);
    expect(graded.get('notes-replication-give <- notes-replication-give')).toBe(100);
    // Without shared words "keeps copies" earned the other section's answer over a quarter of each question.
    expect(graded.get('notes-cache <- notes-replication-give')).toBe(0);
    expect(graded.get('notes-replication-give <- notes-cache')).toBe(0);
    const bank = draftedBankOf(draft(CACHE_AND_REPLICATION));
    const cache = compileQuestionRubric(bank.questions[0]!, bankTermWeights(bank));
    expect(gradeAnswer(cache, 'It keeps copies.').score).toBe(0);
    expect(gradeAnswer(cache, 'It holds copies of frequent reads in memory.').keyPoints[0]!.status).toBe('hit');
  });

  it('weighs a key point another section makes in full a tenth, so restating it earns little there', () => {
    const restated = [
      ...CACHE_AND_REPLICATION.slice(0, 6),
      '',
      '## Interview summary',
      '',
      '**Why would you add a cache?**',
      'Reads get faster: a cache keeps copies of frequent reads in fast memory.',
    ];
    const drafted = draft(restated);
    expect(drafted.questions.map((q) => q.rubric.keyPoints.map((k) => [k.text.split(' ')[0], k.weight]))).toEqual([
      [
        ['A', 0.1],
        ['Eviction', 1],
      ],
      [
        ['Reads', 1],
        ['a', 0.1],
      ],
    ]);
    const graded = scores(restated);
    expect(graded.get('notes-cache <- notes-cache')).toBe(100);
    expect(graded.get('notes-add-cache <- notes-add-cache')).toBe(100);
    expect(graded.get('notes-cache <- notes-add-cache')).toBeLessThanOrEqual(10);
    expect(graded.get('notes-add-cache <- notes-cache')).toBeLessThanOrEqual(10);
  });

  it('does not compare questions drafted from the same heading: they answer parts of one section', () => {
    const sameHeading = CACHE_AND_REPLICATION.filter((line) => line !== '## Replication');
    const drafted = draft(sameHeading);
    expect(drafted.questions.map((q) => q.rubric.keyPoints[0]!.source)).toEqual(['Caching', 'Caching']);
    expect(drafted.questions.flatMap((q) => q.rubric.keyPoints.map((k) => k.weight))).toEqual([1, 1, 1, 1]);
  });
});
