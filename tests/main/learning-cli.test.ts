import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each test runs the real command three or four times; on a busy machine one run takes several seconds.
const SLOW = { timeout: 90_000 };
import { openStore } from '../../src/store/open-store.ts';
import { runCli } from '../support/run-cli.ts';

const ANSWER = 'Data lives in data lakes on remote Linux servers.';

async function practised(): Promise<{ env: Record<string, string>; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mi-learning-'));
  const env = { DATA_DIR: dir };
  const run = await runCli(['practice', '--count', '2', '--user', 'Dana', '--seed', '3'], {
    input: `${ANSWER}\n\nno idea\n\n`,
    env,
  });
  expect(run.code).toBe(0);
  return { env, dir };
}

/** Moves every review card of the user a week into the past, as if a week had gone by. */
async function aWeekLater(dir: string): Promise<void> {
  const store = await openStore('', dir);
  const cards = await store.listReviewCards('local:dana');
  const back = (iso: string) => new Date(Date.parse(iso) - 7 * 86_400_000).toISOString();
  await store.saveReviewCards(cards.map((c) => ({ ...c, due: back(c.due), lastReview: back(c.lastReview) })));
  await store.close();
}

describe('mock-interviewer review', SLOW, () => {
  it('says when the next review is while nothing is due, then runs an interview of the due questions', async () => {
    const { env, dir } = await practised();
    const early = await runCli(['review', '--user', 'Dana'], { env });
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/^Nothing is due for review\. Next review in (1 day|\d+ hours)\.\n$/);

    await aWeekLater(dir);
    const review = await runCli(['review', '--user', 'dana'], { input: `${ANSWER}\n\n/end\n`, env });
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(/^Review for dana: 2 question\(s\) due, most overdue first\./);
    expect(review.stdout).toMatch(/Question 1\/2/);
    expect(review.stdout).toMatch(/Score: \d+\/100/);
  });

  it('refuses a missing user or a bad count with a clear message', async () => {
    const run = await runCli(['review', '--count', '0', '--user', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--count/);
    expect((await runCli(['review'])).stderr).toMatch(/Give the user/);
  });
});

describe('mock-interviewer stats (learning additions)', SLOW, () => {
  it('keeps the JSON fields and adds reviews, session scores and the calendar; text shows bars and the calendar', async () => {
    const { env, dir } = await practised();
    const json = JSON.parse((await runCli(['stats', '--user', 'dana', '--json'], { env })).stdout);
    expect(json).toMatchObject({
      user: 'dana',
      attempts: 2,
      sessions: 1,
      streak: { current: 1 },
      review: { tracked: expect.any(Number), dueThisWeek: expect.any(Number), mastered: 0 },
    });
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'averageScore',
        'bestScore',
        'perTopic',
        'weakestKeyPoints',
        'sessionScores',
        'practiceCalendar',
      ]),
    );
    expect(json.sessionScores).toHaveLength(1);

    const png = join(dir, 'progress.png');
    const text = await runCli(['stats', '--user', 'dana', '--png', png], { env });
    expect(text.stdout).toMatch(/key points due now 0 · today 0 · this week \d+ · mastered 0 of \d+ reviewed/);
    expect(text.stdout).toMatch(/Practice days \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\):\n {4}Mon/);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('mock-interviewer study-sheet', SLOW, () => {
  it('writes the Markdown sheet to a file, or prints it', async () => {
    const { env, dir } = await practised();
    const out = join(dir, 'sheet.md');
    const run = await runCli(['study-sheet', '--user', 'dana', '--out', out], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \d+ key point\(s\), 0 due now, to /);
    const sheet = readFileSync(out, 'utf8');
    expect(sheet).toMatch(/^# Study sheet: dana\n/);
    expect(sheet).toContain('Model answer: ');
    expect(sheet).toContain('> no idea');
    expect((await runCli(['study-sheet', '--user', 'dana'], { env })).stdout).toBe(sheet);
  });
});
