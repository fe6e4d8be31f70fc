import { PermissionFlagsBits, type APIMessage, type APIUser } from 'discord-api-types/v10';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBank } from '../../src/core/bank/validate.ts';
import { bankBundleSchema, bundleInput } from '../../src/core/banks/bundle.ts';
import type { InteractionHandle } from '../support/fake-discord/index.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { answer, buttons, click, embedOf, isEphemeral, noticeOf, textOf, titleOf } from './support/drive.ts';
import { answerWith } from './support/e2e-bank.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';

let h: Harness;
let running: RunningBot;
let mod: APIUser;
let member: APIUser;

const APPEAL = 'That’s in my answer';
const LINEAR = 'rebase produces linear history';
/** Not counted as made: missed, or nearly made ("history" is in every answer about rebasing). */
const NOT_MADE = new RegExp(`(❌|🟡) \\*\\*${LINEAR}\\*\\*`);
const REWRITES = 'rebase rewrites commit history';
const SENT = /^Sent to the server’s reviewers\./;
const NOT_REVIEWER = 'Only members who can Manage Server, or who have this server’s reviewer role, review appeals.';
const NOT_MODERATOR = 'Only members who can Manage Server change this server’s bank.';

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
beforeAll(() => {
  mod = h.fake.user('mod', { permissions: PermissionFlagsBits.ManageGuild });
  member = h.fake.user('member');
});
afterEach(() => expectCleanTraffic(h.fake));

const guildId = () => h.fake.guild.id;

/** A one-question interview on git, answered with one key point stated and `extra` said on top. */
async function answerGit(user: APIUser, keyPoint: 'rewrites' | 'linear', extra: string, channelId?: string) {
  const question = await (
    await h.fake.slash({
      user,
      name: 'mock-interview',
      options: { topic: 'git', questions: 1 },
      ...(channelId === undefined ? {} : { channelId }),
    })
  ).original();
  const text = `${answerWith('git-rebase', [keyPoint])} ${extra}`;
  const { message } = await answer(h.fake, user, question, text);
  return { feedback: message, text };
}

function modalValue(opened: InteractionHandle): string | undefined {
  const row = opened.modal?.components[0] as { components?: { value?: string }[] } | undefined;
  return row?.components?.[0]?.value;
}

/** "That's in my answer" → the point → the box; submits `words` and returns the reply's sentence. */
async function appeal(user: APIUser, feedback: APIMessage, point: string, words: string) {
  const picker = await (await click(h.fake, user, feedback, APPEAL)).original();
  const opened = await click(h.fake, user, picker, point);
  await opened.response();
  const submitted = await h.fake.submitModal({ from: opened, fields: { words } });
  return { picker, opened, notice: await noticeOf(submitted) };
}

async function appealsList(user: APIUser): Promise<APIMessage> {
  return (await h.fake.slash({ user, name: 'bank', subcommand: 'appeals' })).original();
}

describe('“That’s in my answer” on the feedback', () => {
  it('is offered in a server when a point was missed, never in a DM, and refused to anyone else', async () => {
    const candidate = h.fake.user('offered');
    const { feedback } = await answerGit(candidate, 'rewrites', 'It keeps the log tidy.');
    expect(textOf(feedback)).toMatch(NOT_MADE);
    expect(buttons(feedback).map((b) => b.label)).toContain(APPEAL);
    const someoneElse = await click(h.fake, member, feedback, APPEAL);
    expect(await noticeOf(someoneElse)).toBe('Only the person who answered can appeal their grade.');

    const inDm = h.fake.user('in-dm');
    const dm = await answerGit(inDm, 'rewrites', 'It keeps the log tidy.', h.fake.dmChannel(inDm).id);
    expect(textOf(dm.feedback)).toMatch(NOT_MADE);
    expect(buttons(dm.feedback).map((b) => b.label)).not.toContain(APPEAL);
  });

  it('lets the candidate pick the point, cut their own answer down and send it to the reviewers', async () => {
    const candidate = h.fake.user('candidate');
    const { feedback, text } = await answerGit(
      candidate,
      'rewrites',
      'It keeps the log as one straight line of commits.',
    );
    const picker = await (await click(h.fake, candidate, feedback, APPEAL)).original();
    expect(isEphemeral(picker)).toBe(true);
    expect(picker.content).toMatch(/^Which point is in your answer\?/);
    expect(buttons(picker).map((b) => b.label)).toEqual([LINEAR]);

    const opened = await click(h.fake, candidate, picker, LINEAR);
    await opened.response();
    expect(opened.modal?.title).toBe(`Appeal: ${LINEAR}`);
    expect(modalValue(opened)).toBe(text);
    const rewritten = await h.fake.submitModal({ from: opened, fields: { words: 'history stays linear' } });
    expect(await noticeOf(rewritten)).toBe(
      'Those words are not all in your answer (in its order); cut your answer down instead of rewriting it.',
    );
    expect(await running.store.listAppeals(guildId())).toEqual([]);

    const { notice } = await appeal(candidate, feedback, LINEAR, 'keeps the log as one straight line of commits');
    expect(notice).toMatch(SENT);
    const [filed] = await running.store.listAppeals(guildId(), 'pending');
    expect(filed).toMatchObject({
      userId: candidate.id,
      questionId: 'git-rebase',
      keyPointId: 'linear',
      words: 'keeps the log as one straight line of commits',
    });
    const again = await appeal(candidate, feedback, LINEAR, 'one straight line');
    expect(again.notice).toBe('You have already appealed that point for this answer.');
  });
});

describe('/bank appeals and /bank reviewers', () => {
  it('refuses members without Manage Server or the reviewer role: the list, Accept and the role; nothing changes', async () => {
    expect(await noticeOf(await h.fake.slash({ user: member, name: 'bank', subcommand: 'appeals' }))).toBe(
      NOT_REVIEWER,
    );
    const list = await appealsList(mod);
    expect(await noticeOf(await click(h.fake, member, list, 'Accept 1'))).toBe(NOT_REVIEWER);
    expect(await noticeOf(await click(h.fake, member, list, 'Reject 1'))).toBe(NOT_REVIEWER);
    const role = h.fake.createRole('Helpers');
    const setRole = await h.fake.slash({ user: member, name: 'bank', subcommand: 'reviewers', options: { role } });
    expect(await noticeOf(setRole)).toBe(NOT_MODERATOR);
    expect(await running.store.getBankReviewerRole(guildId())).toBeNull();
    expect((await running.store.listAppeals(guildId(), 'pending')).length).toBe(1);
    expect(await running.store.listBankAliases(guildId())).toEqual([]);
  });

  it('shows a moderator the appeal; Accept adds the alias, grades the answer again and tells the candidate', async () => {
    const candidate = h.fake.user('candidate');
    const [pending] = await running.store.listAppeals(guildId(), 'pending');
    const before = (await running.store.getAttempt(pending!.attemptId))!;
    expect(before.keyPoints.find((k) => k.id === 'linear')?.status).not.toBe('hit');

    const list = await appealsList(mod);
    expect(isEphemeral(list)).toBe(true);
    expect(list.content).toBe('Appeals waiting for review, oldest first. (1)');
    const shown = textOf(list);
    for (const part of [
      'What does git rebase do?',
      `<@${candidate.id}>`,
      LINEAR,
      '“keeps the log as one straight line of commits”',
    ])
      expect(shown).toContain(part);
    expect(buttons(list).map((b) => b.label)).toEqual(['Accept 1', 'Reject 1']);

    const sameListElsewhere = await appealsList(mod);
    const decided = await (await click(h.fake, mod, list, 'Accept 1')).original();
    const after = (await running.store.getAttempt(pending!.attemptId))!;
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.keyPoints.find((k) => k.id === 'linear')?.status).toBe('hit');
    expect(decided.content).toContain(
      [
        'Accepted: the words now count for that point in this server, and the answer was graded again.',
        `<@${candidate.id}> · ${before.score} → ${after.score} · ✅ **${LINEAR}** now covered`,
        'The candidate was told by direct message.',
      ].join('\n'),
    );
    expect(decided.content).toContain('No appeals are waiting for review in this server.');
    expect(buttons(decided)).toEqual([]);
    expect(titleOf(decided)).toMatch(/^Accepted lately \(1 in all/);
    expect(embedOf(decided).description).toContain(
      `“keeps the log as one straight line of commits” for git-rebase · linear, accepted by <@${mod.id}>`,
    );

    const told = h.fake.dmsTo(candidate).at(-1)!;
    expect(titleOf(told)).toBe('Appeal accepted');
    expect(textOf(told)).toContain(`${before.score} → ${after.score}/100 · ✅ now covered`);
    expect(await running.store.listBankAliases(guildId())).toMatchObject([
      {
        questionId: 'git-rebase',
        keyPointId: 'linear',
        alias: 'keeps the log as one straight line of commits',
        acceptedBy: mod.id,
      },
    ]);
    const exported = await (await h.fake.slash({ user: mod, name: 'bank', subcommand: 'export' })).original();
    const file = exported.attachments.find((a) => a.filename === 'accepted-aliases.json')!;
    expect(JSON.parse(await (await fetch(file.url)).text())).toMatchObject({
      aliases: [{ questionId: 'git-rebase', keyPointId: 'linear', acceptedBy: mod.id }],
    });
    expect(await noticeOf(await click(h.fake, mod, sameListElsewhere, 'Reject 1'))).toBe(
      'That appeal has already been decided.',
    );
    expect(await running.store.getAppeal(pending!.id)).toMatchObject({ status: 'accepted', decidedBy: mod.id });
  });

  it('counts the accepted words for the next answer in this server only', async () => {
    const next = h.fake.user('next-candidate');
    const { feedback } = await answerGit(next, 'rewrites', 'It keeps the log as one straight line of commits.');
    expect(textOf(feedback)).toContain(`✅ **${LINEAR}**`);
    expect(buttons(feedback).map((b) => b.label)).not.toContain(APPEAL);
    const elsewhere = h.fake.createGuild('Elsewhere');
    const there = await answerGit(
      next,
      'rewrites',
      'It keeps the log as one straight line of commits.',
      elsewhere.channels[0]!.id,
    );
    expect(textOf(there.feedback)).toMatch(NOT_MADE);
  });

  it('Reject leaves the grade and tells the candidate privately', async () => {
    const candidate = h.fake.user('rejected');
    const { feedback } = await answerGit(candidate, 'rewrites', 'It makes the history tidy.');
    expect((await appeal(candidate, feedback, LINEAR, 'makes the history tidy')).notice).toMatch(SENT);
    const [pending] = await running.store.listAppeals(guildId(), 'pending');
    const before = await running.store.getAttempt(pending!.attemptId);

    const decided = await (await click(h.fake, mod, await appealsList(mod), 'Reject 1')).original();
    expect(decided.content).toMatch(
      [
        'Rejected: the grade stands and the bank is unchanged.',
        `<@${candidate.id}> · **${LINEAR}**`,
        'The candidate was told by direct message.',
      ].join('\n'),
    );
    expect(await running.store.getAttempt(pending!.attemptId)).toEqual(before);
    expect(await running.store.getAppeal(pending!.id)).toMatchObject({ status: 'rejected', decidedBy: mod.id });
    const told = h.fake.dmsTo(candidate).at(-1)!;
    expect(titleOf(told)).toBe('Appeal not accepted');
    expect(textOf(told)).toContain('A reviewer did not accept your appeal; your grade stands.');
    expect(textOf(told)).toContain('“makes the history tidy”');
    expect((await running.store.listBankAliases(guildId())).map((a) => a.alias)).not.toContain(
      'makes the history tidy',
    );
  });

  it('lets members with the reviewer role list and accept appeals once a moderator sets it', async () => {
    const reviewer = h.fake.user('reviewer');
    const role = h.fake.createRole('Reviewers');
    h.fake.giveRole(reviewer, role);
    expect(await noticeOf(await h.fake.slash({ user: reviewer, name: 'bank', subcommand: 'appeals' }))).toBe(
      NOT_REVIEWER,
    );
    const set = await h.fake.slash({ user: mod, name: 'bank', subcommand: 'reviewers', options: { role } });
    expect(await noticeOf(set)).toBe(
      `Members with that role can now review this server’s appeals with /bank appeals. (<@&${role.id}>)`,
    );
    expect(await running.store.getBankReviewerRole(guildId())).toBe(role.id);
    const everyone = await h.fake.slash({
      user: mod,
      name: 'bank',
      subcommand: 'reviewers',
      options: { role: h.fake.guild.roles[0]! },
    });
    expect(await noticeOf(everyone)).toBe('Pick a role of its own: @everyone cannot be the reviewer role.');
    expect(await running.store.getBankReviewerRole(guildId())).toBe(role.id);

    const candidate = h.fake.user('third');
    const { feedback } = await answerGit(candidate, 'linear', 'It replays each commit on top of the new base.');
    expect((await appeal(candidate, feedback, REWRITES, 'replays each commit on top of the new base')).notice).toMatch(
      SENT,
    );
    const list = await appealsList(reviewer);
    expect(textOf(list)).toContain('“replays each commit on top of the new base”');
    expect(await noticeOf(await h.fake.slash({ user: reviewer, name: 'bank', subcommand: 'export' }))).toBe(
      NOT_MODERATOR,
    );
    const decided = await (await click(h.fake, reviewer, list, 'Accept 1')).original();
    expect(decided.content).toMatch(
      /^Accepted: .*\n.* → 100 · ✅ \*\*rebase rewrites commit history\*\* now covered\n/,
    );
    expect((await running.store.listBankAliases(guildId())).at(-1)).toMatchObject({
      alias: 'replays each commit on top of the new base',
      acceptedBy: reviewer.id,
    });
  });
});

const DOCUMENT = `# Window functions

## What is a window function?
A window function computes a value for each row from a set of related rows. It keeps every row instead of grouping them.

## What does PARTITION BY do?
PARTITION BY splits the rows into groups that the window function handles separately. Each partition restarts the calculation.
`;

describe('an appeal on a server’s own topic', () => {
  it('writes the accepted words into the topic, which still passes the bank check', async () => {
    const file = h.fake.hostAttachment(Buffer.from(DOCUMENT, 'utf8'), 'text/markdown', { filename: 'windows.md' });
    const draft = await (
      await h.fake.slash({
        user: mod,
        name: 'bank',
        subcommand: 'import',
        options: { file, topic: 'window-functions' },
      })
    ).original();
    await (await click(h.fake, mod, draft, 'Publish')).original();
    const [topic] = await running.store.listBankTopics(guildId());

    const candidate = h.fake.user('windows');
    const question = await (
      await h.fake.slash({
        user: candidate,
        name: 'mock-interview',
        options: { topic: 'window-functions', questions: 1 },
      })
    ).original();
    const asked = topic!.bundle.questions.questions.find((q) =>
      (embedOf(question).description ?? '').includes(q.prompt),
    )!;
    const rubric = topic!.bundle.rubrics.rubrics.find((r) => r.questionId === asked.id)!;
    const extra = 'Think of a frame sliding along beside each row.';
    const { message: feedback } = await answer(h.fake, candidate, question, `${rubric.keyPoints[0]!.text}. ${extra}`);
    const picker = await (await click(h.fake, candidate, feedback, APPEAL)).original();
    const point = buttons(picker)[0]!.label;
    expect((await appeal(candidate, feedback, point, 'a frame sliding along beside each row')).notice).toMatch(SENT);

    const decided = await (await click(h.fake, mod, await appealsList(mod), 'Accept 1')).original();
    expect(decided.content).toMatch(/^Accepted: .*\n.* now covered\n/);
    const exported = await (await h.fake.slash({ user: mod, name: 'bank', subcommand: 'export' })).original();
    const bankFile = exported.attachments.find((a) => a.filename === 'window-functions.bank.json')!;
    const bundle = bankBundleSchema.parse(JSON.parse(await (await fetch(bankFile.url)).text()));
    const aliases = bundle.rubrics.rubrics.flatMap((r) => r.keyPoints.flatMap((k) => k.aliases));
    expect(aliases).toContain('a frame sliding along beside each row');
    expect(checkBank(bundleInput([bundle])).problems).toEqual([]);
  });
});
