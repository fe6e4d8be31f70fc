import type { APIUser } from 'discord-api-types/v10';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, buttons, click, goodAnswer, isEphemeral, noticeOf, slash, textOf, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';

let h: Harness;
let running: RunningBot;
let ada: APIUser;
let bob: APIUser;
let cy: APIUser;

/** One 2-question sql interview; `good` answers state every key point, the others half of them. */
async function interview(user: APIUser, good: boolean, channelId?: string): Promise<void> {
  let message = await slash(
    h.fake,
    user,
    'mock-interview',
    { topic: 'sql', questions: 2 },
    channelId ? { channelId } : {},
  );
  for (let i = 0; i < 2; i++) {
    const q = goodAnswer(message, good ? undefined : [['unique', 'faster-lookups', 'references'][i % 3]!]);
    const { message: feedback } = await answer(h.fake, user, message, good ? goodAnswer(message) : q);
    message = await (await click(h.fake, user, feedback, i === 1 ? 'See summary' : 'Next question')).original();
  }
}

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
beforeAll(async () => {
  [ada, bob, cy] = [h.fake.user('ada', { globalName: 'Ada *the* Great' }), h.fake.user('bob'), h.fake.user('cy')];
  await interview(ada, true);
  await interview(bob, false);
  await interview(ada, false);
  const other = h.fake.createGuild('Other server');
  await interview(cy, true, other.channels[0]!.id);
});
afterEach(() => expectCleanTraffic(h.fake));

describe('/stats', () => {
  it('shows sessions, average, mastery per topic, streak and weakest key points, privately', async () => {
    const stats = await slash(h.fake, ada, 'stats');
    expect(isEphemeral(stats)).toBe(true);
    expect(titleOf(stats)).toBe('Stats for Ada \\*the\\* Great');
    const text = textOf(stats);
    expect(text).toContain('**2** session(s) · **4** answer(s)');
    expect(text).toMatch(/Average \*\*\d+\/100\*\*/);
    expect(text).toContain('Streak 🔥 **1** day(s)');
    expect(text).toMatch(/Mastery by topic\n`[█░]{10}` \d+% \*\*sql\*\*/);
    expect(text).toContain('Weakest key points');
  });

  it('shows another member’s stats unless they opted out', async () => {
    expect(titleOf(await slash(h.fake, ada, 'stats', { user: bob }))).toBe('Stats for bob');
    await slash(h.fake, bob, 'privacy', { show: 'off' }, { subcommand: 'leaderboard' });
    const refused = await h.fake.slash({ user: ada, name: 'stats', options: { user: bob } });
    expect(await noticeOf(refused)).toBe('That person keeps their stats private.');
    expect(titleOf(await slash(h.fake, bob, 'stats'))).toBe('Stats for bob');
    await slash(h.fake, bob, 'privacy', { show: 'on' }, { subcommand: 'leaderboard' });
  });
});

describe('/leaderboard', () => {
  it('lists this server’s top scores publicly, escaping names; other servers do not count', async () => {
    const board = await slash(h.fake, cy, 'leaderboard', { period: 'week' });
    expect(isEphemeral(board)).toBe(false);
    expect(titleOf(board)).toBe('Leaderboard · the last 7 days');
    const lines = (board.embeds[0]?.description ?? '').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^🥇 Ada \\\*the\\\* Great — \*\*\d+\*\* points/);
    expect(lines[1]).toMatch(/^🥈 bob — /);
  });

  it('leaves out users who opted out, until they opt back in', async () => {
    const off = await h.fake.slash({ user: bob, name: 'privacy', subcommand: 'leaderboard', options: { show: 'off' } });
    expect(await noticeOf(off)).toMatch(/hidden from every leaderboard/);
    expect(textOf(await slash(h.fake, ada, 'leaderboard', { period: 'all' }))).not.toContain('bob');
    await slash(h.fake, bob, 'privacy', { show: 'on' }, { subcommand: 'leaderboard' });
    expect(textOf(await slash(h.fake, ada, 'leaderboard', { period: 'month' }))).toContain('bob');
  });
});

describe('/privacy delete', () => {
  it('asks for confirmation; only the user’s own Delete button deletes everything', async () => {
    const ask = await slash(h.fake, bob, 'privacy', {}, { subcommand: 'delete' });
    expect(isEphemeral(ask)).toBe(true);
    expect(buttons(ask).map((b) => b.label)).toEqual(['Delete my data', 'Cancel']);
    expect(await noticeOf(await click(h.fake, ada, ask, 'Delete my data'))).toMatch(/not yours/);
    expect((await click(h.fake, bob, ask, 'Cancel').then((c) => c.original())).content).toBe('Nothing was deleted.');
    expect(await running.store.listAttempts(bob.id)).toHaveLength(2);

    const again = await slash(h.fake, bob, 'privacy', {}, { subcommand: 'delete' });
    const done = await (await click(h.fake, bob, again, 'Delete my data')).original();
    expect(done.content).toBe('Done: your data is deleted (2 answer(s) and every session).');
    expect(await running.store.listAttempts(bob.id)).toEqual([]);
    expect(await running.store.getUser(bob.id)).toBeNull();
    expect(textOf(await slash(h.fake, ada, 'leaderboard'))).not.toContain('bob');
    expect(textOf(await slash(h.fake, bob, 'stats'))).toContain('No answers yet');
  });
});
