import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletionsClient } from '../../src/adapters/llm/chat-completions.ts';
import { rubricCache } from '../../src/interviewer/cached-grader.ts';
import { createJudge } from '../../src/interviewer/judged-grader.ts';
import { startFakeLlm, verdictsReply, type FakeLlm } from '../support/fake-llm.ts';
import { expectCleanTraffic } from '../discord/support/checks.ts';
import { click, goodAnswer, slash, textOf, titleOf, waitForEdit } from '../discord/support/drive.ts';
import { e2eBank } from '../discord/support/e2e-bank.ts';
import { openHttpHarness, type HttpHarness } from './support/http-harness.ts';

let h: HttpHarness;
let llm: FakeLlm;

beforeAll(async () => {
  h = await openHttpHarness();
  llm = await startFakeLlm(() => ({ ...verdictsReply([]), delayMs: 10_000 }));
  const judge = createJudge({
    rubricFor: rubricCache(e2eBank),
    ask: chatCompletionsClient({ url: llm.url, model: 'judge', timeoutMs: 2500 }),
  });
  const endpoint = await h.startEndpoint({ judge });
  await h.fake.setInteractionsEndpoint(`${endpoint.url}/interactions`);
});
afterEach(() => expectCleanTraffic(h.fake));
afterAll(async () => {
  await llm?.close();
  await h?.close();
});

describe('a slow judge behind HTTP interactions', () => {
  it('answers the modal submit with a deferral in time, then edits in the offline grade with its note', async () => {
    const ada = h.fake.user('ada');
    const question = await slash(h.fake, ada, 'mock-interview', { topic: 'sql', questions: 2 });
    const opened = await click(h.fake, ada, question, 'Answer');
    await opened.response();
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    expect((await submitted.response()).type).toBe(6);
    expect(submitted.callbacks[0]!.latencyMs).toBeLessThan(3000);
    const graded = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'), 8000);
    expect(titleOf(graded)).toBe('Question 1/2 · Score 100/100');
    expect(textOf(graded)).toContain('Graded offline: the judge did not answer.');
    expect(llm.requests).toHaveLength(1);
  }, 20_000);
});
