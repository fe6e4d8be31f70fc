import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const rubric = {
  id: 'tools',
  question: 'What tools do you use for ML development?',
  keyPoints: [
    { id: 'jupyter', text: 'Jupyter notebooks for exploration', aliases: ['notebooks to explore data'] },
    { id: 'libraries', text: 'NumPy, Pandas and scikit-learn for implementation', weight: 2 },
  ],
};

function rubricFile(content: unknown = rubric): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mi-grade-')), 'rubric.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('mock-interviewer grade', () => {
  it('prints exactly the JSON contract for --rubric and --answer', async () => {
    const run = await runCli([
      'grade',
      '--rubric',
      rubricFile(),
      '--answer',
      'I explore data in Jupyter notebooks.',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['score', 'keyPoints']);
    expect(out).toMatchObject({
      score: 33,
      keyPoints: [
        { id: 'jupyter', status: 'hit' },
        { id: 'libraries', status: 'miss', evidence: null },
      ],
    });
    expect(Object.keys((out.keyPoints as object[])[0]!)).toEqual(['id', 'status', 'confidence', 'evidence']);
  });

  it('reads the answer from stdin when none is given', async () => {
    const run = await runCli(['grade', '--rubric', rubricFile(), '--json'], {
      input: 'We use NumPy, Pandas and scikit-learn to implement models.',
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ keyPoints: [{ status: 'miss' }, { status: 'hit' }] });
  });

  it('says in the JSON when an answer over 20,000 characters was graded on its beginning only', async () => {
    const long = 'I explore data in Jupyter notebooks. '.repeat(600);
    const single = JSON.parse(
      (await runCli(['grade', '--rubric', rubricFile(), '--json'], { input: long })).stdout,
    ) as Record<string, unknown>;
    expect(single).toMatchObject({ truncated: true, gradedCharacters: 20_000 });
    const batch = await runCli(['grade', '--rubric', rubricFile(), '--batch'], {
      input: `${JSON.stringify({ answer: long })}\n${JSON.stringify({ answer: 'short' })}\n`,
    });
    const [first, second] = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ truncated: true, gradedCharacters: 20_000 });
    expect(Object.keys(second!)).toEqual(['score', 'keyPoints']);
  });

  it('grades JSON lines with --batch and flags a bad line without stopping', async () => {
    const input = '{"answer":"Jupyter notebooks for exploration"}\nnot json\n{"answer":""}\n';
    const run = await runCli(['grade', '--rubric', rubricFile(), '--batch'], { input });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { score?: number; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.score).toBe(33);
    expect(lines[1]!.error).toMatch(/answer/);
    expect(lines[2]!.score).toBe(0);
    expect(run.code).toBe(1);
  });

  it('grades against a bank question by id', async () => {
    const check = await runCli(['bank', 'check', '--json']);
    const first = JSON.parse(check.stdout) as { questions: number };
    expect(first.questions).toBeGreaterThanOrEqual(40);
    const run = await runCli(['grade', '--question', 'no-such-question', '--answer', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No question "no-such-question"/);
  });

  it('explains a rubric file that does not fit the format', async () => {
    const run = await runCli([
      'grade',
      '--rubric',
      rubricFile({ keyPoints: [{ id: 'Bad Id', text: '' }] }),
      '--answer',
      'x',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keyPoints\.0\.id/);
    expect(run.stderr).toMatch(/keyPoints\.0\.text/);
  });

  it('refuses to guess between --question and --rubric', async () => {
    const run = await runCli(['grade', '--answer', 'x']);
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toMatch(/exactly one of --question ID or --rubric FILE/);
  });
});
