import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.ts';

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
    const run = await runCli(['practice', '--count', '3', '--user', 'Alice', '--seed', '7'], {
      input: `${answers}\n\n`,
      env,
    });
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

  it('acts on a command line at once, with no empty line after it', async () => {
    const env = freshDataDir();
    const input = ['Data lives in data lakes on remote Linux servers.', '', '/hint', '/skip', '/end', ''].join('\n');
    const run = await runCli(['practice', '--count', '3', '--user', 'carol', '--seed', '7'], { input, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Hint 1: /);
    expect(run.stdout.match(/Score: \d+\/100/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/Question 3\/3/);
    expect(run.stdout).toMatch(/Interview ended/);
  });

  it('ends the interview when the input ends, keeping what was answered', async () => {
    const env = freshDataDir();
    const run = await runCli(['practice', '--count', '2', '--user', 'bob'], {
      input: 'Data lives in data lakes.\n',
      env,
    });
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

describe('mock-interviewer practice after the terminal was closed mid-interview', () => {
  it('resumes the unfinished interview at the question where it stopped, and --new starts afresh', async () => {
    const env = freshDataDir();
    await interruptAfterFirstAnswer(env);

    const resumed = await runCli(['practice', '--user', 'carol'], { input: 'Data lives in data lakes.\n\n', env });
    expect(resumed.stdout).toMatch(/Resuming your unfinished interview \(question 2\/3\)/);
    expect(resumed.stdout).toMatch(/Question 2\/3/);
    expect(resumed.stdout).not.toMatch(/Question 1\/3/);

    const fresh = await runCli(['practice', '--user', 'carol', '--new', '--count', '1'], { input: 'x\n\n', env });
    expect(fresh.stdout).not.toMatch(/Resuming/);
    expect(fresh.stdout).toMatch(/Question 1\/1/);
    const stats = await runCli(['stats', '--user', 'carol', '--json'], { env });
    expect(JSON.parse(stats.stdout)).toMatchObject({ sessions: 2 });
  });
});

/** Answers question 1 of 3, then kills the process the way a closed terminal would. */
async function interruptAfterFirstAnswer(env: Record<string, string>): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin/mock-interviewer.js'), 'practice', '--user', 'carol', '--count', '3'],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Question 1/3') && child.stdin.writable && !stdout.includes('Score:'))
        child.stdin.write('SQL for structured data.\n\n');
      if (stdout.includes('Question 2/3')) resolve();
    });
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('close', resolve));
}
