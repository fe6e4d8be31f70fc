import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/adapters/fs/load-bank.ts';
import type { BankProblemCode } from '../../src/core/bank/problems.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/banks/${name}/`, import.meta.url));

type Expected = [file: string, path: string, code: BankProblemCode];

describe('loadBank', () => {
  it('loads a valid bank with no problem', async () => {
    const { bank, problems } = await loadBank(fixture('valid'));
    expect(problems).toEqual([]);
    expect(bank?.questions.map((q) => [q.id, q.document, q.rubric.keyPoints[0]?.source])).toEqual([
      ['q-one', 'tiny.md', 'Section One'],
      ['q-two', 'tiny.md', 'Section Two'],
    ]);
    expect(bank?.topics).toEqual(['tiny']);
  });

  it.each<[string, Expected[]]>([
    ['invalid-json', [['question-bank/tiny.json', '', 'invalid_json']]],
    [
      'invalid-shape',
      [
        ['question-bank/tiny.json', 'questions.1.id', 'invalid_shape'],
        ['question-bank/tiny.json', 'questions.1.difficulty', 'invalid_shape'],
        ['question-bank/tiny.json', 'questions.1', 'invalid_shape'],
        ['rubrics/tiny.json', 'rubrics.1.keyPoints.0.weight', 'invalid_shape'],
      ],
    ],
    ['duplicate-question-id', [['question-bank/tiny.json', 'questions.0.id', 'duplicate_question_id']]],
    ['duplicate-key-point-id', [['rubrics/tiny.json', 'rubrics.0.keyPoints.1.id', 'duplicate_key_point_id']]],
    ['duplicate-rubric', [['rubrics/tiny.json', 'rubrics.1.questionId', 'duplicate_rubric']]],
    ['question-without-rubric', [['question-bank/tiny.json', 'questions.1.id', 'question_without_rubric']]],
    ['rubric-without-question', [['rubrics/tiny.json', 'rubrics.1.questionId', 'rubric_without_question']]],
    ['missing-source', [['rubrics/tiny.json', 'rubrics.0.keyPoints.0.source', 'missing_source']]],
    ['unknown-source', [['rubrics/tiny.json', 'rubrics.0.keyPoints.0.source', 'unknown_source']]],
    ['unknown-document', [['question-bank/tiny.json', 'document', 'unknown_document']]],
    ['empty-aliases', [['rubrics/tiny.json', 'rubrics.0.keyPoints.0.aliases', 'empty_aliases']]],
    ['rubric-file-without-bank-file', [['rubrics/orphan.json', '', 'rubric_file_without_bank_file']]],
    ['bank-file-without-rubric-file', [['question-bank/tiny.json', '', 'bank_file_without_rubric_file']]],
    ['empty-bank', [['question-bank', '', 'empty_bank']]],
    ['unreadable-file', [['question-bank/documents/gone.md', '', 'unreadable_file']]],
  ])('catches %s and nothing else', async (name, expected) => {
    const { bank, problems } = await loadBank(fixture(name));
    expect(problems.map((p): Expected => [p.file, p.path, p.code])).toEqual(expected);
    expect(bank).toBeNull();
  });

  it('lists every problem of a bank broken in many ways at once', async () => {
    const { bank, problems } = await loadBank(fixture('many-problems'));
    expect(bank).toBeNull();
    expect(problems.map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual([
      'invalid_shape question-bank/alpha.json questions.1.kind',
      'duplicate_question_id question-bank/beta.json questions.0.id',
      'question_without_rubric question-bank/beta.json questions.0.id',
      'invalid_json question-bank/gamma.json ',
      'duplicate_key_point_id rubrics/alpha.json rubrics.0.keyPoints.1.id',
      'empty_aliases rubrics/alpha.json rubrics.0.keyPoints.1.aliases',
      'rubric_without_question rubrics/alpha.json rubrics.1.questionId',
      'missing_source rubrics/beta.json rubrics.0.keyPoints.0.source',
      'unknown_source rubrics/beta.json rubrics.0.keyPoints.1.source',
      'rubric_file_without_bank_file rubrics/delta.json ',
    ]);
  });

  it('names the file that first used a repeated question id', async () => {
    const { problems } = await loadBank(fixture('duplicate-question-id'));
    expect(problems[0]?.message).toBe('question id "q-one" is already used in question-bank/other.json');
  });
});
