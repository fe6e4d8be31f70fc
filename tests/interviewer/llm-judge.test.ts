import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/adapters/discord/logger.ts';
import { chatCompletionsClient, chatCompletionsUrl } from '../../src/adapters/llm/chat-completions.ts';
import { compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { cachedGrader, rubricCache } from '../../src/interviewer/cached-grader.ts';
import { createJudge, type JudgeDeps, type JudgeEvent } from '../../src/interviewer/judged-grader.ts';
import { openJudge } from '../../src/main/open-judge.ts';
import { judgeInputOf, startFakeLlm, verdictsReply, type FakeLlm, type FakeLlmBehaviour } from '../support/fake-llm.ts';
import { bankQuestion, testBank } from '../support/test-bank.ts';

const question = bankQuestion('sql-index'); // faster-reads: "speeds up reads"; slower-writes: "slows down writes"
const ownWords =
  'Lookups get quicker because the engine can jump straight to the right rows, but every insert has extra bookkeeping to do.';

/** A judge that reads the answer and quotes it truthfully: the way a good model behaves. */
const honestJudge: FakeLlmBehaviour = (request) => {
  const { answer } = judgeInputOf(request);
  const quoteOf = (words: string) => (answer.includes(words) ? words : null);
  return verdictsReply([
    {
      id: 'faster-reads',
      status: quoteOf('Lookups get quicker') ? 'hit' : 'miss',
      quote: quoteOf('Lookups get quicker'),
    },
    {
      id: 'slower-writes',
      status: quoteOf('every insert has extra bookkeeping') ? 'hit' : 'miss',
      quote: quoteOf('every insert has extra bookkeeping'),
    },
  ]);
};

let fake: FakeLlm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function judgeOver(
  behaviour: FakeLlmBehaviour,
  options: Partial<JudgeDeps<typeof question>> & { timeoutMs?: number; key?: string } = {},
) {
  fake = await startFakeLlm(behaviour);
  const events: JudgeEvent[] = [];
  const clock = { ms: 0 };
  const judge = createJudge({
    rubricFor: rubricCache(testBank),
    ask: chatCompletionsClient({
      url: fake.url,
      model: 'judge-7b',
      key: options.key,
      timeoutMs: options.timeoutMs ?? 2000,
    }),
    now: () => clock.ms,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { judge, events, clock, fake };
}

describe('the judge over an OpenAI-compatible server', () => {
  it('credits a point stated in the candidate’s own words, quoting them, where the offline grader does not', async () => {
    const { judge, fake } = await judgeOver(honestJudge);
    expect(compileAndGrade(ownWords).score).toBe(0);
    const grade = await judge(question, ownWords);
    expect(grade).toEqual({
      score: 100,
      note: null,
      keyPoints: [
        {
          id: 'faster-reads',
          status: 'hit',
          confidence: 1,
          evidence: 'Lookups get quicker',
          missing: [],
          negated: false,
        },
        {
          id: 'slower-writes',
          status: 'hit',
          confidence: 1,
          evidence: 'every insert has extra bookkeeping',
          missing: [],
          negated: false,
        },
      ],
    });
    const [request] = fake.requests;
    expect(request).toMatchObject({
      path: '/v1/chat/completions',
      authorization: undefined,
      body: { model: 'judge-7b', temperature: 0, response_format: { type: 'json_object' } },
    });
    expect(judgeInputOf(request!)).toMatchObject({ question: question.prompt, answer: ownWords });
  });

  it('counts a point as missed when the judge quotes words the answer does not contain (a lying judge)', async () => {
    const liar: FakeLlmBehaviour = () =>
      verdictsReply([
        { id: 'faster-reads', status: 'hit', quote: 'an index speeds up reads' },
        { id: 'slower-writes', status: 'partial', quote: 'every insert has extra bookkeeping' },
      ]);
    const { judge, events } = await judgeOver(liar);
    const grade = await judge(question, ownWords);
    expect(grade.keyPoints.map((k) => [k.id, k.status, k.evidence])).toEqual([
      ['faster-reads', 'miss', null],
      ['slower-writes', 'partial', 'every insert has extra bookkeeping'],
    ]);
    expect(grade.score).toBe(25);
    expect(events).toEqual([{ kind: 'downgraded', questionId: 'sql-index', keyPointIds: ['faster-reads'] }]);
  });

  it('answers with the offline grade, noted, when the judge is too slow, and pauses before asking again', async () => {
    const { judge, events, clock, fake } = await judgeOver(() => ({ ...verdictsReply([]), delayMs: 5000 }), {
      timeoutMs: 300,
      pauseAfterFailureMs: 30_000,
    });
    const offline = compileAndGrade(ownWords);
    const started = performance.now();
    const grade = await judge(question, ownWords);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(grade).toEqual({ ...offline, note: 'judge_unavailable' });
    expect(events).toEqual([
      { kind: 'failed', reason: 'timeout', detail: 'no reply within 300 ms', pausedForMs: 30_000 },
    ]);

    clock.ms = 29_000;
    expect((await judge(question, 'Indexes make reads faster.')).note).toBe('judge_unavailable');
    expect(fake.requests).toHaveLength(1);
    clock.ms = 30_001;
    fake.behave(honestJudge);
    expect((await judge(question, ownWords)).note).toBeNull();
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ['malformed JSON', { content: '{"keyPoints": [{"id": "faster-reads", "status": "hit"' }, 'invalid_reply', 0],
    ['prose instead of JSON', { content: 'Both key points are covered, well done!' }, 'invalid_reply', 0],
    ['a reply that is not a chat completion', { raw: '{"error":"model not loaded"}' }, 'invalid_reply', 0],
    ['a 500', { status: 500, raw: '{"error":"out of memory"}' }, 'http_error', 30_000],
  ] as const)('falls back to the offline grade on %s', async (_, reply, reason, pausedForMs) => {
    const { judge, events } = await judgeOver(() => reply);
    const grade = await judge(question, ownWords);
    expect(grade).toEqual({ ...compileAndGrade(ownWords), note: 'judge_unavailable' });
    expect(events).toEqual([{ kind: 'failed', reason, detail: expect.any(String), pausedForMs }]);
  });

  it('falls back when nothing listens at the address', async () => {
    const closed = await startFakeLlm(honestJudge);
    await closed.close();
    const events: JudgeEvent[] = [];
    const judge = createJudge({
      rubricFor: rubricCache(testBank),
      onEvent: (e) => events.push(e),
      ask: chatCompletionsClient({ url: closed.url, model: 'm', timeoutMs: 2000 }),
    });
    expect((await judge(question, ownWords)).note).toBe('judge_unavailable');
    expect(events).toMatchObject([{ kind: 'failed', reason: 'unreachable', detail: 'ECONNREFUSED' }]);
  });

  it('does not ask about an answer with no words in it', async () => {
    const { judge, fake } = await judgeOver(honestJudge);
    expect((await judge(question, '?!')).note).toBe('no_words');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('the judge’s cache', () => {
  it('asks once per (rubric version, answer): a repeat, even while the first call is running, makes no request', async () => {
    const { judge, fake } = await judgeOver((request) => ({ ...honestJudge(request), delayMs: 50 }));
    const [first, concurrent] = await Promise.all([judge(question, ownWords), judge(question, ownWords)]);
    expect(concurrent).toEqual(first);
    expect(await judge(question, ownWords)).toEqual(first);
    expect(fake.requests).toHaveLength(1);
    await judge(question, 'Reads get faster.');
    expect(fake.requests).toHaveLength(2);
  });

  it('asks again when the rubric changes, and forgets the least recently used answers beyond its size', async () => {
    let rubric = compileQuestionRubric(question);
    const { judge, fake } = await judgeOver(honestJudge, { rubricFor: () => rubric, cacheSize: 2 });
    await judge(question, ownWords);
    rubric = compileQuestionRubric({
      ...question,
      rubric: { ...question.rubric, keyPoints: question.rubric.keyPoints.map((k) => ({ ...k, weight: 2 })) },
    });
    await judge(question, ownWords);
    expect(fake.requests).toHaveLength(2);
    await judge(question, 'answer two');
    await judge(question, 'answer three');
    await judge(question, 'answer two');
    expect(fake.requests).toHaveLength(4);
    await judge(question, ownWords); // evicted by answers two and three
    expect(fake.requests).toHaveLength(5);
  });

  it('does not keep a fallback: the next identical answer asks the judge again', async () => {
    const { judge, fake } = await judgeOver(() => ({ content: 'not json' }));
    expect((await judge(question, ownWords)).note).toBe('judge_unavailable');
    fake.behave(honestJudge);
    expect((await judge(question, ownWords)).note).toBeNull();
    expect(fake.requests).toHaveLength(2);
  });
});

describe('chatCompletionsClient', () => {
  it('sends the key as a bearer token and never repeats a rejected one in an error or a log line', async () => {
    fake = await startFakeLlm(honestJudge, { key: 'right-key-0123456789' });
    const lines: string[] = [];
    const config = {
      GRADER: 'llm',
      GRADER_LLM_URL: fake.url,
      GRADER_LLM_MODEL: 'm',
      GRADER_LLM_KEY: 'sk-wrong-secret-9876543210',
      GRADER_LLM_TIMEOUT_MS: 2000,
      GRADER_LLM_CACHE_SIZE: 10,
    } as const;
    const wrong = openJudge(config, rubricCache(testBank), createMemoryLogger(lines, [config.GRADER_LLM_KEY]))!;
    const grade = await wrong(question, ownWords);
    expect(fake.requests[0]!.authorization).toBe('Bearer sk-wrong-secret-9876543210');
    expect(grade.note).toBe('judge_unavailable');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/"reason":"http_error","detail":"HTTP 401"/);
    expect(JSON.stringify([lines, grade])).not.toMatch(/sk-wrong|9876543210|Incorrect API key/);

    const right = openJudge(
      { ...config, GRADER_LLM_KEY: 'right-key-0123456789' },
      rubricCache(testBank),
      createMemoryLogger([]),
    )!;
    expect((await right(question, ownWords)).score).toBe(100);
  });

  it('asks without response_format, once and from then on, when the server refuses it', async () => {
    fake = await startFakeLlm((request) =>
      request.body.response_format === undefined
        ? honestJudge(request)
        : { status: 400, raw: '{"error":"response_format not supported"}' },
    );
    const ask = chatCompletionsClient({ url: fake.url, model: 'm', timeoutMs: 2000 });
    const judge = createJudge({ rubricFor: rubricCache(testBank), ask });
    expect((await judge(question, ownWords)).score).toBe(100);
    expect((await judge(question, 'Reads get faster.')).note).toBeNull();
    expect(fake.requests.map((r) => r.body.response_format !== undefined)).toEqual([true, false, false]);
  });

  it.each([
    ['http://127.0.0.1:11434/v1/chat/completions', 'http://127.0.0.1:11434/v1/chat/completions'],
    ['http://127.0.0.1:11434/v1/', 'http://127.0.0.1:11434/v1/chat/completions'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['https://api.example.com/openai/v1', 'https://api.example.com/openai/v1/chat/completions'],
  ])('turns %s into the endpoint %s', (given, endpoint) => {
    expect(chatCompletionsUrl(given)).toBe(endpoint);
  });
});

/** What the offline grader alone gives the answer. */
function compileAndGrade(answer: string) {
  return cachedGrader(testBank)(question, answer);
}
