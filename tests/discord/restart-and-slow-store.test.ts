import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, click, goodAnswer, noticeOf, slash, textOf, titleOf, waitForEdit } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { openHarness, type Harness } from './support/harness.ts';
import { printLatencySummary } from './support/latency.ts';
import { slowStore } from './support/slow-store.ts';
import { answerWith } from './support/e2e-bank.ts';

let h: Harness;

beforeAll(async () => {
  h = await openHarness({ adverse: true });
});
afterEach(async () => {
  expectCleanTraffic(h.fake);
  for (const running of [...h.running]) await running.stop();
});
afterAll(async () => {
  await h?.close();
  printLatencySummary();
});

describe('a restart in the middle of an interview', () => {
  it('keeps the earlier messages’ buttons and answer boxes working on a new process', async () => {
    const ada = h.fake.user('ada');
    const first = await h.startBot();
    const question = await slash(h.fake, ada, 'mock-interview', { questions: 3 });
    const { message: feedback } = await answer(h.fake, ada, question, goodAnswer(question));
    await first.stop();

    const second = await h.startBot();
    const next = await (await click(h.fake, ada, feedback, 'Next question')).original();
    expect(titleOf(next)).toMatch(/^Question 2\/3/);
    const opened = await click(h.fake, ada, next, 'Answer');
    await opened.response();
    await second.stop();

    const third = await h.startBot();
    const graded = await (await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(next) } })).original();
    expect(titleOf(graded)).toBe('Question 2/3 · Score 100/100');
    expect((await third.store.listAttempts(ada.id)).map((a) => a.score)).toEqual([100, 100]);
  });
});

describe('a slow store', () => {
  it('defers before the 3 s deadline and still finishes every step, acknowledged exactly once', async () => {
    const delay = { ms: 0 };
    const running = await h.startBot({ wrapStore: (store) => slowStore(store, delay), deferAfterMs: 300 });
    const bea = h.fake.user('bea');
    delay.ms = 200;
    const started = await h.fake.slash({ user: bea, name: 'mock-interview', options: { questions: 2 } });
    expect((await started.response()).type).toBe(5);
    const question = await started.original();
    expect(titleOf(question)).toMatch(/^Question 1\/2/);

    delay.ms = 400; // longer than the deadline: the answer box opens without waiting for the check
    const opened = await click(h.fake, bea, question, 'Answer');
    expect((await opened.response()).type).toBe(9);
    expect(opened.modal?.title).toBe('Question 1');
    delay.ms = 200;
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    expect((await submitted.response()).type).toBe(6);
    const feedback = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'));
    expect(titleOf(feedback)).toBe('Question 1/2 · Score 100/100');

    const stale = structuredClone(feedback);
    const next = await click(h.fake, bea, feedback, 'Next question');
    await next.response();
    expect(titleOf(await waitForEdit(h.fake, question.id, (m) => titleOf(m).startsWith('Question 2/2')))).toMatch(
      /^Question 2\/2/,
    );
    const late = await click(h.fake, bea, stale, 'Retry').catch(() => null);
    expect(late).toBeNull(); // the message no longer has that button
    const stats = await h.fake.slash({ user: bea, name: 'stats' });
    expect(textOf(await stats.original())).toContain('**1** answer(s)');
    for (const handle of [started, opened, submitted, next, stats]) {
      expect(handle.callbacks.filter((c) => c.status < 300)).toHaveLength(1);
      expect(handle.callbacks[0]!.latencyMs).toBeLessThan(3000);
    }
    delay.ms = 0;
    expect(await running.store.listAttempts(bea.id)).toHaveLength(1);
  });

  it('answers a slow stale click with a private follow-up after deferring', async () => {
    const delay = { ms: 0 };
    await h.startBot({ wrapStore: (store) => slowStore(store, delay), deferAfterMs: 300 });
    const cy = h.fake.user('cy');
    const question = await slash(h.fake, cy, 'mock-interview', { questions: 2 });
    const copy = structuredClone(question);
    await (await click(h.fake, cy, question, 'Skip')).original();
    delay.ms = 500;
    const { clickStale } = await import('./support/stale-click.ts');
    const stale = clickStale(h.fake, cy, copy, 'Hint');
    expect((await stale.response()).type).toBe(6);
    expect(await noticeOf(stale)).toBe('That question has moved on: use the buttons on the latest question.');
  });

  it('opens an empty appeal box when the answer cannot be read in time; the appeal is still filed', async () => {
    const delay = { ms: 0 };
    const running = await h.startBot({ wrapStore: (store) => slowStore(store, delay), deferAfterMs: 300 });
    const dee = h.fake.user('dee');
    const question = await slash(h.fake, dee, 'mock-interview', { topic: 'git', questions: 1 });
    const extra = 'It keeps the log as one straight line of commits.';
    const { message: feedback } = await answer(
      h.fake,
      dee,
      question,
      `${answerWith('git-rebase', ['rewrites'])} ${extra}`,
    );
    const picker = await (await click(h.fake, dee, feedback, 'That’s in my answer')).original();

    delay.ms = 400;
    const opened = await click(h.fake, dee, picker, 'rebase produces linear history');
    expect((await opened.response()).type).toBe(9);
    expect(opened.modal?.title).toBe('Appeal: the point you picked');
    delay.ms = 200;
    const submitted = await h.fake.submitModal({
      from: opened,
      fields: { words: 'keeps the log as one straight line of commits' },
    });
    expect((await submitted.response()).type).toBe(6);
    expect(await noticeOf(submitted)).toMatch(/^Sent to the server’s reviewers\./);
    delay.ms = 0;
    expect(await running.store.listAppeals(h.fake.guild.id, 'pending')).toMatchObject([
      { userId: dee.id, keyPointId: 'linear', words: 'keeps the log as one straight line of commits' },
    ]);
  });
});
