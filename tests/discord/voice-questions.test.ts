import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeWithSpeech } from '../speech/support.ts';
import { answer, click, goodAnswer, questionOf, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { openVoiceHarness, type VoiceBot, type VoiceHarness } from './support/voice-harness.ts';

/** The bytes of a message's attachment, fetched from the fake as a Discord client would. */
async function attachmentBytes(message: APIMessage, index = 0): Promise<Buffer> {
  const response = await fetch(message.attachments[index]!.url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describeWithSpeech('/mock-interview voice:true', () => {
  let h: VoiceHarness;
  let bot: VoiceBot;

  beforeAll(async () => {
    h = await openVoiceHarness();
    bot = await h.startBot(await h.voiceServices());
  }, 60_000);
  afterEach(() => expectCleanTraffic(h.fake));
  afterAll(async () => h?.close());

  async function start(user: APIUser, options: Record<string, string | number | boolean>): Promise<APIMessage> {
    const handle = await h.fake.slash({ user, name: 'mock-interview', options });
    return handle.original();
  }

  it('attaches the question as spoken Ogg Opus, synthesised once and re-used by the next session', async () => {
    const runsBefore = h.synthRuns;
    const first = await start(h.fake.user('gus'), { topic: 'git', questions: 1, voice: true });
    expect(first.attachments.map((a) => a.filename)).toEqual(['question-1.ogg']);
    expect((await attachmentBytes(first)).subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(h.synthRuns).toBe(runsBefore + 1);

    const second = await start(h.fake.user('hal'), { topic: 'git', questions: 1, voice: true });
    expect(second.attachments).toHaveLength(1);
    expect(await attachmentBytes(second)).toEqual(await attachmentBytes(first));
    expect(h.synthRuns).toBe(runsBefore + 1);

    // Without voice:true a question is text only.
    const plain = await start(h.fake.user('ivy'), { topic: 'git', questions: 1 });
    expect(plain.attachments).toEqual([]);
    expect((await bot.store.findActiveSession(h.fake.user('ivy').id))?.options.voice).toBeUndefined();
  });

  it('each next question brings its own audio; the summary carries none', async () => {
    const jo = h.fake.user('jo');
    const q1 = await start(jo, { topic: 'http', questions: 2, voice: true });
    expect(q1.attachments.map((a) => a.filename)).toEqual(['question-1.ogg']);
    const firstAudio = await attachmentBytes(q1);
    const firstQuestion = questionOf(q1).id;

    const graded = await answer(h.fake, jo, q1, goodAnswer(q1));
    // The feedback keeps the question's audio with it.
    expect(graded.message.attachments).toHaveLength(1);
    const next = await click(h.fake, jo, graded.message, 'Next question');
    const q2 = await next.original();
    expect(titleOf(q2)).toMatch(/^Question 2\/2/);
    expect(questionOf(q2).id).not.toBe(firstQuestion);
    expect(q2.attachments.map((a) => a.filename)).toEqual(['question-2.ogg']);
    expect(await attachmentBytes(q2)).not.toEqual(firstAudio);

    const hint = await click(h.fake, jo, q2, 'Hint');
    expect((await hint.original()).attachments).toHaveLength(1);

    const end = await click(h.fake, jo, await hint.original(), 'End');
    const summary = await end.original();
    expect(titleOf(summary)).toMatch(/^Interview ended early · \d+\/100 overall$/);
    expect(summary.attachments).toEqual([]);
  });
});

describeWithSpeech('a spoken question that takes longer than the deferral threshold', () => {
  let h: VoiceHarness;

  beforeAll(async () => {
    h = await openVoiceHarness();
    await h.startBot(await h.voiceServices(), { deferAfterMs: 1 });
  }, 60_000);
  afterEach(() => expectCleanTraffic(h.fake));
  afterAll(async () => h?.close());

  it('is deferred, then the reply is edited in with its .ogg attached', async () => {
    const handle = await h.fake.slash({
      user: h.fake.user('kim'),
      name: 'mock-interview',
      options: { topic: 'sql', questions: 1, voice: true },
    });
    expect((await handle.response()).type).toBe(5);
    const question = await handle.original();
    expect(question.attachments.map((a) => a.filename)).toEqual(['question-1.ogg']);
    expect((await attachmentBytes(question)).subarray(0, 4).toString('latin1')).toBe('OggS');
  });
});
