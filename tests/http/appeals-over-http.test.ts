import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, buttons, click, noticeOf, titleOf } from '../discord/support/drive.ts';
import { answerWith } from '../discord/support/e2e-bank.ts';
import { expectGroupTraffic } from '../discord/support/group-checks.ts';
import { openHttpHarness, type HttpHarness, type RunningEndpoint } from './support/http-harness.ts';

let h: HttpHarness;
let endpoint: RunningEndpoint;

beforeAll(async () => {
  h = await openHttpHarness();
  endpoint = await h.startEndpoint({ groups: true });
  await h.fake.setInteractionsEndpoint(`${endpoint.url}/interactions`);
});
afterEach(() => expectGroupTraffic(h.fake));
afterAll(async () => h?.close());

describe('appeals over HTTP interactions', () => {
  it('files an appeal from the feedback and lets a member with the reviewer role (from the payload) accept it', async () => {
    const mod = h.fake.user('mod', { permissions: PermissionFlagsBits.ManageGuild });
    const reviewer = h.fake.user('reviewer');
    const role = h.fake.createRole('Reviewers');
    h.fake.giveRole(reviewer, role);
    const set = await h.fake.slash({ user: mod, name: 'bank', subcommand: 'reviewers', options: { role } });
    expect(await noticeOf(set)).toMatch(/^Members with that role can now review/);

    const ada = h.fake.user('ada');
    const question = await (
      await h.fake.slash({ user: ada, name: 'mock-interview', options: { topic: 'git', questions: 1 } })
    ).original();
    const { message: feedback } = await answer(
      h.fake,
      ada,
      question,
      `${answerWith('git-rebase', ['rewrites'])} It keeps the log as one straight line of commits.`,
    );
    const picker = await (await click(h.fake, ada, feedback, 'That’s in my answer')).original();
    const opened = await click(h.fake, ada, picker, 'rebase produces linear history');
    await opened.response();
    const submitted = await h.fake.submitModal({
      from: opened,
      fields: { words: 'keeps the log as one straight line of commits' },
    });
    expect(await noticeOf(submitted)).toMatch(/^Sent to the server’s reviewers\./);

    const other = h.fake.user('other');
    expect(await noticeOf(await h.fake.slash({ user: other, name: 'bank', subcommand: 'appeals' }))).toMatch(
      /^Only members who can Manage Server, or who have this server’s reviewer role/,
    );
    const list = await (await h.fake.slash({ user: reviewer, name: 'bank', subcommand: 'appeals' })).original();
    expect(buttons(list).map((b) => b.label)).toEqual(['Accept 1', 'Reject 1']);
    const told = h.fake.waitForMessage({ dmTo: ada });
    const decided = await (await click(h.fake, reviewer, list, 'Accept 1')).original();
    expect(decided.content).toMatch(/ → \d+ · ✅ \*\*rebase produces linear history\*\* now covered\n/);
    expect(titleOf(await told)).toBe('Appeal accepted');
    expect(await endpoint.store.listBankAliases(h.fake.guild.id)).toMatchObject([{ acceptedBy: reviewer.id }]);
  });
});
