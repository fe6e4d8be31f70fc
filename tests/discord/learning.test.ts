import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nothingDueMessage } from '../../src/interviewer/review/review-messages.ts';
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
let ada: APIUser;
let bob: APIUser;
/** The key points ada missed (the second of each question she answered). */
const adaMissed: string[] = [];
const adaQuestions: string[] = [];

const DAY = 86_400_000;

/** A 2-question sql interview; `partial` answers state only each question's first key point. */
async function interview(user: APIUser, partial: boolean, missed: string[] = [], asked: string[] = []): Promise<void> {
  let message = await slash(h.fake, user, 'mock-interview', { topic: 'sql', questions: 2 });
  for (let i = 0; i < 2; i++) {
    const question = questionOf(message);
    asked.push(question.id);
    const first = question.rubric.keyPoints[0]!.id;
    if (partial) missed.push(...question.rubric.keyPoints.slice(1).map((k) => k.text));
    const { message: feedback } = await answer(
      h.fake,
      user,
      message,
      goodAnswer(message, partial ? [first] : undefined),
    );
    message = await (await click(h.fake, user, feedback, i === 1 ? 'See summary' : 'Next question')).original();
  }
}

async function attachmentBytes(message: APIMessage, name: string): Promise<Buffer> {
  const attachment = message.attachments.find((a) => a.filename === name);
  expect(attachment, `${name} attached`).toBeDefined();
  return Buffer.from(await (await fetch(attachment!.url)).arrayBuffer());
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
beforeAll(() => {
  [ada, bob] = [h.fake.user('ada'), h.fake.user('bob')];
});
afterEach(() => expectCleanTraffic(h.fake));

describe('/review', () => {
  it('says so when nothing was ever answered, and when nothing is due yet', async () => {
    expect(await noticeOf(await h.fake.slash({ user: ada, name: 'review' }))).toBe(
      'Nothing is due for review yet: answer a few questions first, and the ones you miss come back here.',
    );
    await interview(ada, true, adaMissed, adaQuestions);
    await interview(bob, false);
    const notYet = await noticeOf(await h.fake.slash({ user: ada, name: 'review' }));
    expect(notYet).toMatch(/^Nothing is due for review\. Next review (within the hour|in \d+ (hours?|days?))\.$/);
    expect(notYet).toBe(
      nothingDueMessage((await running.learning.reviewSummary(ada.id)).nextDueAt ?? undefined, h.now),
    );
  });

  it('shows the review counts and a PNG of the caller’s own progress with /stats', async () => {
    const stats = await slash(h.fake, ada, 'stats');
    expect(isEphemeral(stats)).toBe(true);
    const review = await running.learning.reviewSummary(ada.id);
    expect(textOf(stats)).toContain(
      `Key points due today **${review.dueToday}** · this week **${review.dueThisWeek}** · mastered **${review.mastered}** of ${review.tracked}`,
    );
    expect(review.tracked).toBe(4);
    const png = await attachmentBytes(stats, 'progress.png');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const stated = await running.learning.progressImage(ada.id, 'Progress of ada');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([stated.width, stated.height]);
    // Drawn from ada's data alone: byte for byte her picture, not bob's.
    expect(png.equals(Buffer.from(stated.png))).toBe(true);
    expect(png.equals(Buffer.from((await running.learning.progressImage(bob.id, 'Progress of ada')).png))).toBe(false);

    // Another member's stats never carry their picture or review counts: the picture shows the caller's data only.
    const others = await slash(h.fake, bob, 'stats', { user: ada });
    expect(others.attachments ?? []).toEqual([]);
    expect(textOf(others)).not.toContain('Key points due today');
  });

  it('ranks by score (as before), by current streak or by key points mastered with /leaderboard', async () => {
    expect(titleOf(await slash(h.fake, ada, 'leaderboard'))).toBe('Leaderboard · the last 7 days');
    expect(titleOf(await slash(h.fake, ada, 'leaderboard', { by: 'score', period: 'all' }))).toBe(
      'Leaderboard · all time',
    );
    const streaks = await slash(h.fake, ada, 'leaderboard', { by: 'streak' });
    expect(isEphemeral(streaks)).toBe(false);
    expect(titleOf(streaks)).toBe('Leaderboard · current streak');
    const lines = (streaks.embeds[0]?.description ?? '').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => / — 🔥 \*\*1\*\* day\(s\) \(longest 1\)$/.test(l))).toBe(true);
    expect(textOf(streaks)).toMatch(/ada/);
    const mastered = await slash(h.fake, ada, 'leaderboard', { by: 'mastered' });
    expect(titleOf(mastered)).toBe('Leaderboard · key points mastered');
    expect(textOf(mastered)).toContain('Nobody in this server has mastered a key point yet.');
  });

  it('sends a private Markdown study sheet of the missed key points', async () => {
    const handle = await h.fake.slash({ user: ada, name: 'study-sheet' });
    const sheet = await handle.original();
    expect(isEphemeral(sheet)).toBe(true);
    expect(sheet.content).toMatch(/^Your study sheet: \*\*2\*\* key point\(s\) to study, \*\*\d+\*\* due now\.$/);
    const markdown = (await attachmentBytes(sheet, 'study-sheet.md')).toString('utf8');
    expect(adaMissed).toHaveLength(2);
    for (const missed of adaMissed) expect(markdown).toContain(missed);
    const empty = await slash(h.fake, bob, 'study-sheet');
    expect(empty.content).toBe('Your study sheet is empty: nothing missed or nearly covered yet.');
  });

  it('starts an interview of the due questions, most overdue first, with an Answer button', async () => {
    h.now = new Date(h.now.getTime() + 2 * DAY);
    const due = await running.learning.dueQuestions(ada.id);
    expect(due.length).toBeGreaterThan(0);
    const question = await slash(h.fake, ada, 'review');
    expect(isEphemeral(question)).toBe(true);
    expect(questionOf(question).id).toBe(due[0]!.questionId);
    expect(adaQuestions).toContain(questionOf(question).id);
    expect(buttons(question).map((b) => b.label)).toContain('Answer');
    const { message: feedback } = await answer(h.fake, ada, question, goodAnswer(question));
    expect(titleOf(feedback)).toMatch(/Score 100\/100/);
  });
});

describe('the daily question', () => {
  it('is the most overdue due question first', async () => {
    const subscribed = await h.fake.slash({
      user: ada,
      name: 'daily',
      subcommand: 'subscribe',
      options: { time: '07:00', timezone: 'UTC' },
    });
    await subscribed.response();
    await running.tick(); // the first tick only sets the cursor
    h.now = new Date(h.now.getTime() + DAY);
    h.now.setUTCHours(7, 5, 0, 0);
    const expected = (await running.learning.dueQuestions(ada.id))[0]?.questionId;
    expect(expected).toBeDefined();
    const before = h.dms(ada).length;
    await running.tick();
    const [dm] = h.dms(ada).slice(before);
    expect(titleOf(dm!)).toMatch(/^Daily question · /);
    expect(questionOf(dm!).id).toBe(expected);
  });
});
