import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeWithSpeech, speak } from '../speech/support.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { waitForEdit } from './support/drive.ts';
import { hasButtons, openVoiceHarness, type VoiceBot, type VoiceHarness } from './support/voice-harness.ts';

const USERS = 6;

describeWithSpeech('several voice messages at once', () => {
  let h: VoiceHarness;
  let bot: VoiceBot;
  let audio: Buffer;

  beforeAll(async () => {
    h = await openVoiceHarness();
    bot = await h.startBot(await h.voiceServices());
    // About 20 seconds of speech each: several seconds of recognition for the queue (two at a time).
    audio = await speak(
      Array.from(
        { length: 4 },
        () => 'A primary key uniquely identifies each row, and its columns cannot contain null values.',
      ).join(' '),
    );
  }, 60_000);
  afterEach(() => expectCleanTraffic(h.fake));
  afterAll(async () => h?.close());

  it('are all transcribed while a slash command is still answered at once (no deferral)', async () => {
    const users = Array.from({ length: USERS }, (_, i) => h.fake.user(`speaker${i}`));
    for (const user of users) {
      const started = await h.fake.slash({
        user,
        name: 'mock-interview',
        options: { topic: 'sql', questions: 1 },
        channelId: h.fake.dmChannel(user).id,
      });
      await started.response();
    }
    for (const user of users) h.fake.sendVoiceMessage({ user, audio, durationSecs: 20 });
    // Wait until every speaker has been told "transcribing…": the recognisers are busy now.
    await h.fake.core.notifier.waitFor(
      () => (users.every((u) => h.dms(u).length === 1) ? true : undefined),
      10_000,
      () => 'not every voice message was acknowledged',
    );

    const stats = await h.fake.slash({ user: h.fake.user('bystander'), name: 'stats' });
    const first = await stats.response();
    expect(first.type).toBe(4);
    expect(first.latencyMs).toBeLessThan(1000);
    const stillTranscribing = users.filter((u) => h.dms(u)[0]!.content.includes('transcribing it…')).length;
    expect(stillTranscribing).toBeGreaterThan(0);

    const shown = await Promise.all(
      users.map((u) => waitForEdit(h.fake, h.dms(u)[0]!.id, (m) => !m.content.includes('transcribing it…'), 60_000)),
    );
    for (const message of shown) expect(hasButtons(message, 'Grade it', 'Edit transcript')).toBe(true);
  }, 90_000);

  it('a bot stopping mid-transcription stops the recogniser and asks the user to send again', async () => {
    const user = h.fake.user('late');
    await (
      await h.fake.slash({
        user,
        name: 'mock-interview',
        options: { topic: 'sql', questions: 1 },
        channelId: h.fake.dmChannel(user).id,
      })
    ).response();
    h.fake.sendVoiceMessage({ user, audio, durationSecs: 20 });
    const placeholder = await h.fake.waitForMessage({ dmTo: user });
    expect(placeholder.content).toContain('transcribing it…');
    await bot.stop();
    expect(h.fake.message(placeholder.id)!.content).toBe(
      'The bot restarted while transcribing this voice message, so nothing was graded. Please send it again.',
    );
  });
});
