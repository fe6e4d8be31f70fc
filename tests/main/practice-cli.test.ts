import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

function freshDataDir(): Record<string, string> {
  return { DATA_DIR: mkdtempSync(join(tmpdir(), 'mi-practice-')) };
}

describe('mock-interviewer practice (piped, as a script would use it)', () => {
  it('runs a whole interview, saves every attempt and ends with the report', async () => {
    const env = freshDataDir();
    const answers = [
      'Jupyter notebooks for exploration, NumPy Pandas and scikit-learn, Linux command line on servers.',
      '/hint',
      'SQL queries on structured data; unstructured logs need preprocessing into a consistent schema.',
      '/skip',
    ].join('\n\n');
    const run = await runCli(['practice', '--count', '3', '--user', 'Alice', '--seed', '7'], { input: `${answers}\n\n`, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Question 1\/3/);
    expect(run.stdout).toMatch(/Question 3\/3/);
    expect(run.stdout).toMatch(/Hint 1: /);
    expect(run.stdout.match(/Score: \d+\/100/g)).toHaveLength(2);
    expect(run.stdout).toMatch(/Interview finished: \d+\/100 overall/);
    expect(run.stdout).not.toMatch(/\u001b\[/);

    const stats = await runCli(['stats', '--user', 'alice', '--json'], { env });
    expect(JSON.parse(stats.stdout)).toMatchObject({ user: 'alice', attempts: 2, sessions: 1, streak: { current: 1 } });
  });

  it('ends the interview when the input ends, keeping what was answered', async () => {
    const env = freshDataDir();
    const run = await runCli(['practice', '--count', '2', '--user', 'bob'], { input: 'Data lives in data lakes.\n', env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Interview ended/);
    const stats = await runCli(['stats', '--user', 'bob', '--json'], { env });
    expect(JSON.parse(stats.stdout)).toMatchObject({ attempts: 1 });
  });

  it('names the topics when the topic is unknown', async () => {
    const run = await runCli(['practice', '--topic', 'astrology'], { env: freshDataDir() });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/no such topic.*Topics: .*python-libraries/);
  });

  it('rejects bad options with a clear message', async () => {
    const run = await runCli(['practice', '--count', 'many'], { env: freshDataDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--count/);
  });

  it('lists every configuration problem at once', async () => {
    const run = await runCli(['practice'], { env: { LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' } });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/LOG_LEVEL/);
    expect(run.stderr).toMatch(/DATABASE_URL: use sqlite:PATH/);
    expect(run.stderr).not.toMatch(/mysql:\/\/x/);
  });
});
