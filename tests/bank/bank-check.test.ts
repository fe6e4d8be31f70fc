import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultBankRoot } from '../../src/adapters/fs/load-bank.ts';
import { runBankCheck } from '../../src/main/bank-check.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/banks/${name}/`, import.meta.url));
// Node words JSON syntax errors differently from version to version.
const stableJsonErrors = (text: string): string => text.replace(/not valid JSON: .*/g, 'not valid JSON: …');

describe('runBankCheck', () => {
  it('summarizes a sound bank and exits 0', async () => {
    expect(await runBankCheck({ root: fixture('valid') })).toEqual({
      output: '2 questions, 2 key points, 1 topic: ok',
      exitCode: 0,
    });
  });

  it('checks the repository bank by default', async () => {
    const { output, exitCode } = await runBankCheck();
    expect(output).toMatch(/^\d+ questions, \d+ key points, \d+ topics: ok$/);
    expect(exitCode).toBe(0);
  });

  it('lists every problem one per line as file: path: message, then the summary, and exits 1', async () => {
    const { output, exitCode } = await runBankCheck({ root: fixture('many-problems') });
    expect(exitCode).toBe(1);
    expect(stableJsonErrors(output)).toMatchInlineSnapshot(`
      "question-bank/alpha.json: questions.1.kind: Invalid option: expected one of "recall"|"when-to-use"|"comparison"|"scenario"
      question-bank/beta.json: questions.0.id: question id "q-one" is already used in question-bank/alpha.json
      question-bank/beta.json: questions.0.id: question "q-one" has no rubric in rubrics/beta.json
      question-bank/gamma.json: not valid JSON: …
      rubrics/alpha.json: rubrics.0.keyPoints.1.id: key point id "kp-one" is used twice in this rubric
      rubrics/alpha.json: rubrics.0.keyPoints.1.aliases: key point "kp-one" has no aliases
      rubrics/alpha.json: rubrics.1.questionId: rubric for question "q-ghost", which is in no question file
      rubrics/beta.json: rubrics.0.keyPoints.0.source: key point "kp-three" has no source (the document heading it comes from)
      rubrics/beta.json: rubrics.0.keyPoints.1.source: source "Nowhere" of key point "kp-four" is not a heading of the document
      rubrics/delta.json: rubric file has no question file question-bank/delta.json
      2 questions, 4 key points, 1 topic: 10 problems"
    `);
  });

  it('prints JSON with the counts, the topics and the problems', async () => {
    const { output, exitCode } = await runBankCheck({ root: fixture('duplicate-rubric'), json: true });
    expect(exitCode).toBe(1);
    expect(JSON.parse(output)).toEqual({
      questions: 1,
      keyPoints: 1,
      topics: ['tiny'],
      problems: [
        {
          file: 'rubrics/tiny.json',
          path: 'rubrics.1.questionId',
          code: 'duplicate_rubric',
          message: 'question "q-one" has more than one rubric',
        },
      ],
    });
    expect(Object.keys(JSON.parse(output))).toEqual(['questions', 'keyPoints', 'topics', 'problems']);
  });

  it('resolves the default root to the repository root', () => {
    expect(fileURLToPath(new URL('../../', import.meta.url))).toBe(defaultBankRoot());
  });
});
