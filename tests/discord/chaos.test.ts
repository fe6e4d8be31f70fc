import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/adapters/discord/gateway/gateway.ts';
import { createMemoryLogger } from '../../src/adapters/discord/logger.ts';
import { answer, click, goodAnswer, slash, titleOf, waitForEdit } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';
import { slowStore } from './support/slow-store.ts';

const CALLBACK = 'POST /interactions/{interaction_id}/{interaction_token}/callback';
const EDIT_ORIGINAL = 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original';

let h: Harness;
let running: RunningBot;
const delay = { ms: 0 };

oneBotPerFile(
  (harness, bot) => {
    h = harness;
    running = bot;
  },
  { adverse: true, bot: { wrapStore: (store) => slowStore(store, delay), deferAfterMs: 300 } },
);
afterEach(() => {
  delay.ms = 0;
  expectCleanTraffic(h.fake);
  const secrets = [h.fake.token, ...h.fake.core.interactions.all().map((i) => i.token)];
  expect(running.logLines.filter((line) => secrets.some((s) => line.includes(s)))).toEqual([]);
});

describe('REST failures', () => {
  it('finishes an interview while callbacks get 429s (with Retry-After) and 5xx', async () => {
    const ada = h.fake.user('ada');
    h.fake.failNext(CALLBACK, { status: 429, retryAfter: 0.2 }, { times: 2 });
    h.fake.failNext(CALLBACK, { status: 502 });
    h.fake.failNext(CALLBACK, { status: 429, retryAfter: 0.3, global: true });
    let message = await slash(h.fake, ada, 'mock-interview', { questions: 2 });
    for (let i = 0; i < 2; i++) {
      h.fake.failNext(CALLBACK, { status: 500 });
      const { message: feedback } = await answer(h.fake, ada, message, goodAnswer(message));
      expect(titleOf(feedback)).toMatch(/Score 100\/100$/);
      message = await (await click(h.fake, ada, feedback, i === 0 ? 'Next question' : 'See summary')).original();
    }
    expect(titleOf(message)).toBe('Interview finished · 100/100 overall');
    expect(h.fake.requests.filter((r) => r.injected).length).toBe(6);
  });

  it('finishes deferred answers while the follow-up edits get 5xx and 429s', async () => {
    const bob = h.fake.user('bob');
    const question = await slash(h.fake, bob, 'mock-interview', { questions: 1 });
    delay.ms = 150;
    h.fake.failNext(EDIT_ORIGINAL, { status: 503 });
    h.fake.failNext(EDIT_ORIGINAL, { status: 429, retryAfter: 0.2 });
    const opened = await click(h.fake, bob, question, 'Answer');
    await opened.response();
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    expect((await submitted.response()).type).toBe(6);
    const feedback = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'));
    expect(titleOf(feedback)).toBe('Quick question · Score 100/100');
    expect(h.fake.requests.filter((r) => r.injected && r.routeKey === EDIT_ORIGINAL)).toHaveLength(2);
  });
});

describe('REST answering 5xx for a while', () => {
  it('finishes a deferred answer once Discord is back, edited once, never apologised for', async () => {
    const cy = h.fake.user('cy');
    const question = await slash(h.fake, cy, 'mock-interview', { questions: 1 });
    delay.ms = 150;
    const opened = await click(h.fake, cy, question, 'Answer');
    await opened.response();
    h.fake.failFor(EDIT_ORIGINAL, { status: 503 }, 3000);
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    expect((await submitted.response()).type).toBe(6);
    const feedback = await waitForEdit(h.fake, question.id, (m) => titleOf(m).includes('Score'), 15_000);
    expect(titleOf(feedback)).toBe('Quick question · Score 100/100');
    const edits = h.fake.requests.filter((r) => r.routeKey === EDIT_ORIGINAL && r.path.includes(submitted.token));
    expect(edits.filter((r) => r.injected).length).toBeGreaterThan(4); // more than discord.js's own 1 + 3
    expect(edits.filter((r) => !r.injected).map((r) => r.status)).toEqual([200]);
    expect(h.fake.messages().filter((m) => m.content.includes('Something went wrong'))).toEqual([]);
  }, 20_000);
});

describe('an interaction that fails anyway', () => {
  it('is logged without secrets and answered "Something went wrong" once Discord recovers', async () => {
    const dee = h.fake.user('dee');
    h.fake.failNext(CALLBACK, { status: 500 }, { times: 4 }); // discord.js tries 1 + 3 times
    const handle = await h.fake.slash({ user: dee, name: 'stats' });
    const reply = await handle.original({ timeoutMs: 10_000 });
    expect(reply.content).toBe('Something went wrong on our side; nothing was lost. Please try again in a moment.');
    const failure = running.logLines.find((line) => line.includes('interaction failed'));
    expect(failure).toContain('/interactions/');
    expect(failure).toContain('[redacted]');
    expect(failure).not.toContain(handle.token);
  });
});

describe('gateway', () => {
  it.each([
    ['op 7 RECONNECT', () => h.fake.reconnect(), 'resumed'],
    ['a dropped socket', () => h.fake.dropConnections(), 'resumed'],
    ['a non-resumable INVALID_SESSION', () => h.fake.invalidateSession({ resumable: false }), 'identify'],
  ] as const)('keeps answering after %s', async (_, act, expected) => {
    // discord.js throttles IDENTIFY to one per 5 s, so the last case takes about that long.
    const event = h.fake.waitForGateway(expected, 15_000);
    act();
    await event;
    const cy = h.fake.user('cy');
    const question = await slash(h.fake, cy, 'question');
    expect(titleOf(question)).toMatch(/^Quick question/);
  });
});

describe('start-up', () => {
  it('refuses a wrong token with an error that names neither token', async () => {
    const logger = createMemoryLogger();
    const bot = createBot({
      interviewer: running.interviewer,
      store: running.store,
      logger,
      config: { DISCORD_TOKEN: 'wrong-token-0123456789', DISCORD_API_BASE: h.fake.apiBase },
    });
    const failure = await bot.start().then(
      () => null,
      (error: Error) => error,
    );
    await bot.stop();
    expect(failure?.message).toMatch(/token/i);
    expect(`${failure?.message} ${logger.lines.join('\n')}`).not.toMatch(/wrong-token-0123456789|test-token/);
    h.fake.violations.splice(0); // the refused login is an expected auth violation
  });
});
