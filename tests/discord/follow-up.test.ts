import { afterEach, describe, expect, it } from 'vitest';
import { answer, buttons, click, textOf, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';

let h: Harness;
let running: RunningBot;

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
afterEach(() => expectCleanTraffic(h.fake));

const fieldsOf = (message: { embeds?: { fields?: { name: string; value: string }[] }[] }) =>
  message.embeds?.[0]?.fields ?? [];

describe('the follow-up question', () => {
  it('asks about a nearly made point, and its answer completes the point in place', async () => {
    const eve = h.fake.user('eve');
    const question = await slash(eve);
    const first = await answer(h.fake, eve, question, 'Rebase rewrites commits, I think.');
    expect(fieldsOf(first.message).find((f) => f.name === 'Follow-up question')?.value).toContain(
      'You mentioned “rewrites commits”',
    );
    expect(buttons(first.message).map((b) => b.label)).toEqual([
      'Model answer',
      'See summary',
      'Answer follow-up',
      'Retry',
      'That’s in my answer',
    ]);

    const opened = await click(h.fake, eve, first.message, 'Answer follow-up');
    await opened.response();
    expect(opened.modal?.title).toBe('Follow-up · Quick question');
    const submitted = await h.fake.submitModal({ from: opened, fields: { answer: 'It rewrites the commit history.' } });
    const after = await submitted.original();
    expect(titleOf(after)).toMatch(/Score \d+\/100$/);
    expect(fieldsOf(after).find((f) => f.name === 'Your follow-up')?.value).toBe(
      '🟡 → ✅ completed: rebase rewrites commit history',
    );
    expect(buttons(after).map((b) => b.label)).not.toContain('Answer follow-up');
    const attempts = await running.store.listAttempts(eve.id);
    expect(attempts.map((a) => a.answer)).toEqual([
      'Rebase rewrites commits, I think.',
      'Rebase rewrites commits, I think.\n\nIt rewrites the commit history.',
    ]);
    expect(attempts[1]!.score).toBeGreaterThan(attempts[0]!.score);
  });

  it('is skipped by going on, and the summary says so', async () => {
    const fay = h.fake.user('fay');
    const first = await answer(h.fake, fay, await slash(fay), 'Rebase rewrites commits, I think.');
    const summary = await (await click(h.fake, fay, first.message, 'See summary')).original();
    expect(textOf(summary)).toContain('(follow-up skipped)');
  });
});

async function slash(user: ReturnType<Harness['fake']['user']>) {
  const { slash: run } = await import('./support/drive.ts');
  return run(h.fake, user, 'mock-interview', { topic: 'git', questions: 1 });
}
