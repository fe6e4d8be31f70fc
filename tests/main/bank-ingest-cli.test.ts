import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.ts';

const SQL = join(REPO_ROOT, 'tests/fixtures/documents/sql-interview-questions.md');

describe('mock-interviewer bank ingest', () => {
  it('writes a bank folder the bank check accepts, prints the JSON contract last, and grade uses it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mi-ingest-'));
    const run = await runCli(['bank', 'ingest', SQL, '--topic', 'sql', '--out', out, '--json']);
    expect(run.code).toBe(0);
    const last = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      questions: { id: string; prompt: string; topic: string }[];
      keyPoints: number;
      problems: unknown[];
    };
    expect(Object.keys(last)).toEqual(['questions', 'keyPoints', 'problems']);
    expect(last.problems).toEqual([]);
    expect(last.questions[0]).toEqual({
      id: 'sql-difference',
      prompt: 'What is the difference between WHERE and HAVING?',
      topic: 'sql',
    });
    expect(last.questions.find((q) => q.prompt === 'What is a foreign key?')).toBeDefined();
    expect(readdirSync(join(out, 'question-bank'))).toEqual(['documents', 'sql.json']);

    const check = await runCli(['bank', 'check'], { env: { BANK_DIR: out } });
    expect(check.stdout).toMatch(/^\d+ questions, \d+ key points, 1 topic: ok$/m);
    expect(check.code).toBe(0);

    const id = last.questions.find((q) => q.prompt === 'What is a foreign key?')!.id;
    const good = await runCli(
      [
        'grade',
        '--question',
        id,
        '--answer',
        'A foreign key is a column referencing the primary key of another table; it enforces referential integrity so you cannot insert a value missing from the referenced table.',
        '--json',
      ],
      { env: { BANK_DIR: out } },
    );
    expect(JSON.parse(good.stdout).score).toBeGreaterThanOrEqual(90);
    const off = await runCli(
      ['grade', '--question', id, '--answer', 'Use EXPLAIN ANALYZE to read the query plan.', '--json'],
      { env: { BANK_DIR: out } },
    );
    expect(JSON.parse(off.stdout).score).toBeLessThanOrEqual(10);
  }, 90_000);

  it('shows the weight and shared words of a key point other sections also make, and none for a point only its section makes', async () => {
    const run = await runCli(['bank', 'ingest', SQL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ {4}- A primary key is a column or set of columns that uniquely identifies each row of a table \(weight 0\.\d+; shared: (\w+, )+\w+\)$/m,
    );
    expect(run.stdout).toMatch(/^ {4}- HAVING filters groups after GROUP BY has run \(shared: groups, run\)$/m);
    expect(run.stdout).toMatch(/^ {4}- It enforces referential integrity$/m);
  }, 60_000);

  it('refuses a binary file, a bad topic and a missing file with a clear message and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-ingest-'));
    writeFileSync(join(dir, 'x.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
    expect(await runCli(['bank', 'ingest', join(dir, 'x.md')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a text file'),
    });
    expect(await runCli(['bank', 'ingest', SQL, '--topic', 'Not Kebab'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('kebab-case'),
    });
    expect(await runCli(['bank', 'ingest', join(dir, 'none.md')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ENOENT'),
    });
  }, 60_000);
});
