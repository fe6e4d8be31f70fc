import { MessageFlags, type APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeWithSpeech, fakeOggOpus, speak } from '../speech/support.ts';
import { buttons, click, isEphemeral, questionOf, textOf, titleOf } from './support/drive.ts';
import { answerWith } from './support/e2e-bank.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { startBot } from './support/bot-harness.ts';
import { messageFor } from '../../src/interviewer/messages.ts';
import { disabledTextToSpeech } from '../../src/speech/tts/text-to-speech.ts';
import type { SpeechToText } from '../../src/speech/types.ts';
import type { Store } from '../../src/store/store.ts';
import {
  hasButtons,
  transcriptOf,
  openVoiceHarness,
  type VoiceBot,
  type VoiceHarness,
} from './support/voice-harness.ts';

// Spoken by espeak-ng and encoded as Discord records voice messages (Ogg Opus, 48 kHz, mono): the whole
// path from the voice message to the stored grade, against the fake Discord.
describeWithSpeech('voice answers in a DM', () => {
  let h: VoiceHarness;
  let bot: VoiceBot;
  let spoken: Buffer;

  beforeAll(async () => {
    h = await openVoiceHarness();
    bot = await h.startBot(await h.voiceServices());
    spoken = await speak('Rebase rewrites the commit history, and it produces a linear history.');
  }, 60_000);
  afterEach(() => expectCleanTraffic(h.fake));
  afterAll(async () => h?.close());

  /** `/mock-interview topic:git questions:1` in the user's DM: the e2e bank's one git question. */
  async function startInterview(user: APIUser) {
    const handle = await h.fake.slash({
      user,
      name: 'mock-interview',
      options: { topic: 'git', questions: 1 },
      channelId: h.fake.dmChannel(user).id,
    });
    const question = await handle.original();
    expect(titleOf(question)).toContain('Quick question');
    return question;
  }

  it('shows the transcript as approximate; Edit transcript is pre-filled; Grade it stores the grade with source "voice"', async () => {
    const ada = h.fake.user('ada');
    await startInterview(ada);
    const voice = h.fake.sendVoiceMessage({ user: ada, audio: spoken, durationSecs: 4.5 });
    const shown = await h.nextReply(ada);

    // Downloaded at once (attachment links expire), and answered in the DM as a normal message.
    const attachmentId = voice.attachments[0]!.id;
    expect(h.fake.files.downloads.filter((d) => d.id === attachmentId)).toEqual([
      expect.objectContaining({ status: 200 }),
    ]);
    expect(isEphemeral(shown)).toBe(false);
    expect(titleOf(shown)).toBe('🎙️ Quick question · your voice answer');
    expect(textOf(shown)).toContain('What does git rebase do?');
    expect(shown.embeds[0]?.footer?.text).toMatch(
      /^Approximate transcript of \d+ s: speech recognition makes mistakes/,
    );
    expect(buttons(shown).map((b) => b.label)).toEqual(['Grade it', 'Edit transcript']);
    const transcript = transcriptOf(shown);
    expect(transcript).toMatch(/rebase/);
    expect(transcript).toMatch(/history/);

    const edit = await click(h.fake, ada, shown, 'Edit transcript');
    expect((await edit.response()).type).toBe(9);
    const input = (edit.modal?.components[0] as { components: { value?: string; max_length?: number }[] })
      .components[0]!;
    expect(input).toMatchObject({ value: transcript, max_length: 4000 });

    const grade = await click(h.fake, ada, shown, 'Grade it');
    expect((await grade.response()).type).toBe(7);
    const feedback = await grade.original();
    expect(titleOf(feedback)).toMatch(/^Quick question · Score \d+\/100$/);
    const score = Number(/Score (\d+)/.exec(titleOf(feedback))![1]);
    expect(score).toBeGreaterThan(0);
    expect(await bot.store.listAttempts(ada.id)).toEqual([
      expect.objectContaining({ questionId: 'git-rebase', answer: transcript, source: 'voice', score }),
    ]);
    // The buttons went with the transcript: grading twice is impossible.
    expect(hasButtons(h.fake.message(shown.id)!, 'Grade it')).toBe(false);
  });

  it('a second voice message is the retry; the edited transcript is what gets graded, still as "voice", after a restart', async () => {
    const bo = h.fake.user('bo');
    await startInterview(bo);
    h.fake.sendVoiceMessage({ user: bo, audio: spoken, durationSecs: 4.5 });
    const first = await h.nextReply(bo);
    const firstTranscript = transcriptOf(first);
    await (await click(h.fake, bo, first, 'Grade it')).response();

    h.fake.sendVoiceMessage({ user: bo, audio: spoken, durationSecs: 4.5 });
    const retry = await h.nextReply(bo);
    expect(titleOf(retry)).toBe('🎙️ Retry · Quick question · your voice answer');

    // The transcript lives in the message itself: a restarted bot still grades it.
    await bot.stop();
    bot = await h.startBot(await h.voiceServices());
    const edit = await click(h.fake, bo, retry, 'Edit transcript');
    await edit.response();
    const corrected = 'Rebase rewrites commit history and it produces linear history.';
    const submit = await h.fake.submitModal({ from: edit, fields: { answer: corrected } });
    expect((await submit.response()).type).toBe(7);
    expect(titleOf(await submit.original())).toBe('Quick question · Retry scored 100/100');
    const attempts = await bot.store.listAttempts(bo.id);
    expect(attempts.map((a) => [a.answer, a.source])).toEqual([
      [firstTranscript, 'voice'],
      [corrected, 'voice'],
    ]);

    // A third voice answer to the same question is refused politely.
    h.fake.sendVoiceMessage({ user: bo, audio: spoken, durationSecs: 4.5 });
    expect((await h.nextReply(bo)).content).toBe(
      'You have already answered this question and used your retry. Move on with Next question.',
    );
  });

  it('a corrupt file or one that is not audio gets a clear message, and nothing is graded', async () => {
    const cy = h.fake.user('cy');
    await startInterview(cy);
    h.fake.sendVoiceMessage({
      user: cy,
      audio: Buffer.concat([spoken.subarray(0, 200), Buffer.alloc(3000, 0x5a)]),
      durationSecs: 4,
    });
    const unreadable =
      "I couldn't read that file as audio. Send a Discord voice message (or an .ogg Opus file), or type your answer.";
    expect((await h.nextReply(cy)).content).toBe(unreadable);
    const pdf = h.fake.sendMessage({
      user: cy,
      content: '',
      attachments: [h.fake.hostAttachment(Buffer.from('%PDF-1.7 my notes'), 'application/pdf')],
    });
    expect((await h.nextReply(cy)).content).toBe(unreadable);
    expect(h.fake.files.downloads.filter((d) => d.id === pdf.attachments[0]!.id)).toEqual([]);
    expect(await bot.store.listAttempts(cy.id)).toEqual([]);
  });

  it('refuses a voice message whose attachment claims a few bytes but holds more than the limit', async () => {
    const liar = h.fake.user('liar');
    await startInterview(liar);
    const file = h.fake.files.host(Buffer.concat([fakeOggOpus(5), Buffer.alloc(11 * 1024 * 1024, 1)]), 'audio/ogg', {
      filename: 'voice-message.ogg',
    });
    const lying = h.fake.files.attachmentOf(file, { size: 2_000, duration_secs: 5 });
    h.fake.sendMessage({ user: liar, content: '', flags: MessageFlags.IsVoiceMessage, attachments: [lying] });
    expect((await h.nextReply(liar)).content).toMatch(/^That file is larger than 10 MB/);
    expect(await bot.store.listAttempts(liar.id)).toEqual([]);
  });

  it('refuses a message over VOICE_MAX_SECONDS (3 minutes) before downloading it, and one whose audio is longer than it claims after', async () => {
    const di = h.fake.user('di');
    await startInterview(di);
    const long = h.fake.sendVoiceMessage({ user: di, audio: fakeOggOpus(200), durationSecs: 200 });
    const tooLong = 'That recording is longer than 3 minutes. Please answer in a shorter voice message, or type it.';
    expect((await h.nextReply(di)).content).toBe(tooLong);
    expect(h.fake.files.downloads.filter((d) => d.id === long.attachments[0]!.id)).toEqual([]);

    const lying = h.fake.sendVoiceMessage({ user: di, audio: fakeOggOpus(200), durationSecs: 5 });
    expect((await h.nextReply(di)).content).toBe(tooLong);
    expect(h.fake.files.downloads.filter((d) => d.id === lying.attachments[0]!.id)).toHaveLength(1);
    expect(await bot.store.listAttempts(di.id)).toEqual([]);
  });

  it("answers today's daily question from its DM, and the grade counts for the daily streak", async () => {
    const gil = h.fake.user('gil');
    await (
      await h.fake.slash({
        user: gil,
        name: 'daily',
        subcommand: 'subscribe',
        options: { time: '10:00', timezone: 'Europe/London' },
      })
    ).response();
    await bot.bot.tickScheduler(h.now);
    const dailyAt = new Date('2026-03-02T10:00:30.000Z');
    await bot.bot.tickScheduler(dailyAt);
    const [daily] = h.dms(gil);
    expect(titleOf(daily!)).toBe('Daily question · 2026-03-02');
    const question = questionOf(daily!);

    h.fake.sendVoiceMessage({ user: gil, audio: await speak(answerWith(question.id)), durationSecs: 9 });
    const shown = await h.nextReply(gil);
    expect(titleOf(shown)).toBe('🎙️ Daily question · your voice answer');
    const transcript = transcriptOf(shown);
    const graded = await click(h.fake, gil, shown, 'Grade it');
    const feedback = await graded.original();
    expect(titleOf(feedback)).toMatch(/^Quick question · Score \d+\/100$/);
    expect(feedback.content).toBe('🔥 1-day daily streak. See you tomorrow!');
    // Stored as a voice answer, like every voice answer; the streak knows it answered the daily by its session.
    const attempts = await bot.store.listAttempts(gil.id);
    expect(attempts.map((a) => [a.questionId, a.source, a.answer, a.sessionId])).toEqual([
      [question.id, 'voice', transcript, `d-${gil.id}-2026-03-02`],
    ]);
    const status = await h.fake.slash({ user: gil, name: 'daily', subcommand: 'status' });
    expect(textOf(await status.original())).toContain('Daily streak 🔥 **1** day(s) (longest 1) · answered today ✅');
  });

  it("with an interview in progress: today's daily question, sent after it, is answered first; once answered, the interview again", async () => {
    const ivo = h.fake.user('ivo');
    await startInterview(ivo);
    await (
      await h.fake.slash({
        user: ivo,
        name: 'daily',
        subcommand: 'subscribe',
        options: { time: '10:01', timezone: 'Europe/London' },
      })
    ).response();
    await bot.bot.tickScheduler(new Date('2026-03-02T10:00:45.000Z')); // the cursor, when this test runs alone
    await bot.bot.tickScheduler(new Date('2026-03-02T10:01:30.000Z'));
    const daily = h.dms(ivo).find((m) => titleOf(m) === 'Daily question · 2026-03-02')!;
    const question = questionOf(daily);

    h.fake.sendVoiceMessage({ user: ivo, audio: await speak(answerWith(question.id)), durationSecs: 9 });
    const forDaily = await h.nextReply(ivo);
    expect(titleOf(forDaily)).toBe('🎙️ Daily question · your voice answer');
    const startedAt = h.now;
    h.now = new Date('2026-03-02T10:05:00.000Z');
    try {
      await (await click(h.fake, ivo, forDaily, 'Grade it')).original();
      // Answered (at 10:05, after the interview's last change), the daily question stays open for its retry
      // but no longer hides the interview.
      h.fake.sendVoiceMessage({ user: ivo, audio: spoken, durationSecs: 4.5 });
      const forInterview = await h.nextReply(ivo);
      expect(titleOf(forInterview)).toBe('🎙️ Quick question · your voice answer');
      await (await click(h.fake, ivo, forInterview, 'Grade it')).original();
    } finally {
      h.now = startedAt;
    }
    expect(
      (await bot.store.listAttempts(ivo.id)).map((a) => [a.questionId, a.source, a.sessionId?.startsWith('d-')]),
    ).toEqual([
      [question.id, 'voice', true],
      ['git-rebase', 'voice', false],
    ]);
  });

  it('takes one voice message per user at a time: a second sent meanwhile is declined', async () => {
    const hu = h.fake.user('hu');
    await startInterview(hu);
    h.fake.sendVoiceMessage({ user: hu, audio: spoken, durationSecs: 4.5 });
    h.fake.sendVoiceMessage({ user: hu, audio: spoken, durationSecs: 4.5 });
    await h.fake.core.notifier.waitFor(
      () =>
        h.dms(hu).length === 2 && h.dms(hu).every((m) => !m.content.includes('transcribing it…')) ? true : undefined,
      30_000,
      () => 'two final replies',
    );
    const replies = h.dms(hu);
    expect(replies.filter((m) => hasButtons(m, 'Grade it'))).toHaveLength(1);
    expect(replies.map((m) => m.content)).toContain(
      'I’m still transcribing your previous voice message: wait for its transcript, then send another if you need to.',
    );
  });

  it('without an interview in progress, says how to start one', async () => {
    const ed = h.fake.user('ed');
    h.fake.sendVoiceMessage({ user: ed, audio: spoken, durationSecs: 4.5 });
    expect((await h.nextReply(ed)).content).toBe(
      'You have no interview in progress for a voice answer. Start one with /mock-interview, then send your answer here as a voice message.',
    );
  });
});

describe('a bot without speech recognition', () => {
  let h: VoiceHarness;
  let bot: VoiceBot;

  beforeAll(async () => {
    h = await openVoiceHarness();
    const { disabledSpeechToText } = await import('../../src/speech/guard-speech-to-text.ts');
    const { disabledTextToSpeech } = await import('../../src/speech/tts/text-to-speech.ts');
    bot = await h.startBot({
      stt: disabledSpeechToText('pocketsphinx is not installed'),
      tts: disabledTextToSpeech('no text-to-speech program is installed'),
      maxSeconds: 180,
      messageContent: false,
      offReason: 'pocketsphinx is not installed (missing pocketsphinx)',
    });
  });
  afterEach(() => expectCleanTraffic(h.fake));
  afterAll(async () => h?.close());

  it('tells the user voice answers are not enabled (nothing downloaded), logs why for the operator, and text answers keep working', async () => {
    const fay = h.fake.user('fay');
    const handle = await h.fake.slash({
      user: fay,
      name: 'mock-interview',
      options: { topic: 'git', questions: 1, voice: true },
      channelId: h.fake.dmChannel(fay).id,
    });
    const question = await handle.original();
    // Spoken questions are off too: the message says so and the question is there in text.
    expect(question.content).toBe('🔇 Spoken questions are not enabled on this bot. The question is below in text.');
    expect(question.attachments).toEqual([]);
    expect(textOf(question)).toContain('What does git rebase do?');

    const voice = h.fake.sendVoiceMessage({ user: fay, audio: fakeOggOpus(3), durationSecs: 3 });
    expect((await h.nextReply(fay)).content).toBe(
      'Voice answers are not enabled on this bot. Please type your answer instead.',
    );
    expect(h.fake.files.downloads.filter((d) => d.id === voice.attachments[0]!.id)).toEqual([]);
    expect(
      bot.logLines.some(
        (l) =>
          l.includes('"level":"warn"') &&
          l.includes('speech recognition is off') &&
          l.includes('pocketsphinx is not installed'),
      ),
    ).toBe(true);

    const opened = await click(h.fake, fay, question, 'Answer');
    await opened.response();
    const submit = await h.fake.submitModal({
      from: opened,
      fields: { answer: 'Rebase rewrites commit history and produces linear history.' },
    });
    await submit.response();
    expect(titleOf(await submit.original())).toBe('Quick question · Score 100/100');
    expect((await bot.store.listAttempts(fay.id)).map((a) => a.source)).toEqual(['discord']);
  });
});

describe('a voice answer that fails on our side', () => {
  let h: VoiceHarness;
  /** While set, the store's session reads fail with this error (as a full disk or a bug would make them). */
  let failReads: Error | null = null;
  const failing = (store: Store): Store => ({
    ...store,
    getSession: (id) => (failReads === null ? store.getSession(id) : Promise.reject(failReads)),
    findActiveSession: (...args) => (failReads === null ? store.findActiveSession(...args) : Promise.reject(failReads)),
  });
  const brokenRecogniser: SpeechToText = {
    provider: 'command',
    transcribe: async () => ({ ok: false, error: 'failed', detail: 'the recogniser exited with code 1' }),
  };

  beforeAll(async () => {
    h = await openVoiceHarness();
    await startBot(h, {
      wrapStore: failing,
      voice: { stt: brokenRecogniser, tts: disabledTextToSpeech('off'), maxSeconds: 180, messageContent: false },
    });
  });
  afterEach(() => {
    failReads = null;
    expectCleanTraffic(h.fake);
  });
  afterAll(async () => h?.close());

  async function interviewIn(user: APIUser): Promise<void> {
    const handle = await h.fake.slash({
      user,
      name: 'mock-interview',
      options: { topic: 'git', questions: 1 },
      channelId: h.fake.dmChannel(user).id,
    });
    expect(titleOf(await handle.original())).toContain('Quick question');
  }

  it('a recogniser that fails is apologised for in the words a typed answer gets', async () => {
    const gus = h.fake.user('gus');
    await interviewIn(gus);
    h.fake.sendVoiceMessage({ user: gus, audio: fakeOggOpus(3), durationSecs: 3 });
    expect((await h.nextReply(gus)).content).toBe(messageFor('something_went_wrong'));
  });

  it('a store that cannot be read is told as the text path tells it, and so is a bug', async () => {
    const hal = h.fake.user('hal');
    await interviewIn(hal);
    failReads = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    h.fake.sendVoiceMessage({ user: hal, audio: fakeOggOpus(3), durationSecs: 3 });
    expect((await h.fake.waitForMessage({ dmTo: hal, where: (m) => m.content !== '' })).content).toBe(
      'Our storage is unavailable just now, so what you just sent may not have been saved. Please try again in a moment.',
    );
    failReads = new TypeError('Cannot read properties of undefined');
    const before = h.fake.dmsTo(hal).length;
    h.fake.sendVoiceMessage({ user: hal, audio: fakeOggOpus(3), durationSecs: 3 });
    await h.fake.waitFor(() => (h.fake.dmsTo(hal).length > before ? true : undefined), 10_000);
    expect(h.fake.dmsTo(hal).at(-1)?.content).toBe(
      'Something went wrong on our side; nothing was lost. Please try again in a moment.',
    );
  });
});
