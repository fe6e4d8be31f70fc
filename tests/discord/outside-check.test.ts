import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';
import { buttons, embedOf, textOf, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { printLatencySummary, recordLatencies } from './support/latency.ts';
import { spawnCli, type CliProcess } from './support/spawn-cli.ts';

let fake: FakeDiscord;
let dir: string;
let bot: CliProcess | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = mkdtempSync(join(tmpdir(), 'mi-outside-'));
});
afterAll(async () => {
  await bot?.stop();
  recordLatencies(fake);
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
  printLatencySummary();
});

describe('npx mock-interviewer deploy-commands, then bot (real child processes)', () => {
  it('registers the commands, and /mock-interview → Answer → modal → submit shows a score', async () => {
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
      DATA_DIR: dir,
      DATABASE_URL: join(dir, 'bot.db'),
      LOG_LEVEL: 'info',
    };
    const deploy = spawnCli(['deploy-commands'], env, dir);
    expect(await deploy.exited, deploy.output()).toBe(0);
    expect(deploy.output()).toMatch(
      /^Registered 11 commands globally .*: \/mock-interview, \/question, \/stats, \/leaderboard, \/privacy, \/practice-channel, \/round, \/daily, \/review, \/study-sheet, \/bank$/m,
    );

    bot = spawnCli(['bot'], env, dir);
    await bot.waitFor(/"message":"bot ready"/);
    const ada = fake.user('ada');
    const started = await fake.slash({ user: ada, name: 'mock-interview' });
    const question = await started.original();
    expect(buttons(question).map((b) => b.label)).toContain('Answer');

    const opened = await fake.clickButton({ user: ada, message: question, customId: buttons(question)[0]!.customId });
    await opened.response();
    expect(opened.modal?.components).toHaveLength(1);
    const { bank } = await loadBank(defaultBankRoot());
    const asked = bank!.questions.find((q) => (embedOf(question).description ?? '').includes(q.prompt.slice(0, 200)))!;
    const submitted = await fake.submitModal({ from: opened, fields: { answer: asked.modelAnswer } });
    const feedback = await submitted.original();
    expect(titleOf(feedback)).toMatch(/^Question 1\/5 · Score \d{1,3}\/100$/);
    expect(textOf(feedback)).toMatch(/[✅🟡❌]/u);

    expect(await bot.stop()).toBe(0);
    expect(bot.output()).toContain('"message":"bot stopped"');
    expect(bot.output() + deploy.output()).not.toContain(fake.token);
    expectCleanTraffic(fake);
  }, 60_000);

  it('lists every configuration problem at once and exits 2, echoing no value', async () => {
    const run = spawnCli(
      ['bot'],
      { DISCORD_APPLICATION_ID: 'my-app', DISCORD_API_BASE: 'discord.com', DATA_DIR: dir },
      dir,
    );
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/^- DISCORD_TOKEN is required: create a bot in the developer portal/m);
    expect(run.output()).toMatch(/^- DISCORD_APPLICATION_ID must be the numeric Application ID/m);
    expect(run.output()).toMatch(/^- DISCORD_API_BASE must be an http\(s\) URL/m);
    expect(run.output()).not.toContain('my-app');
  });
});
