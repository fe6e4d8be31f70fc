import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeInputOf, startFakeLlm, verdictsReply, type FakeLlm } from '../support/fake-llm.ts';
import { runCli } from '../support/run-cli.ts';

const rubric = {
  id: 'tools',
  question: 'What tools do you use for ML development?',
  keyPoints: [
    { id: 'jupyter', text: 'Jupyter notebooks for exploration' },
    { id: 'libraries', text: 'NumPy, Pandas and scikit-learn for implementation', weight: 2 },
  ],
};
const answer = 'I poke at the data interactively in a browser-based scratchpad first.';

let llm: FakeLlm;
let file: string;
beforeAll(async () => {
  llm = await startFakeLlm((request) => {
    // Credits the first key point to the scratchpad, whatever the question: the answers below are not the rubric's words.
    const { answer: said, keyPoints } = judgeInputOf(request);
    const first = keyPoints[0]!.id;
    return verdictsReply([
      {
        id: first,
        status: said.includes('scratchpad') ? 'hit' : 'miss',
        quote: said.includes('scratchpad') ? 'interactively in a browser-based scratchpad' : null,
      },
    ]);
  });
  file = join(mkdtempSync(join(tmpdir(), 'mi-judge-')), 'rubric.json');
  writeFileSync(file, JSON.stringify(rubric));
});
afterAll(() => llm.close());

const judgeEnv = () => ({
  GRADER: 'llm',
  GRADER_LLM_URL: llm.url,
  GRADER_LLM_MODEL: 'judge',
  GRADER_LLM_KEY: 'sk-cli-secret-000111222',
});

describe('mock-interviewer grade with GRADER=llm', () => {
  it('grades with the judge, keeping the JSON contract', async () => {
    const run = await runCli(['grade', '--rubric', file, '--answer', answer, '--json'], { env: judgeEnv() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      score: 33,
      keyPoints: [
        { id: 'jupyter', status: 'hit', confidence: 1, evidence: 'interactively in a browser-based scratchpad' },
        { id: 'libraries', status: 'miss', confidence: 0, evidence: null },
      ],
    });
    expect(llm.requests.at(-1)!.authorization).toBe('Bearer sk-cli-secret-000111222');
  });

  it('says so when the judge cannot answer, and logs why without the key', async () => {
    const run = await runCli(['grade', '--rubric', file, '--answer', answer], {
      env: { ...judgeEnv(), GRADER_LLM_URL: 'http://127.0.0.1:1/v1' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Score: 0\/100 \(graded offline: the judge did not answer\)/);
    expect(run.stderr).toMatch(/the judge did not answer; graded offline/);
    expect(run.stdout + run.stderr).not.toMatch(/sk-cli-secret/);
  });

  it('lists what GRADER=llm is missing, without echoing the key', async () => {
    const run = await runCli(['grade', '--rubric', file, '--answer', answer], {
      env: { GRADER: 'llm', GRADER_LLM_KEY: 'sk-cli-secret-000111222' },
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/GRADER_LLM_URL is required when GRADER=llm/);
    expect(run.stderr).toMatch(/GRADER_LLM_MODEL is required when GRADER=llm/);
    expect(run.stderr).not.toMatch(/sk-cli-secret/);
  });
});

describe('mock-interviewer practice with GRADER=llm', () => {
  it('grades the terminal interview with the judge', async () => {
    const before = llm.requests.length;
    const env = { ...judgeEnv(), DATA_DIR: mkdtempSync(join(tmpdir(), 'mi-practice-judge-')) };
    const run = await runCli(['practice', '--count', '1', '--user', 'dee', '--seed', '3'], {
      input: `${answer}\n\n`,
      env,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Score: [1-9]\d*\/100/);
    expect(run.stdout).toContain('"interactively in a browser-based scratchpad"');
    expect(llm.requests.length).toBe(before + 1);
    expect(judgeInputOf(llm.requests.at(-1)!).answer).toBe(answer);
  });
});
