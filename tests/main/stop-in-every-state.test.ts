import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnCli } from '../discord/support/spawn-cli.ts';
import { click, slash, textOf } from '../discord/support/drive.ts';
import { describePostgres, urlWithParams, useTestSchema, PG_TEST_URL } from '../support/pg-test-database.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { describeWithSpeech, speak } from '../speech/support.ts';
import {
  printStopFigures,
  slowHeaderClient,
  startBot,
  startProxiedDiscord,
  stopAndTime,
  stopFigures,
  type ProxiedDiscord,
} from './support/stop-timing.ts';

// Each test starts a real process (a few seconds on a busy machine) and waits for it to stop.
vi.setConfig({ testTimeout: 60_000 });

/** Docker and systemd send SIGKILL 10 s after SIGTERM. */
const KILL_AFTER_MS = 10_000;

let discord: ProxiedDiscord;
beforeAll(async () => {
  discord = await startProxiedDiscord();
});
afterAll(async () => {
  printStopFigures();
  await discord?.close();
});

async function expectCleanStop(state: string, cli: ReturnType<typeof startBot>) {
  const result = await stopAndTime(cli);
  stopFigures.push({ state, ...result });
  expect(result.code, cli.output()).toBe(0);
  expect(result.ms).toBeLessThan(KILL_AFTER_MS);
  return result;
}

describe('mock-interviewer bot: the first SIGTERM ends it with exit 0 well within 10 s', () => {
  it('when connected and idle', async () => {
    const cli = startBot(discord.env(), discord.dir);
    await cli.waitFor(/"message":"bot ready"/, 30_000);
    await expectCleanStop('bot: connected, idle', cli);
    expect(cli.output()).toMatch(/"message":"bot stopped"/);
  });

  it('while still connecting (Discord accepts connections and never answers)', async () => {
    await discord.proxy.blackhole();
    try {
      const cli = startBot(discord.env(), discord.dir);
      await cli.waitFor(/"message":"connecting to Discord"/, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(cli.output()).not.toMatch(/bot ready/);
      await expectCleanStop('bot: connecting, Discord silent', cli);
    } finally {
      await discord.proxy.restore();
    }
  });

  it('while reconnecting with Discord unreachable, retrying at growing intervals', async () => {
    const cli = startBot(discord.env(), discord.dir);
    await cli.waitFor(/"message":"bot ready"/, 30_000);
    await discord.proxy.cut();
    try {
      await cli.waitFor(/"message":"gateway retry scheduled".*"attempt":2/, 15_000);
      const waits = [...cli.output().matchAll(/"message":"gateway retry scheduled".*?"waitMs":(\d+)/g)].map((m) =>
        Number(m[1]),
      );
      expect(waits[1]!).toBeGreaterThan(waits[0]!);
      await expectCleanStop('bot: reconnecting, Discord unreachable', cli);
    } finally {
      await discord.proxy.restore();
    }
  });

  it('mid-answer: lets the answer being graded finish (Discord slow to take the reply), then exits', async () => {
    const { cli, submit } = await answerInFlight('stopping-mid-answer', 2000);
    const result = await expectCleanStop('bot: mid-answer (reply in flight 2 s)', cli);
    expect(result.ms).toBeGreaterThan(1000);
    expect((await submit.response()).type).toBeGreaterThan(0);
    expect(textOf(await submit.original())).not.toBe('');
  });
});

/** A bot with one answer submitted whose reply Discord takes `delayMs` to accept. */
async function answerInFlight(name: string, delayMs: number) {
  const { fake } = discord;
  const cli = startBot(discord.env(), discord.dir);
  await cli.waitFor(/"message":"bot ready"/, 30_000);
  const user = fake.user(name);
  const question = await slash(fake, user, 'mock-interview', { questions: 1 });
  const opened = await click(fake, user, question, 'Answer');
  await opened.response();
  fake.delayNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, delayMs);
  const submit = await fake.submitModal({
    from: opened,
    fields: { answer: 'A careful answer about the data and the tools.' },
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { cli, submit };
}

describeWithSpeech('mock-interviewer bot with voice answers', () => {
  it('mid-transcription: a voice answer being transcribed is finished or abandoned, and the exit is 0 within 10 s', async () => {
    const { fake } = discord;
    const cli = startBot(discord.env(), discord.dir);
    await cli.waitFor(/"message":"bot ready"/, 30_000);
    const user = fake.user('stopping-mid-transcription');
    await slash(fake, user, 'mock-interview', { questions: 1 }, { channelId: fake.dmChannel(user).id });
    const audio = await speak('Rebase rewrites the commit history, and it produces a linear history.');
    fake.sendVoiceMessage({ user, audio, durationSecs: 4.5 });
    await fake.waitFor(() => fake.files.downloads.length > 0 || undefined, 10_000);
    await expectCleanStop('bot: mid-transcription (voice answer downloaded)', cli);
  });
});

describePostgres('mock-interviewer bot on PostgreSQL', () => {
  const schema = useTestSchema();

  it('stops within 10 s while PostgreSQL stops answering mid-interaction', async () => {
    const pgPort = Number(new URL(PG_TEST_URL).port || 5432);
    const pgProxy = await startTcpProxy({ host: new URL(PG_TEST_URL).hostname, port: pgPort });
    try {
      const url = new URL(urlWithParams({ schema: schema.name }));
      url.port = String(pgProxy.port);
      const cli = startBot(discord.env({ DATABASE_URL: url.toString() }), discord.dir);
      await cli.waitFor(/"message":"bot ready"/, 30_000);
      const user = discord.fake.user('stopping-without-postgres');
      await slash(discord.fake, user, 'mock-interview', { questions: 1 });
      await pgProxy.blackhole();
      void discord.fake.slash({
        user: discord.fake.user('waiting-on-postgres'),
        name: 'mock-interview',
        options: { questions: 1 },
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expectCleanStop('bot: PostgreSQL silent, interaction waiting on it', cli);
    } finally {
      await pgProxy.close();
    }
  });
});

describe('mock-interviewer serve-http: the first SIGTERM ends it with exit 0 within 10 s', () => {
  const serveHttp = () =>
    spawnCli(
      ['serve-http', '--port', '0'],
      discord.env({ DISCORD_PUBLIC_KEY: discord.fake.publicKey, HTTP_HOST: '127.0.0.1' }),
      discord.dir,
    );
  const portOf = (line: string) => (JSON.parse(line) as { port: number }).port;

  it('when idle', async () => {
    const cli = serveHttp();
    await cli.waitFor(/"message":"serving HTTP interactions"/, 30_000);
    await expectCleanStop('serve-http: idle', cli);
  });

  it('while a client holds a connection with a request it never finishes', async () => {
    const cli = serveHttp();
    const port = portOf(await cli.waitFor(/"message":"serving HTTP interactions"/, 30_000));
    const socket = await slowHeaderClient(port);
    try {
      await expectCleanStop('serve-http: slow-header client connected', cli);
    } finally {
      socket.destroy();
    }
  });
});

describe('a second signal', () => {
  it('exits at once, without waiting for the work in progress', async () => {
    const { cli } = await answerInFlight('stopping-twice', 2500);
    cli.child.kill('SIGTERM');
    await cli.waitFor(/"message":"stopping"/, 5000);
    const started = performance.now();
    cli.child.kill('SIGTERM');
    const code = await cli.exited;
    stopFigures.push({
      state: 'bot: second SIGTERM while stopping',
      code,
      ms: Math.round(performance.now() - started),
    });
    expect(code).toBe(143);
    expect(cli.output()).toMatch(/"message":"second signal: exiting now"/);
  });
});
