import { afterEach, describe, expect, it } from 'vitest';
import { chatCompletionsClient } from '../../src/adapters/llm/chat-completions.ts';
import { seededRandom } from '../../src/core/random.ts';
import { rubricCache } from '../../src/interviewer/cached-grader.ts';
import { createInterviewer } from '../../src/interviewer/interviewer.ts';
import { createJudge } from '../../src/interviewer/judged-grader.ts';
import { answerOneQuestion, ensureOneQuestionSession } from '../../src/interviewer/one-question.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { judgeInputOf, startFakeLlm, verdictsReply, type FakeLlm, type FakeLlmBehaviour } from '../support/fake-llm.ts';
import { makeBank, testQuestions } from '../support/test-bank.ts';

const bank = makeBank(testQuestions.filter((q) => q.id === 'sql-index'));
const ada = { userId: 'ada', displayName: 'Ada', guildId: null, source: 'terminal' as const };
const ownWords = 'Lookups get quicker, but every insert has extra bookkeeping to do.';

const honest: FakeLlmBehaviour = (request) => {
  const { answer } = judgeInputOf(request);
  return verdictsReply([
    {
      id: 'faster-reads',
      status: 'hit',
      quote: answer.includes('Lookups get quicker') ? 'Lookups get quicker' : 'reads are faster',
    },
    { id: 'slower-writes', status: 'partial', quote: 'every insert has extra bookkeeping' },
  ]);
};

let fake: FakeLlm;
let store: Store;
afterEach(async () => {
  await fake.close();
  await store.close();
});

async function interviewerWith(behaviour: FakeLlmBehaviour, timeoutMs = 2000) {
  fake = await startFakeLlm(behaviour);
  store = openSqliteStore(':memory:');
  const judge = createJudge({
    rubricFor: rubricCache(bank),
    ask: chatCompletionsClient({ url: fake.url, model: 'm', timeoutMs }),
  });
  let n = 0;
  const deps = {
    bank,
    store,
    clock: () => new Date('2026-03-02T09:30:00Z'),
    random: seededRandom(1),
    newId: () => `id-${++n}`,
    judge,
  };
  return { interviewer: createInterviewer(deps), deps };
}

describe('answering with a judge configured', () => {
  it('grades with the judge: the feedback’s checklist and the stored attempt carry its verdicts', async () => {
    const { interviewer } = await interviewerWith(honest);
    const started = await interviewer.start(ada, { topic: null, difficulty: null, count: 1 });
    if (!started.ok) throw new Error(started.error);
    const answered = await interviewer.answer(ada, started.value.session.id, `  ${ownWords}\u0000 `);
    if (!answered.ok) throw new Error(answered.error);
    const feedback = answered.value.extra;
    expect(feedback.checklist.map((c) => [c.status, c.evidence])).toEqual([
      ['hit', 'Lookups get quicker'],
      ['partial', 'every insert has extra bookkeeping'],
    ]);
    expect([feedback.score, feedback.note]).toEqual([75, null]);
    expect(judgeInputOf(fake.requests[0]!).answer).toBe(ownWords); // cleaned as the offline grader sees it
    const [attempt] = await store.listAttempts('ada');
    expect([attempt!.score, attempt!.keyPoints.map((k) => k.status)]).toEqual([75, ['hit', 'partial']]);
  });

  it('asks nothing for an answer the interview refuses anyway, or for someone else’s session', async () => {
    const { interviewer } = await interviewerWith(honest);
    const started = await interviewer.start(ada, { topic: null, difficulty: null, count: 1 });
    if (!started.ok) throw new Error(started.error);
    const id = started.value.session.id;
    expect(await interviewer.answer(ada, id, ' \u0007 ')).toMatchObject({ ok: false, error: 'empty_answer' });
    expect(await interviewer.answer(ada, id, 'x'.repeat(4001))).toMatchObject({ ok: false, error: 'answer_too_long' });
    expect(await interviewer.answer({ ...ada, userId: 'bea' }, id, ownWords)).toMatchObject({
      ok: false,
      error: 'not_your_session',
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('says the answer was graded offline when the judge times out', async () => {
    const { interviewer } = await interviewerWith(() => ({ ...verdictsReply([]), delayMs: 3000 }), 200);
    const started = await interviewer.start(ada, { topic: null, difficulty: null, count: 1 });
    if (!started.ok) throw new Error(started.error);
    const answered = await interviewer.answer(
      ada,
      started.value.session.id,
      'An index speeds up reads and slows down writes.',
    );
    expect(answered).toMatchObject({ ok: true, value: { extra: { note: 'judge_unavailable', score: 100 } } });
  });

  it('grades round and daily answers (one-question sessions) with the judge too', async () => {
    const { interviewer, deps } = await interviewerWith(honest);
    const oneDeps = { bank, store, grader: interviewer.grader, judge: interviewer.judge, newId: deps.newId };
    const now = new Date('2026-03-02T09:30:00Z');
    const session = await ensureOneQuestionSession(oneDeps, {
      id: 'round-1:ada',
      userId: 'ada',
      guildId: 'g',
      source: 'round',
      questionId: 'sql-index',
      now,
    });
    if (!session.ok) throw new Error(session.error);
    const answered = await answerOneQuestion(oneDeps, session.value, { userId: 'ada', source: 'round' }, ownWords, now);
    expect(answered).toMatchObject({ ok: true, value: { attempt: { score: 75, source: 'round' } } });
    expect(fake.requests).toHaveLength(1);
  });
});
