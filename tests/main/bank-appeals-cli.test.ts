import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/run-cli.ts';

const ANSWER = 'Structured data is laid out uniformly, each record shaped identically. You read it with SQL queries.';

/** A terminal user's graded answer, stored as `practice` stores it. */
async function storeAnswer(dataDir: string): Promise<number> {
  const bank = (await loadBank(defaultBankRoot())).bank!;
  const question = bank.byId.get('what-is-structured-data')!;
  const grade = gradeAnswer(compileQuestionRubric(question, bankTermWeights(bank)), ANSWER);
  const store = await openStore(undefined, dataDir);
  await store.addAttempt({
    id: 'attempt-1',
    userId: 'local:alice',
    sessionId: null,
    questionId: question.id,
    topic: question.topic,
    guildId: null,
    answer: ANSWER,
    score: grade.score,
    keyPoints: grade.keyPoints,
    hintsUsed: 0,
    source: 'terminal',
    createdAt: '2026-03-01T11:00:00.000Z',
  });
  await store.close();
  return grade.score;
}

describe('mock-interviewer bank appeal / appeals', () => {
  it('files an appeal on the last answer, lists it, accepts it with who accepted and shows the new grade', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'mi-appeals-')) };
    const before = await storeAnswer(env.DATA_DIR);
    const refused = await runCli(
      ['bank', 'appeal', '--user', 'Alice', '--key-point', 'consistent-schema', '--words', 'rows with a schema'],
      { env },
    );
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('not all in your answer') });
    const filed = await runCli(
      [
        'bank',
        'appeal',
        '--user',
        'Alice',
        '--key-point',
        'consistent-schema',
        '--words',
        'each record shaped identically',
      ],
      { env },
    );
    expect(filed.code).toBe(0);
    const id = /Appeal (\S+) filed/.exec(filed.stdout)![1]!;

    const listed = await runCli(['bank', 'appeals'], { env });
    expect(listed.stdout).toContain(`${id}  local:alice on “What is structured data?`);
    expect(listed.stdout).toContain('their words: “each record shaped identically”');

    const accepted = await runCli(['bank', 'appeals', '--accept', id, '--by', 'Lead'], { env });
    expect(accepted.code).toBe(0);
    const [, from, to] = /graded again: (\d+) → (\d+)/.exec(accepted.stdout)!;
    expect(Number(from)).toBe(before);
    expect(Number(to)).toBeGreaterThan(before);

    const after = await runCli(['bank', 'appeals'], { env });
    expect(after.stdout).toContain('No pending appeals.');
    expect(after.stdout).toContain(
      '“each record shaped identically” → what-is-structured-data / consistent-schema (accepted by local:lead',
    );
    expect(await runCli(['bank', 'appeals', '--reject', id], { env })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already been decided'),
    });
    expect((await runCli(['bank', 'check'], { env })).code).toBe(0);
  }, 120_000);
});
