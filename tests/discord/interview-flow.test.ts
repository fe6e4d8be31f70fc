import { afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  buttons,
  click,
  goodAnswer,
  isEphemeral,
  noticeOf,
  questionOf,
  slash,
  textOf,
  titleOf,
} from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';

let h: Harness;
let running: RunningBot;

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
afterEach(() => expectCleanTraffic(h.fake));

describe('/mock-interview', () => {
  it('runs a whole interview: question, answer modal, feedback, next, summary', async () => {
    const ada = h.fake.user('ada');
    let message = await slash(h.fake, ada, 'mock-interview', { topic: 'sql', questions: 2 });
    expect(isEphemeral(message)).toBe(true);
    expect(titleOf(message)).toMatch(/^Question 1\/2/);
    expect(buttons(message).map((b) => b.label)).toEqual(['Answer', 'Hint', 'Skip', 'End']);

    const first = await answer(h.fake, ada, message, goodAnswer(message));
    expect(titleOf(first.message)).toBe('Question 1/2 · Score 100/100');
    expect(textOf(first.message)).toContain('✅');
    expect(buttons(first.message).map((b) => b.label)).toEqual(['Model answer', 'Next question', 'Retry', 'End']);

    message = await (await click(h.fake, ada, first.message, 'Next question')).original();
    expect(titleOf(message)).toMatch(/^Question 2\/2/);
    const second = await answer(h.fake, ada, message, 'I am not sure, it is something about tables.');
    expect(titleOf(second.message)).toMatch(/^Question 2\/2 · Score \d+\/100$/);
    expect(textOf(second.message)).toContain('❌');

    const summary = await (await click(h.fake, ada, second.message, 'See summary')).original();
    expect(titleOf(summary)).toMatch(/^Interview finished · \d+\/100 overall$/);
    expect(textOf(summary)).toContain('1. **100/100**');
    expect(buttons(summary)).toEqual([]);
    expect(await running.store.listAttempts(ada.id)).toHaveLength(2);
  });
});

describe('hint, skip, retry and model answer', () => {
  it('reveals a key point as a hint and counts it against the score', async () => {
    const bea = h.fake.user('bea');
    const question = await slash(h.fake, bea, 'mock-interview', { topic: 'http', questions: 2 });
    const hinted = await (await click(h.fake, bea, question, 'Hint')).original();
    expect(textOf(hinted)).toContain('Hints (−10 points)');
    const { message } = await answer(h.fake, bea, hinted, goodAnswer(hinted));
    expect(titleOf(message)).toMatch(/Score 90\/100$/);
    expect(textOf(message)).toContain('100/100 minus 10 for 1 hint(s)');
  });

  it('skips to the next question, and a skip on the last question shows the summary', async () => {
    const cy = h.fake.user('cy');
    const first = await slash(h.fake, cy, 'mock-interview', { topic: 'git', questions: 1 });
    const summary = await (await click(h.fake, cy, first, 'Skip')).original();
    expect(titleOf(summary)).toBe('Interview finished · 0/100 overall');
    expect(textOf(summary)).toContain('⏭️ skipped');
    expect(textOf(summary)).toContain('Topics to study');
    expect(textOf(summary)).toContain('handbook.md › **Rebasing**');
    const two = await slash(h.fake, cy, 'mock-interview', { topic: 'sql', questions: 2 });
    const next = await (await click(h.fake, cy, two, 'Skip')).original();
    expect(next.content).toBe('Skipped.');
    expect(titleOf(next)).toMatch(/^Question 2\/2/);
  });

  it('allows one retry, prefilled with the first answer, and shows what the retry added', async () => {
    const dee = h.fake.user('dee');
    const question = await slash(h.fake, dee, 'mock-interview', { topic: 'sql', questions: 1 });
    const q = questionOf(question);
    const firstPoint = q.rubric.keyPoints[0]!.id;
    const first = await answer(h.fake, dee, question, goodAnswer(question, [firstPoint]));
    expect(textOf(first.message)).toContain('❌');
    const opened = await click(h.fake, dee, first.message, 'Retry');
    await opened.response();
    const input = (opened.modal?.components[0] as { components: { value?: string }[] }).components[0];
    expect(input?.value).toBe(goodAnswer(question, [firstPoint]));
    const retried = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    const feedback = await retried.original();
    expect(titleOf(feedback)).toBe('Quick question · Retry scored 100/100');
    expect(textOf(feedback)).toMatch(/Your retry added\n❌ → ✅ /);
    expect(buttons(feedback).map((b) => b.label)).toEqual(['Model answer', 'See summary']);
    expect((await running.store.listAttempts(dee.id)).map((a) => a.score)).toEqual([50, 100]);
  });

  it('shows the model answer privately, without changing the feedback message', async () => {
    const eve = h.fake.user('eve');
    const question = await slash(h.fake, eve, 'question', { topic: 'http' });
    expect(titleOf(question)).toMatch(/^Quick question/);
    const { message } = await answer(h.fake, eve, question, goodAnswer(question));
    const shown = await click(h.fake, eve, message, 'Model answer');
    const model = await shown.original();
    expect(isEphemeral(model)).toBe(true);
    expect(textOf(model)).toContain(questionOf(question).modelAnswer);
    expect(h.fake.message(message.id)?.embeds[0]?.title).toBe(titleOf(message));
  });

  it('ends an interview early with a summary', async () => {
    const fay = h.fake.user('fay');
    const question = await slash(h.fake, fay, 'mock-interview', { questions: 3 });
    const { message } = await answer(h.fake, fay, question, goodAnswer(question));
    const summary = await (await click(h.fake, fay, message, 'End')).original();
    expect(titleOf(summary)).toMatch(/^Interview ended early · 33\/100 overall$/);
    expect(textOf(summary)).toContain('1 answered · 2 skipped');
  });
});

describe('topics', () => {
  it('autocompletes topics from the bank', async () => {
    const gil = h.fake.user('gil');
    const typing = await h.fake.autocomplete({
      user: gil,
      name: 'mock-interview',
      options: { topic: 'h' },
      focused: 'topic',
    });
    await typing.response();
    expect(typing.choices).toEqual([{ name: 'http (2 questions)', value: 'http' }]);
  });

  it('answers an unknown topic with the list of topics, privately', async () => {
    const gil = h.fake.user('gil');
    const handle = await h.fake.slash({ user: gil, name: 'mock-interview', options: { topic: 'cobol' } });
    expect(await noticeOf(handle)).toBe('There is no such topic in the question bank. Topics: git, http, sql.');
    expect(isEphemeral(await handle.original())).toBe(true);
  });
});

describe('direct messages', () => {
  it('runs an interview in a DM (no guild) and says leaderboards are per server', async () => {
    const hal = h.fake.user('hal');
    const dm = h.fake.state.dmChannel(hal.id).id;
    const question = await slash(h.fake, hal, 'mock-interview', { questions: 1 }, { channelId: dm });
    const { message } = await answer(h.fake, hal, question, goodAnswer(question));
    expect(titleOf(message)).toBe('Quick question · Score 100/100');
    expect((await running.store.listAttempts(hal.id))[0]?.guildId).toBeNull();
    const board = await h.fake.slash({ user: hal, name: 'leaderboard', channelId: dm });
    expect(await noticeOf(board)).toBe('Leaderboards are per server: run /leaderboard in a server channel.');
  });
});
