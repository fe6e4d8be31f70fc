import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanTraffic } from '../discord/support/checks.ts';
import {
  answer,
  buttons,
  click,
  goodAnswer,
  isEphemeral,
  noticeOf,
  slash,
  textOf,
  titleOf,
  waitForEdit,
} from '../discord/support/drive.ts';
import { slowStore } from '../discord/support/slow-store.ts';
import { clickStale } from '../discord/support/stale-click.ts';
import { openHttpHarness, type HttpHarness, type RunningEndpoint } from './support/http-harness.ts';

let h: HttpHarness;
let endpoint: RunningEndpoint;

beforeAll(async () => {
  h = await openHttpHarness();
  endpoint = await h.startEndpoint();
  await h.fake.setInteractionsEndpoint(`${endpoint.url}/interactions`);
});
afterEach(() => expectCleanTraffic(h.fake));
afterAll(async () => {
  await h?.close();
});

describe('the same bot over HTTP interactions', () => {
  it('runs a whole interview: question, answer modal, feedback, next, summary', async () => {
    const ada = h.fake.user('ada');
    const started = await h.fake.slash({ user: ada, name: 'mock-interview', options: { topic: 'sql', questions: 2 } });
    expect((await started.response()).type).toBe(4);
    let message = await started.original();
    expect(isEphemeral(message)).toBe(true);
    expect(titleOf(message)).toMatch(/^Question 1\/2/);
    expect(buttons(message).map((b) => b.label)).toEqual(['Answer', 'Hint', 'Skip', 'End']);

    const first = await answer(h.fake, ada, message, goodAnswer(message));
    expect((await first.submit.response()).type).toBe(7);
    expect(titleOf(first.message)).toBe('Question 1/2 · Score 100/100');
    message = await (await click(h.fake, ada, first.message, 'Next question')).original();
    expect(titleOf(message)).toMatch(/^Question 2\/2/);
    const second = await answer(h.fake, ada, message, 'I am not sure, it is something about tables.');
    const summary = await (await click(h.fake, ada, second.message, 'See summary')).original();
    expect(titleOf(summary)).toMatch(/^Interview finished · \d+\/100 overall$/);
    expect(await endpoint.store.listAttempts(ada.id)).toHaveLength(2);
  });

  it('answers autocomplete, a public leaderboard, stats in a DM, and a stale button politely', async () => {
    const bea = h.fake.user('bea');
    const typing = await h.fake.autocomplete({
      user: bea,
      name: 'mock-interview',
      options: { topic: 'h' },
      focused: 'topic',
    });
    expect((await typing.response()).type).toBe(8);
    expect(typing.choices).toEqual([{ name: 'http (2 questions)', value: 'http' }]);

    const board = await slash(h.fake, bea, 'leaderboard', { period: 'all' });
    expect(isEphemeral(board)).toBe(false);
    expect(textOf(board)).toContain('ada');

    const stats = await slash(h.fake, bea, 'stats', {}, { channelId: h.fake.dmChannel(bea).id });
    expect(textOf(stats)).toContain('No answers yet');

    const question = structuredClone(await slash(h.fake, bea, 'question', { topic: 'git' }));
    await click(h.fake, bea, question, 'Skip').then((i) => i.original());
    expect(await noticeOf(clickStale(h.fake, bea, question, 'Hint'))).toBe(
      'That interview has already finished. Start a new one with /mock-interview.',
    );
  });

  it('asks before deleting data and updates the confirmation message', async () => {
    const cy = h.fake.user('cy');
    const asked = await slash(h.fake, cy, 'privacy', {}, { subcommand: 'delete' });
    const done = await (await click(h.fake, cy, asked, 'Delete my data')).original();
    expect(done.content).toMatch(/^Done: your data is deleted/);
  });
});

describe('an answer full of hostile characters', () => {
  it('is graded and stored without control characters, bidirectional overrides or lone surrogates, and pings no one', async () => {
    const eve = h.fake.user('eve');
    const question = await slash(h.fake, eve, 'question', { topic: 'sql' });
    const hostile =
      'An index \u202Eevlos\u202C speeds\u0000 up reads \u0007@everyone <@123> <@&456> \uD800 on a column \u2066lookup\u2069.';
    const { message } = await answer(h.fake, eve, question, hostile);
    const [stored] = await endpoint.store.listAttempts(eve.id);
    expect(stored?.answer).toBe('An index evlos speeds up reads @everyone <@123> <@&456> \uFFFD on a column lookup.');
    expect(textOf(message)).not.toMatch(/[\u0000-\u0008\u202A-\u202E\u2066-\u2069\uD800]/);
  });
});

describe('group study without DISCORD_TOKEN', () => {
  it('says /daily and /practice-channel are turned off and why, instead of "no longer has that command"', async () => {
    const fay = h.fake.user('fay');
    for (const [name, subcommand] of [
      ['daily', 'status'],
      ['practice-channel', 'off'],
      ['round', 'end'],
    ] as const) {
      const reply = await slash(h.fake, fay, name, {}, { subcommand });
      expect(textOf(reply)).toMatch(
        /^Practice channels, rounds and daily questions are turned off on this bot: .*DISCORD_TOKEN/,
      );
    }
  });
});

describe('a slow store behind the HTTP endpoint', () => {
  it('answers with a deferral inside the deadline and finishes through the webhook', async () => {
    const delay = { ms: 0 };
    const slow = await h.startEndpoint({ wrapStore: (store) => slowStore(store, delay), deferAfterMs: 150 });
    await h.fake.setInteractionsEndpoint(`${slow.url}/interactions`);
    try {
      const dee = h.fake.user('dee');
      delay.ms = 100;
      const started = await h.fake.slash({ user: dee, name: 'mock-interview', options: { questions: 2 } });
      expect((await started.response()).type).toBe(5);
      const question = await started.original();
      expect(titleOf(question)).toMatch(/^Question 1\/2/);

      const opened = await click(h.fake, dee, question, 'Answer');
      expect((await opened.response()).type).toBe(9); // the answer box opens without waiting for the check
      const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
      expect((await submitted.response()).type).toBe(6);
      const graded = await waitForEdit(h.fake, question.id, (m) => /Score/.test(titleOf(m)));
      expect(titleOf(graded)).toBe('Question 1/2 · Score 100/100');
      const deferred = /mi_interactions_total\{type="modal",outcome="deferred"\} 1/;
      await h.fake.waitFor(() => (deferred.test(slow.metrics.registry.render()) ? true : undefined));
    } finally {
      await h.fake.setInteractionsEndpoint(`${endpoint.url}/interactions`);
      await slow.stop();
    }
  });
});
