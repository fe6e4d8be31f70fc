import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeWithSpeech, speak } from '../speech/support.ts';
import { answerWith } from './support/e2e-bank.ts';
import { answer, buttons, click, noticeOf, questionOf, textOf, titleOf } from './support/drive.ts';
import { expectGroupTraffic } from './support/group-checks.ts';
import {
  hasButtons,
  transcriptOf,
  openVoiceHarness,
  type VoiceBot,
  type VoiceHarness,
} from './support/voice-harness.ts';

const bot = (h: VoiceHarness) => h.fake.bot.id;

async function practiceChannel(h: VoiceHarness, name: string) {
  const channel = h.fake.createChannel(name);
  const set = await h.fake.slash({
    user: h.moderator('mona'),
    name: 'practice-channel',
    subcommand: 'set',
    options: { channel: channel.id, topic: 'sql', 'round-minutes': 10 },
  });
  await set.response();
  return channel;
}

async function startRound(h: VoiceHarness, user: APIUser, channelId: string): Promise<APIMessage> {
  const posted = h.fake.waitForMessage({ channelId });
  await (await h.fake.slash({ user, name: 'round', subcommand: 'start', channelId })).response();
  return posted;
}

const botMessagesIn = (h: VoiceHarness, channelId: string) =>
  h.fake.messages(channelId).filter((m) => m.author.id === bot(h));

describeWithSpeech('voice answers to a practice round (no MESSAGE_CONTENT intent)', () => {
  let h: VoiceHarness;
  let running: VoiceBot;

  beforeAll(async () => {
    h = await openVoiceHarness();
    running = await h.startBot(await h.voiceServices());
  }, 60_000);
  afterEach(() => expectGroupTraffic(h.fake, { refusals: [50007] }));
  afterAll(async () => h?.close());

  it('a voice message mentioning the bot: transcript in a DM, graded into the round; an unmentioned one is ignored', async () => {
    const channel = await practiceChannel(h, 'voice-round');
    const round = await startRound(h, h.fake.user('ada'), channel.id);
    const question = questionOf(round);
    const audio = await speak(answerWith(question.id));
    const lee = h.fake.user('lee');

    // Without the intent Discord sends an unmentioned voice message with no attachment: nothing to do.
    h.sendVoiceMention(lee, channel.id, audio, 9, false);
    h.sendVoiceMention(lee, channel.id, audio, 9);
    const shown = await h.nextReply(lee);
    expect(h.dms(lee)).toHaveLength(1);
    expect(shown.content).toBe(
      `Your voice answer in <#${channel.id}>: Here is what I heard. Press **Grade it** to grade it as your answer, or **Edit transcript** to correct it first.`,
    );
    expect(titleOf(shown)).toBe('🎙️ Round question · your voice answer');
    const transcript = transcriptOf(shown);
    expect(transcript.length).toBeGreaterThan(10);

    const grade = await click(h.fake, lee, shown, 'Grade it');
    expect((await grade.response()).type).toBe(7);
    const feedback = await grade.original();
    expect(feedback.content).toMatch(/^This answer counts for the round\. Results <t:\d+:R>\.$/);
    expect(titleOf(feedback)).toMatch(/^Quick question · Score \d+\/100$/);
    expect(buttons(feedback).map((b) => b.label)).toEqual(['Retry']);
    const score = Number(/Score (\d+)/.exec(titleOf(feedback))![1]);
    const [entry] = await running.store.listRoundAnswers((await running.store.listOpenRounds(channel.id))[0]!.id);
    // The round's counted answer, although the attempt is stored as a voice answer like every other one.
    expect(entry).toMatchObject({ userId: lee.id, isFirst: true, score });
    expect(await running.store.listAttempts(lee.id)).toEqual([
      expect.objectContaining({ answer: transcript, source: 'voice', id: entry!.attemptId }),
    ]);
    // Nothing but the question is public while the round runs.
    expect(botMessagesIn(h, channel.id).map((m) => m.id)).toEqual([round.id]);

    // The results come from the round's answers: the voice answer is ranked like a typed one.
    await (
      await h.fake.slash({ user: h.fake.user('ada'), name: 'round', subcommand: 'end', channelId: channel.id })
    ).response();
    const results = botMessagesIn(h, channel.id).at(-1)!;
    expect(titleOf(results)).toBe('Practice round · results');
    expect(results.embeds[0]?.description).toContain(`🥇 <@${lee.id}> — **${score}/100**`);
    expect(results.embeds[0]?.footer?.text).toBe(
      `1 answered · 0 retries · average ${score}/100 · discuss in the thread`,
    );
  });

  it('a round answered before /mock-interview does not hide the interview: a DM voice message answers the interview', async () => {
    const channel = await practiceChannel(h, 'then-interview');
    const round = await startRound(h, h.fake.user('ada'), channel.id);
    const rex = h.fake.user('rex');
    // The round's one-question session stays active after the answer (the retry is open while the round is).
    const typed = await answer(h.fake, rex, round, answerWith(questionOf(round).id));
    expect(typed.message.content).toMatch(/^This answer counts for the round\./);
    const dm = h.fake.dmChannel(rex).id;
    const started = await (
      await h.fake.slash({ user: rex, name: 'mock-interview', options: { topic: 'git', questions: 1 }, channelId: dm })
    ).original();
    expect(titleOf(started)).toContain('Quick question');
    const interview = await running.store.findActiveSession(rex.id, { sources: ['discord'] });

    h.fake.sendVoiceMessage({
      user: rex,
      audio: await speak('Rebase rewrites the commit history, and it produces a linear history.'),
      durationSecs: 4.5,
    });
    const shown = await h.nextReply(rex);
    expect(titleOf(shown)).toBe('🎙️ Quick question · your voice answer');
    expect(textOf(shown)).toContain('What does git rebase do?');
    const graded = await (await click(h.fake, rex, shown, 'Grade it')).original();
    expect(titleOf(graded)).toMatch(/^Quick question · Score \d+\/100$/);
    const attempts = await running.store.listAttempts(rex.id);
    expect(attempts.map((a) => [a.questionId, a.source, a.sessionId])).toEqual([
      [questionOf(round).id, 'round', expect.stringMatching(/^r-/)],
      ['git-rebase', 'voice', interview!.id],
    ]);
  });

  it('with DMs closed, a short reply in the channel says so and shows no transcript', async () => {
    const channel = await practiceChannel(h, 'closed-dms');
    await startRound(h, h.fake.user('ada'), channel.id);
    const max = h.fake.user('max', { dmsOpen: false });
    const voice = h.sendVoiceMention(max, channel.id, await speak('A primary key uniquely identifies each row.'), 3);
    const reply = await h.fake.waitForMessage({
      channelId: channel.id,
      where: (m) => m.author.id === bot(h) && m.id !== voice.id,
    });
    expect(reply.content).toBe(
      'I couldn’t send you your transcript privately: please allow direct messages from this server’s members, or press Answer on the round and type your answer.',
    );
    expect(reply.embeds).toEqual([]);
    expect(await running.store.listAttempts(max.id)).toEqual([]);
  });

  it('a voice message mentioning the bot where no round is open is told where voice answers work', async () => {
    const channel = await practiceChannel(h, 'quiet-room');
    const ned = h.fake.user('ned');
    h.sendVoiceMention(ned, channel.id, await speak('Hello there.'), 1);
    expect((await h.nextReply(ned)).content).toBe(
      `Your voice answer in <#${channel.id}>: There is no open round in that channel. Voice answers work there during a round (/round start), and here in DMs for your /mock-interview questions.`,
    );
  });

  it('once the round has closed, Grade it is refused and nothing is recorded', async () => {
    const channel = await practiceChannel(h, 'late-answers');
    const round = await startRound(h, h.fake.user('ada'), channel.id);
    const ola = h.fake.user('ola');
    h.sendVoiceMention(ola, channel.id, await speak(answerWith(questionOf(round).id)), 9);
    const shown = await h.nextReply(ola);
    await (
      await h.fake.slash({ user: h.fake.user('ada'), name: 'round', subcommand: 'end', channelId: channel.id })
    ).response();
    const grade = await click(h.fake, ola, shown, 'Grade it');
    expect(await noticeOf(grade)).toBe(
      'That round has closed, so answers are no longer taken. Its results are in the channel.',
    );
    expect(hasButtons(h.fake.message(shown.id)!, 'Grade it')).toBe(true);
    expect(await running.store.listAttempts(ola.id)).toEqual([]);
  });
});

describeWithSpeech('voice answers to a round with DISCORD_MESSAGE_CONTENT=true', () => {
  let h: VoiceHarness;

  beforeAll(async () => {
    h = await openVoiceHarness();
    await h.startBot(await h.voiceServices({ messageContent: true }));
  }, 60_000);
  afterEach(() => expectGroupTraffic(h.fake));
  afterAll(async () => h?.close());

  it('any voice message in the channel with an open round answers it; outside a round, voice messages are left alone', async () => {
    const idle = h.fake.createChannel('chatter');
    const channel = await practiceChannel(h, 'open-mic');
    const round = await startRound(h, h.fake.user('ada'), channel.id);
    const pia = h.fake.user('pia');
    const audio = await speak(answerWith(questionOf(round).id));
    h.sendVoiceMention(pia, idle.id, audio, 9, false);
    h.sendVoiceMention(pia, channel.id, audio, 9, false);
    const shown = await h.nextReply(pia);
    expect(titleOf(shown)).toBe('🎙️ Round question · your voice answer');
    expect(h.dms(pia)).toHaveLength(1);
  });
});
