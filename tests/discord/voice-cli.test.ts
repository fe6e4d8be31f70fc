import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';
import { fakeOggOpus } from '../speech/support.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { waitForEdit } from './support/drive.ts';
import { spawnCli, type CliProcess } from './support/spawn-cli.ts';

let fake: FakeDiscord;
let dir: string;
let bot: CliProcess | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = mkdtempSync(join(tmpdir(), 'mi-voice-cli-'));
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mock-interviewer bot on a machine without the speech packages (real child process)', () => {
  it('starts with voice off, says so and how to install it in the log, and tells a user sending a voice message', async () => {
    const noTools = mkdtempSync(join(tmpdir(), 'mi-empty-path-'));
    bot = spawnCli(
      ['bot'],
      {
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_BASE: fake.apiBase,
        DATA_DIR: dir,
        DATABASE_URL: join(dir, 'bot.db'),
        LOG_LEVEL: 'info',
        // Nothing on PATH and no model: as on a machine where the Debian packages were never installed.
        PATH: noTools,
        SPEECH_MODEL_DIR: join(noTools, 'model'),
      },
      dir,
    );
    await bot.waitFor(/"message":"bot ready"/);
    const answers = await bot.waitFor(/voice answers: OFF/);
    expect(JSON.parse(answers)).toMatchObject({
      level: 'warn',
      message: expect.stringMatching(
        /^voice answers: OFF \(pocketsphinx is not installed \(missing pocketsphinx, pocketsphinx-en-us, opus-tools\); install with: apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us opus-tools espeak-ng\); text answers work as usual$/,
      ),
    });
    expect(JSON.parse(await bot.waitFor(/spoken questions: OFF/))).toMatchObject({ level: 'warn' });

    const una = fake.user('una');
    fake.sendVoiceMessage({ user: una, audio: fakeOggOpus(3), durationSecs: 3 });
    const first = await fake.waitForMessage({ dmTo: una }, 10_000);
    const reply = await waitForEdit(fake, first.id, (m) => !m.content.includes('transcribing it…'));
    expect(reply.content).toBe('Voice answers are not enabled on this bot. Please type your answer instead.');
    await bot.waitFor(/voice answer refused: speech recognition is off/);

    expect(await bot.stop()).toBe(0);
    rmSync(noTools, { recursive: true, force: true });
    expectCleanTraffic(fake);
  }, 60_000);
});
