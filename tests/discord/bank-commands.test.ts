import { PermissionFlagsBits, type APIMessage, type APIUser } from 'discord-api-types/v10';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BANK_LIMITS } from '../../src/core/banks/limits.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { answer, buttons, click, embedOf, isEphemeral, noticeOf, textOf, titleOf } from './support/drive.ts';
import { oneBotPerFile, type Harness, type RunningBot } from './support/harness.ts';

let h: Harness;
let running: RunningBot;
let mod: APIUser;
let member: APIUser;

const DOCUMENT = `# Window functions

## What is a window function?
A window function computes a value for each row from a set of related rows. It keeps every row instead of grouping them.

## What does PARTITION BY do?
PARTITION BY splits the rows into groups that the window function handles separately. Each partition restarts the calculation.

## What is the difference between RANK and ROW_NUMBER?
ROW_NUMBER gives every row a distinct number. RANK gives tied rows the same number and skips the following numbers.
`;

oneBotPerFile((harness, bot) => {
  h = harness;
  running = bot;
});
beforeAll(() => {
  mod = h.fake.user('mod', { permissions: PermissionFlagsBits.ManageGuild });
  member = h.fake.user('member');
});
afterEach(() => expectCleanTraffic(h.fake));

function hosted(text: string | Buffer, type: string, filename: string) {
  return h.fake.hostAttachment(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, type, { filename });
}

async function importAs(user: APIUser, file: ReturnType<typeof hosted>, topic?: string) {
  return h.fake.slash({
    user,
    name: 'bank',
    subcommand: 'import',
    options: { file, ...(topic === undefined ? {} : { topic }) },
  });
}

async function downloaded(message: APIMessage, name: string): Promise<string> {
  const attachment = message.attachments.find((a) => a.filename === name);
  expect(attachment, `attachment ${name}`).toBeDefined();
  return (await fetch(attachment!.url)).text();
}

const guildId = () => h.fake.guild.id;

describe('/bank import', () => {
  it('refuses members without Manage Server, downloading and storing nothing', async () => {
    const file = hosted(DOCUMENT, 'text/markdown', 'windows.md');
    const refused = await importAs(member, file, 'window-functions');
    expect(await noticeOf(refused)).toBe('Only members who can Manage Server change this server’s bank.');
    expect(h.fake.files.downloads.filter((d) => d.id === file.id)).toEqual([]);
    expect(await running.store.listBankTopics(guildId())).toEqual([]);
  });

  it('refuses an oversize file before downloading it, and a non-text one, storing nothing', async () => {
    const big = hosted('x'.repeat(BANK_LIMITS.maxFileBytes + 1), 'text/plain', 'big.txt');
    expect(await noticeOf(await importAs(mod, big))).toMatch(/^That file is too large: at most 512 KB\./);
    expect(h.fake.files.downloads.filter((d) => d.id === big.id)).toEqual([]);
    const pdf = hosted(Buffer.from('%PDF-1.7 notes'), 'application/pdf', 'notes.pdf');
    expect(await noticeOf(await importAs(mod, pdf))).toBe('That file is not UTF-8 text. (application/pdf)');
    expect(h.fake.files.downloads.filter((d) => d.id === pdf.id)).toEqual([]);
    const binary = hosted(Buffer.from([0x23, 0x20, 0x00, 0xff, 0x01]), 'text/markdown', 'sneaky.md');
    expect(await noticeOf(await importAs(mod, binary))).toBe('That file is not UTF-8 text.');
    expect(await running.store.listBankTopics(guildId())).toEqual([]);
  });

  it('drafts a document with a summary, the preview file and Publish / Discard; Discard keeps nothing', async () => {
    const handle = await importAs(
      mod,
      hosted(DOCUMENT, 'text/markdown; charset=utf-8', 'windows.md'),
      'window-functions',
    );
    const summary = await handle.original();
    expect(isEphemeral(summary)).toBe(true);
    expect(titleOf(summary)).toBe('Draft: window-functions');
    const text = textOf(summary);
    expect(text).toContain('1. What is a window function?');
    expect(text).toContain('What does PARTITION BY do?');
    expect(text).toMatch(/Questions\n[3-9]/);
    expect(text).toMatch(/Problems\nnone/);
    expect(buttons(summary).map((b) => b.label)).toEqual(['Publish', 'Discard']);
    const preview = JSON.parse(await downloaded(summary, 'window-functions.bank.json')) as {
      topic: string;
      questions: { questions: { prompt: string }[] };
    };
    expect(preview.topic).toBe('window-functions');
    expect(preview.questions.questions.map((q) => q.prompt)).toContain('What is a window function?');

    const discarded = await (await click(h.fake, mod, summary, 'Discard')).original();
    expect(discarded.content).toBe('Draft discarded; nothing was stored.');
    expect(buttons(discarded)).toEqual([]);
    expect(await running.store.listBankTopics(guildId())).toEqual([]);
  });

  it('publishes a draft: the topic is stored for this server only and suggested only here', async () => {
    const summary = await (
      await importAs(mod, hosted(DOCUMENT, 'text/markdown', 'windows.md'), 'window-functions')
    ).original();
    const published = await (await click(h.fake, mod, summary, 'Publish')).original();
    expect(published.content).toMatch(/^Published \*\*window-functions\*\* \(\d+ questions\)/);
    expect((await running.store.listBankTopics(guildId())).map((t) => t.bundle.topic)).toEqual(['window-functions']);

    const here = await h.fake.autocomplete({
      user: member,
      name: 'mock-interview',
      options: { topic: 'window' },
      focused: 'topic',
    });
    await here.response();
    expect(here.choices?.map((c) => c.value)).toEqual(['window-functions']);
    const forRemoval = await h.fake.autocomplete({
      user: mod,
      name: 'bank',
      subcommand: 'remove',
      options: { topic: 'window' },
      focused: 'topic',
    });
    await forRemoval.response();
    expect(forRemoval.choices?.map((c) => c.value)).toEqual(['window-functions']);
    const other = h.fake.createGuild('Other server');
    const there = await h.fake.autocomplete({
      user: member,
      name: 'mock-interview',
      options: { topic: 'window' },
      focused: 'topic',
      channelId: other.channels[0]!.id,
    });
    await there.response();
    expect(there.choices).toEqual([]);
    const dm = await h.fake.autocomplete({
      user: member,
      name: 'mock-interview',
      options: { topic: 'window' },
      focused: 'topic',
      channelId: h.fake.dmChannel(member).id,
    });
    await dm.response();
    expect(dm.choices).toEqual([]);
  });

  it('plays the published topic in this server only, graded against its own rubrics', async () => {
    const [bundle] = (await running.store.listBankTopics(guildId())).map((t) => t.bundle);
    const question = await (
      await h.fake.slash({ user: member, name: 'mock-interview', options: { topic: 'window-functions', questions: 1 } })
    ).original();
    const asked = bundle!.questions.questions.find((q) => (embedOf(question).description ?? '').includes(q.prompt));
    expect(asked, textOf(question)).toBeDefined();
    const { message: feedback } = await answer(h.fake, member, question, asked!.modelAnswer);
    expect(textOf(feedback)).toMatch(/\b(9\d|100)\/100/);
    const other = h.fake.createGuild('Third server');
    const elsewhere = await h.fake.slash({
      user: member,
      name: 'mock-interview',
      options: { topic: 'window-functions' },
      channelId: other.channels[0]!.id,
    });
    expect(await noticeOf(elsewhere)).toMatch(
      /^There is no such topic in the question bank\. Topics: (?!.*window-functions)/,
    );
  });

  it('refuses Publish from a member without Manage Server', async () => {
    const summary = await (
      await importAs(
        mod,
        hosted(DOCUMENT.replace('# Window functions', '# Windows again'), 'text/markdown', 'w.md'),
        'windows-again',
      )
    ).original();
    expect(await noticeOf(await click(h.fake, member, summary, 'Publish'))).toBe(
      'Only members who can Manage Server change this server’s bank.',
    );
    expect((await running.store.listBankTopics(guildId())).map((t) => t.bundle.topic)).toEqual(['window-functions']);
    await click(h.fake, mod, summary, 'Discard');
  });
});

describe('/bank export and /bank remove', () => {
  it('exports the server’s topics as files that import again', async () => {
    const exported = await (await h.fake.slash({ user: mod, name: 'bank', subcommand: 'export' })).original();
    expect(exported.content).toContain('`window-functions.bank.json`');
    const file = await downloaded(exported, 'window-functions.bank.json');
    const again = await (
      await importAs(mod, hosted(file, 'application/json', 'window-functions.bank.json'))
    ).original();
    expect(titleOf(again)).toBe('Draft: window-functions');
    await click(h.fake, mod, again, 'Discard');
  });

  it('removes a topic; built-in and unknown topics are refused; members may not remove', async () => {
    const remove = (user: APIUser, topic: string) =>
      h.fake.slash({ user, name: 'bank', subcommand: 'remove', options: { topic } });
    expect(await noticeOf(await remove(member, 'window-functions'))).toBe(
      'Only members who can Manage Server change this server’s bank.',
    );
    expect(await noticeOf(await remove(mod, 'sql'))).toBe('Built-in topics cannot be removed. (sql)');
    expect(await noticeOf(await remove(mod, 'nope'))).toBe('This server has no topic of its own by that name. (nope)');
    expect(await noticeOf(await remove(mod, 'window-functions'))).toBe(
      'Removed **window-functions** from this server’s bank.',
    );
    expect(await running.store.listBankTopics(guildId())).toEqual([]);
    expect(await noticeOf(await h.fake.slash({ user: mod, name: 'bank', subcommand: 'export' }))).toBe(
      'This server has no topics of its own yet: /bank import a document first.',
    );
  });
});
