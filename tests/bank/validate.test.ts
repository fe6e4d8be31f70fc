import { describe, expect, it } from 'vitest';
import { checkBank, validateBank, type BankInput } from '../../src/core/bank/validate.ts';

const document = '# Doc\n\n## Alpha\nText about alpha.\n\n## Beta\nText about beta.\n';

function question(id: string, topic = 'topic-a'): Record<string, unknown> {
  return { id, topic, difficulty: 2, kind: 'recall', prompt: `Tell me about ${id}.`, modelAnswer: 'Alpha has text.' };
}

function rubric(questionId: string, source = 'Alpha'): Record<string, unknown> {
  return { questionId, keyPoints: [{ id: 'point', text: 'text about alpha', aliases: ['alpha text'], source }] };
}

function input(files: Record<string, { questions: unknown[]; rubrics: unknown[]; document?: string }>): BankInput {
  const entries = Object.entries(files);
  return {
    questionFiles: entries.map(([name, f]) => ({
      file: `question-bank/${name}`,
      data: { document: f.document ?? 'doc.md', questions: f.questions },
    })),
    rubricFiles: entries.map(([name, f]) => ({ file: `rubrics/${name}`, data: { rubrics: f.rubrics } })),
    documents: { 'doc.md': document },
  };
}

const codes = (i: BankInput): string[] => validateBank(i).problems.map((p) => p.code);

describe('validateBank', () => {
  it('builds the bank: questions in file order with rubric and document, ids indexed, topics sorted', () => {
    const { bank, problems } = validateBank(
      input({
        'a.json': {
          questions: [question('q-two', 'zeta'), question('q-one')],
          rubrics: [rubric('q-one'), rubric('q-two', 'Beta')],
        },
      }),
    );
    expect(problems).toEqual([]);
    expect(bank?.questions.map((q) => q.id)).toEqual(['q-two', 'q-one']);
    expect(bank?.byId.get('q-two')?.rubric.keyPoints[0]?.source).toBe('Beta');
    expect(bank?.byId.get('q-one')?.document).toBe('doc.md');
    expect(bank?.topics).toEqual(['topic-a', 'zeta']);
  });

  it('fills schema defaults: weight 1 and no hints', () => {
    const { bank } = validateBank(input({ 'a.json': { questions: [question('q-one')], rubrics: [rubric('q-one')] } }));
    expect(bank?.questions[0]?.hints).toEqual([]);
    expect(bank?.questions[0]?.rubric.keyPoints[0]?.weight).toBe(1);
  });

  it('returns no bank when there is any problem', () => {
    const { bank, problems } = validateBank(input({ 'a.json': { questions: [question('q-one')], rubrics: [] } }));
    expect(bank).toBeNull();
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['question-bank/a.json', 'question_without_rubric'],
      ['rubrics/a.json', 'invalid_shape'],
    ]);
  });

  it('says where the question of a rubric in the wrong file lives', () => {
    const { problems } = validateBank(
      input({
        'a.json': { questions: [question('q-one')], rubrics: [rubric('q-one'), rubric('q-two')] },
        'b.json': { questions: [question('q-two')], rubrics: [rubric('q-three')] },
      }),
    );
    expect(problems.map((p) => [p.file, p.code, p.message])).toEqual([
      ['question-bank/b.json', 'question_without_rubric', 'question "q-two" has no rubric in rubrics/b.json'],
      [
        'rubrics/a.json',
        'rubric_without_question',
        'rubric for question "q-two", which is in question-bank/b.json, not in question-bank/a.json',
      ],
      ['rubrics/b.json', 'rubric_without_question', 'rubric for question "q-three", which is in no question file'],
    ]);
  });

  it('reports a malformed question once, not again as its rubric lacking a question', () => {
    const bad = { ...question('q-two'), difficulty: 5 };
    expect(
      codes(
        input({
          'a.json': { questions: [question('q-one'), bad], rubrics: [rubric('q-one'), rubric('q-two')] },
        }),
      ),
    ).toEqual(['invalid_shape']);
  });

  it('reports a malformed rubric once, not again as its question lacking a rubric', () => {
    const bad = { ...rubric('q-two'), keyPoints: [] };
    expect(
      codes(
        input({
          'a.json': { questions: [question('q-one'), question('q-two')], rubrics: [rubric('q-one'), bad] },
        }),
      ),
    ).toEqual(['invalid_shape']);
  });

  it('checks sources only against a document that exists', () => {
    expect(
      codes(
        input({
          'a.json': { document: 'gone.md', questions: [question('q-one')], rubrics: [rubric('q-one', 'Nowhere')] },
        }),
      ),
    ).toEqual(['unknown_document']);
  });

  it('leaves an unparsable file to its reader and reports nothing more about it', () => {
    const i = input({ 'a.json': { questions: [question('q-one')], rubrics: [rubric('q-one')] } });
    expect(codes({ ...i, rubricFiles: [{ file: 'rubrics/a.json', data: undefined }] })).toEqual([]);
  });

  it('reports an empty bank', () => {
    expect(codes({ questionFiles: [], rubricFiles: [], documents: {} })).toEqual(['empty_bank']);
  });
});

describe('checkBank', () => {
  it('keeps what passed, for counts, next to the problems', () => {
    const { bank, problems } = checkBank(
      input({
        'a.json': { questions: [question('q-one'), question('q-two')], rubrics: [rubric('q-one')] },
      }),
    );
    expect(bank.questions.map((q) => q.id)).toEqual(['q-one']);
    expect(problems.map((p) => p.code)).toEqual(['question_without_rubric']);
  });
});
