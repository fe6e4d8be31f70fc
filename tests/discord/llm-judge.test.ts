import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletionsClient } from '../../src/adapters/llm/chat-completions.ts';
import { rubricCache } from '../../src/interviewer/cached-grader.ts';
import { createJudge } from '../../src/interviewer/judged-grader.ts';
import { judgeInputOf, startFakeLlm, verdictsReply, type FakeLlm } from '../support/fake-llm.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { click, goodAnswer, slash, textOf, titleOf, waitForEdit } from './support/drive.ts';
import { openHarness, type Harness } from './support/harness.ts';
import { printLatencySummary } from './support/latency.ts';

let h: Harness;
let llm: FakeLlm;

beforeAll(async () => {
  h = await openHarness({ adverse: true });
  llm = await startFakeLlm(() => verdictsReply([]));
});
afterEach(async () => {
  expectCleanTraffic(h.fake);
  for (const running of [...h.running]) await running.stop();
});
afterAll(async () => {
  await llm?.close();
  await h?.close();
  printLatencySummary();
});

const judgeWith = (timeoutMs: number) => (bank: Parameters<typeof rubricCache>[0]) =>
  createJudge({
    rubricFor: rubricCache(bank),
    ask: chatCompletionsClient({ url: llm.url, model: 'judge', timeoutMs }),
  });

describe('answers graded by a judge on Discord', () => {
  it('with a slow judge: defers the answer box within the deadline, then edits in the offline grade with its note', async () => {
    llm.behave(() => ({ ...verdictsReply([]), delayMs: 10_000 }));
    await h.startBot({ judge: judgeWith(2500) });
    const ada = h.fake.user('ada');
    const question = await slash(h.fake, ada, 'mock-interview', { questions: 1 });
    const opened = await click(h.fake, ada, question, 'Answer');
    await opened.response();
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    const first = await submitted.response();
    expect(first.type).toBe(6); // deferred update: Discord shows the answer as received
    const graded = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'), 8000);
    expect(titleOf(graded)).toBe('Quick question · Score 100/100');
    expect(textOf(graded)).toContain('Graded offline: the judge did not answer.');
    expect(submitted.callbacks.filter((c) => c.status < 300)).toHaveLength(1);
    expect(submitted.callbacks[0]!.latencyMs).toBeLessThan(3000);
    expect(llm.requests.length).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('with a judge that answers: the feedback quotes the words it credited', async () => {
    llm.behave((request) => {
      const { answer, keyPoints } = judgeInputOf(request);
      return verdictsReply(
        keyPoints.map((k, i) => ({
          id: k.id,
          status: i === 0 ? 'hit' : 'miss',
          quote: i === 0 ? answer.slice(0, 30) : null,
        })),
      );
    });
    await h.startBot({ judge: judgeWith(2500) });
    const bea = h.fake.user('bea');
    const question = await slash(h.fake, bea, 'mock-interview', { questions: 1 });
    const opened = await click(h.fake, bea, question, 'Answer');
    await opened.response();
    const answer = 'In my own words, it is the one thing that tells every record apart from all the others.';
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer } });
    await submitted.response();
    const graded = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'));
    expect(titleOf(graded)).toBe('Quick question · Score 50/100');
    expect(textOf(graded)).toContain(answer.slice(0, 30).trim());
    expect(textOf(graded)).not.toContain('Graded offline');
  });
});
