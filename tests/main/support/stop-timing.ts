import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandDefinitions } from '../../../src/adapters/discord/commands.ts';
import { spawnCli, type CliProcess } from '../../discord/support/spawn-cli.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.ts';

/** A fake Discord reached only through a proxy, so a test can take "Discord" away and bring it back. */
export interface ProxiedDiscord {
  fake: FakeDiscord;
  proxy: TcpProxy;
  dir: string;
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startProxiedDiscord(options: FakeDiscordOptions = {}): Promise<ProxiedDiscord> {
  const fake = await startFakeDiscord(options);
  fake.registerCommands(commandDefinitions);
  const proxy = await startTcpProxy({ port: Number(new URL(fake.apiBase).port) });
  // The gateway URL, resume URL and API base the fake hands out all name the proxy.
  fake.core.origin = `http://127.0.0.1:${proxy.port}`;
  const dir = mkdtempSync(join(tmpdir(), 'mi-stop-'));
  return {
    fake,
    proxy,
    dir,
    env: (extra = {}) => ({
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
      DATA_DIR: dir,
      DATABASE_URL: join(dir, 'bot.db'),
      LOG_LEVEL: 'info',
      ...extra,
    }),
    async close() {
      await proxy.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface StopResult {
  code: number | null;
  ms: number;
}

/** Sends SIGTERM and measures until the process has exited (or gives up after `limitMs`, killing it). */
export async function stopAndTime(cli: CliProcess, limitMs = 15_000): Promise<StopResult> {
  const started = performance.now();
  cli.child.kill('SIGTERM');
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), limitMs);
  const code = await cli.exited;
  clearTimeout(timer);
  return { code, ms: Math.round(performance.now() - started) };
}

export const startBot = (env: Record<string, string>, dir: string) => spawnCli(['bot'], env, dir);

/** A client that sends half a request line and then nothing, holding its connection open. */
export async function slowHeaderClient(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => {});
  socket.write('POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Ty');
  return socket;
}

/** Per-state exit times, printed once at the end of the file (the figures docs/operations.md quotes). */
export const stopFigures: Array<{ state: string } & StopResult> = [];
export function printStopFigures(): void {
  if (stopFigures.length === 0) return;
  console.log(
    [
      'time to exit after SIGTERM:',
      ...stopFigures.map((f) => `  ${f.state.padEnd(48)} ${String(f.ms).padStart(6)} ms  exit ${f.code}`),
    ].join('\n'),
  );
}
