import { afterEach, describe, expect, it } from 'vitest';
import { answer, buttonId, click, goodAnswer, isEphemeral, noticeOf, slash, textOf, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';
import { clickStale } from './support/stale-click.ts';

let h: Harness;
let running: RunningBot;

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
afterEach(() => expectCleanTraffic(h.fake));

const sessionOf = async (userId: string) => (await running.store.findActiveSession(userId))!;

describe('buttons that are not the user’s or not current', () => {
  it('answers a click on someone else’s interview politely and changes nothing', async () => {
    const ada = h.fake.user('ada');
    const bob = h.fake.user('bob');
    const question = await slash(h.fake, ada, 'mock-interview', { questions: 2 });
    for (const label of ['Answer', 'Hint', 'Skip']) {
      const handle = await click(h.fake, bob, question, label);
      expect(await noticeOf(handle)).toMatch(/belong to someone else/);
      expect(handle.modal).toBeUndefined();
    }
    expect((await sessionOf(ada.id)).version).toBe(1);
  });

  it('a double click on Next advances once; the other click gets a polite private message', async () => {
    const cy = h.fake.user('cy');
    const question = await slash(h.fake, cy, 'mock-interview', { questions: 3 });
    const { message } = await answer(h.fake, cy, question, goodAnswer(question));
    const next = buttonId(message, 'Next question');
    const clicks = await Promise.all([
      h.fake.clickButton({ user: cy, message, customId: next }),
      h.fake.clickButton({ user: cy, message, customId: next }),
    ]);
    const types = (await Promise.all(clicks.map((c) => c.response()))).map((r) => r.type).sort();
    expect(types).toEqual([4, 7]);
    const polite = clicks.find((c) => c.callbacks[0]?.type === 4)!;
    expect(await noticeOf(polite)).toBe('That question has moved on: use the buttons on the latest question.');
    expect(isEphemeral(await polite.original())).toBe(true);
    expect((await sessionOf(cy.id)).index).toBe(1);
    expect(titleOf(h.fake.message(message.id)!)).toMatch(/^Question 2\/3/);
  });

  it('two answer boxes opened before either is sent: the first counts, the second is refused', async () => {
    const dee = h.fake.user('dee');
    const question = await slash(h.fake, dee, 'mock-interview', { questions: 2 });
    const [one, two] = [await click(h.fake, dee, question, 'Answer'), await click(h.fake, dee, question, 'Answer')];
    await Promise.all([one.response(), two.response()]);
    await (await h.fake.submitModal({ from: one, fields: { answer: goodAnswer(question) } })).response();
    const late = await h.fake.submitModal({ from: two, fields: { answer: 'a different answer about tables' } });
    expect(await noticeOf(late)).toMatch(/already answered this question/);
    expect(await running.store.listAttempts(dee.id)).toHaveLength(1);
  });

  it('a stale button (an older copy of the message) says the question has moved on', async () => {
    const eve = h.fake.user('eve');
    const question = structuredClone(await slash(h.fake, eve, 'mock-interview', { questions: 2 }));
    const moved = await (await click(h.fake, eve, question, 'Skip')).original();
    expect(titleOf(moved)).toMatch(/^Question 2\/2/);
    for (const label of ['Hint', 'Answer', 'Skip']) {
      expect(await noticeOf(clickStale(h.fake, eve, question, label))).toBe(
        'That question has moved on: use the buttons on the latest question.',
      );
    }
    expect((await sessionOf(eve.id)).index).toBe(1);
  });

  it('an answer box submitted after the interview ended is refused and nothing is stored', async () => {
    const fay = h.fake.user('fay');
    const question = await slash(h.fake, fay, 'mock-interview', { questions: 2 });
    const opened = await click(h.fake, fay, question, 'Answer');
    await opened.response();
    await (await click(h.fake, fay, question, 'End')).response();
    const late = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
    expect(await noticeOf(late)).toBe('That interview has already finished. Start a new one with /mock-interview.');
    expect(await running.store.listAttempts(fay.id)).toEqual([]);
  });
});

describe('answers the modal should not accept', () => {
  it('refuses a blank answer and one over 4000 characters; nothing is stored', async () => {
    const gil = h.fake.user('gil');
    const question = await slash(h.fake, gil, 'mock-interview', { questions: 1 });
    const opened = await click(h.fake, gil, question, 'Answer');
    await opened.response();
    const blank = await h.fake.submitModal({ from: opened, fields: { answer: '   \n  ' } });
    expect(await noticeOf(blank)).toBe('Your answer was empty, so nothing was graded. Please write an answer.');
    // A modified client can send more than the modal's max_length: the edge check still holds.
    const customId = opened.modal!.custom_id;
    const long = await h.fake.submitModal({
      user: gil,
      customId,
      message: question,
      fields: { answer: 'x '.repeat(2001) },
    });
    expect(await noticeOf(long)).toMatch(/longer than 4000 characters/);
    const missing = await h.fake.submitModal({ user: gil, customId, message: question, fields: { other: 'x' } });
    expect(await noticeOf(missing)).toMatch(/empty/);
    expect(await running.store.listAttempts(gil.id)).toEqual([]);
    expect((await sessionOf(gil.id)).outcomes[0]?.answers).toBe(0);
  });

  it('echoes "@everyone <@&123>" and markdown from an answer harmlessly', async () => {
    const hal = h.fake.user('hal');
    const question = await slash(h.fake, hal, 'mock-interview', { topic: 'sql', questions: 1 });
    const text = `${goodAnswer(question)} @everyone <@&123456789012345678> **bold** \`code\` > quote | pipe ~strike~ _under_`;
    const { message } = await answer(h.fake, hal, question, text);
    expect(message.mention_everyone).toBe(false);
    expect(message.mention_roles).toEqual([]);
    expect(textOf(message)).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(h.fake.messagesWithUnsafeMentions()).toEqual([]);
  });
});
