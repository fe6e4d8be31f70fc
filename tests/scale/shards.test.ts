import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APITextChannel } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/commands.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';
import { expectCleanTraffic } from '../discord/support/checks.ts';
import { answer, slash, titleOf } from '../discord/support/drive.ts';
import { spawnCli, type CliProcess } from '../discord/support/spawn-cli.ts';
import { interactionCounts } from '../http/support/replicas.ts';

/** Discord's routing: a guild's events go to shard (guild_id >> 22) % count. */
const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

interface ShardProcess {
  cli: CliProcess;
  metrics: string;
  ready: Record<string, unknown>;
}

let fake: FakeDiscord;
let dir: string;
const shards: ShardProcess[] = [];
/** A text channel in a guild routed to shard 0, and one routed to shard 1. */
const channelOnShard: APITextChannel[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
  fake.registerCommands(commandDefinitions);
  dir = mkdtempSync(join(tmpdir(), 'mi-shards-'));
  channelOnShard[shardOf(fake.guild.id, 2)] = fake.channel;
  // Guild ids are timestamps in their top bits: make guilds until both shards have one (a few ms at most).
  for (let n = 0; channelOnShard.filter(Boolean).length < 2 && n < 1000; n++) {
    const { guild, channels } = fake.createGuild(`guild ${n}`);
    channelOnShard[shardOf(guild.id, 2)] ??= channels[0]!;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const env = {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_BASE: fake.apiBase,
    DATA_DIR: dir,
    DATABASE_URL: join(dir, 'bot.db'),
    LOG_LEVEL: 'info',
    SHARD_COUNT: '2',
    METRICS_PORT: '0',
  };
  for (const id of [0, 1]) {
    const cli = spawnCli(['bot'], { ...env, SHARD_IDS: String(id) }, dir);
    const ready = JSON.parse(await cli.waitFor(/"message":"bot ready"/, 30_000)) as Record<string, unknown>;
    const port = (JSON.parse(await cli.waitFor(/"message":"metrics served"/)) as { port: number }).port;
    shards.push({ cli, ready, metrics: `http://127.0.0.1:${port}` });
  }
}, 60_000);
afterAll(async () => {
  for (const shard of shards) expect(await shard.cli.stop()).toBe(0);
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('SHARD_COUNT=2 with SHARD_IDS=0 and SHARD_IDS=1 in two bot processes', () => {
  it('identifies each process as its own shard and gives each only its servers', () => {
    const sessions = fake.core.gateway.sessions.map((s) => s.shard);
    expect(sessions).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const guilds = [...fake.state.guilds.values()].map((g) => g.id);
    const expected = [0, 1].map((id) => guilds.filter((g) => shardOf(g, 2) === id).length);
    expect(shards.map((s) => s.ready.guilds)).toEqual(expected);
    expect(shards.map((s) => s.ready.shards)).toEqual([[0], [1]]);
  });

  it('runs interviews in a server of each shard and in a DM, each handled by the shard Discord routes it to', async () => {
    const users = [fake.user('on-shard-0'), fake.user('on-shard-1'), fake.user('in-a-dm')];
    const places = [channelOnShard[0]!.id, channelOnShard[1]!.id, fake.dmChannel(users[2]!).id];
    await Promise.all(
      users.map(async (user, i) => {
        const question = await slash(fake, user, 'mock-interview', { questions: 1 }, { channelId: places[i]! });
        const { message } = await answer(fake, user, question, 'A careful answer about the data and the tools.');
        expect(titleOf(message)).toMatch(/^Quick question|^Question 1\/1/);
      }),
    );
    const counts = await Promise.all(shards.map((s) => interactionCounts(s.metrics)));
    // Shard 0: its server and the DM (DMs always go to shard 0); shard 1: its server only.
    expect(counts.map((c) => c.get('slash/answered'))).toEqual([2, 1]);
    expect(counts.map((c) => c.get('modal/answered'))).toEqual([2, 1]);
    expectCleanTraffic(fake);
  });

  it('serves /healthz next to /metrics on METRICS_PORT', async () => {
    const health = await fetch(`${shards[1]!.metrics}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect(await (await fetch(`${shards[1]!.metrics}/metrics`)).text()).toMatch(/^mi_grading_seconds_count 1$/m);
  });
});
