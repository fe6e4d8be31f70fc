import { Client, Events, GatewayIntentBits, Options, Partials, type Interaction } from 'discord.js';
import type { Interviewer } from '../../../interviewer/interviewer.ts';
import type { Learning } from '../../../interviewer/review/index.ts';
import type { Store } from '../../../store/store.ts';
import type { AppMetrics } from '../../metrics/app-metrics.ts';
import { answerInteraction, type AnswerOptions } from '../interactions/handle-interaction.ts';
import type { BotConfig } from './bot-config.ts';
import { createHandlerContext, type HandlerContext } from '../interactions/handler-context.ts';
import { toInput } from './to-input.ts';
import { gatedMakeRequest } from '../messaging/send-gate.ts';
import { describeError, type Logger } from '../logger.ts';
import { createReconnectPacing, type PacingOptions } from './reconnect-pacing.ts';
import { discordJsAcknowledger, type HandledInteraction } from './discord-js-acknowledger.ts';
import { createGroupScheduler, createGroupServices, type GroupStudyOptions } from '../group-study/group-services.ts';
import type { TickReport } from '../../../interviewer/scheduler/scheduler.ts';
import { listenForVoiceAnswers } from '../voice/listen-voice.ts';
import type { VoiceServices } from '../voice/voice-services.ts';

export interface BotDeps {
  interviewer: Interviewer;
  store: Store;
  /** Reviews, progress picture, study sheet and learning leaderboards (`/review`, `/stats`, `/study-sheet`). */
  learning?: Learning;
  config: Pick<BotConfig, 'DISCORD_TOKEN' | 'DISCORD_API_BASE'>;
  logger: Logger;
  clock?: () => Date;
  /** Tests shorten this to exercise the deferred path. */
  deferAfterMs?: number;
  metrics?: AppMetrics;
  /** This process's shards: ids out of count (SHARD_IDS, SHARD_COUNT); unset is the single shard [0] of 1. */
  shards?: { ids: number[]; count: number };
  /** Practice channels, rounds, daily questions and their scheduler (ids, randomness, tick interval). */
  groupStudy?: GroupStudyOptions;
  /** discord.js's own cap on REST requests per second (default 50, Discord's global limit). */
  restGlobalPerSecond?: number;
  /** Voice answers (voice messages in DMs and rounds) and spoken questions; unset, the bot is text only. */
  voice?: VoiceServices;
  /** Waits between gateway reconnection attempts and between IDENTIFYs that led nowhere (defaults: see the module). */
  gatewayPacing?: PacingOptions;
  /** How long `stop()` lets interactions in progress finish (default 4 s, inside the 8 s stop deadline). */
  drainMs?: number;
}

export interface Bot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Waits (briefly) for interactions in progress, then closes the gateway connection. */
  stop(): Promise<void>;
  /** One scheduler tick at `now` (default: the bot's clock): close due rounds, send due daily questions. */
  tickScheduler(now?: Date): Promise<TickReport>;
}

/** The gateway bot: one discord.js client routing every interaction to the transport-neutral handlers. */
export function createBot(deps: BotDeps): Bot {
  const pacing = createReconnectPacing({ logger: deps.logger, ...deps.gatewayPacing });
  // Aborted on stop, after the drain: a request still hanging (Discord unreachable) would otherwise hold
  // the process until its 15 s timeout, and then be retried.
  const abandonRequests = new AbortController();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, ...voiceIntents(deps.voice)],
    partials: [Partials.Channel],
    // Voice answers need message events; no handler reads old messages, so none are kept in memory.
    ...(deps.voice === undefined
      ? {}
      : { makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }) }),
    rest: {
      api: deps.config.DISCORD_API_BASE,
      makeRequest: (url, init) =>
        gatedMakeRequest(url, {
          ...init,
          signal: init.signal ? AbortSignal.any([init.signal, abandonRequests.signal]) : abandonRequests.signal,
        }),
      ...(deps.restGlobalPerSecond === undefined ? {} : { globalRequestsPerSecond: deps.restGlobalPerSecond }),
    },
    allowedMentions: { parse: [] },
    ...(deps.shards === undefined ? {} : { shards: deps.shards.ids, shardCount: deps.shards.count }),
    ws: { buildStrategy: (manager) => pacing.buildStrategy(manager) },
  });
  const ctx = createHandlerContext({
    interviewer: deps.interviewer,
    store: deps.store,
    logger: deps.logger,
    clock: deps.clock,
    groups: createGroupServices(client.rest, deps.store, deps.groupStudy),
    ...(deps.voice === undefined ? {} : { voice: deps.voice }),
    ...(deps.learning === undefined ? {} : { learning: deps.learning }),
  });
  const scheduler = createGroupScheduler(ctx, deps.groupStudy);
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const task = handleInteraction(ctx, interaction, { deferAfterMs: deps.deferAfterMs, metrics: deps.metrics });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  watchConnection(client, deps.logger);
  const voiceAnswers = deps.voice === undefined ? undefined : listenForVoiceAnswers(client, ctx, deps.voice);

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(deps.config.DISCORD_TOKEN);
      await ready;
      deps.logger.info('bot ready', {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        shards: deps.shards?.ids ?? [0],
      });
      scheduler.start();
    },
    async stop() {
      // No new connection attempt from here on, whatever state the gateway is in.
      pacing.stop();
      // The scheduler's tick, voice answers and interactions in progress finish together, within the drain
      // (a store that stopped answering would hold any of them for ever).
      const drained = await settlesWithin(
        deps.drainMs ?? 4000,
        Promise.allSettled([scheduler.stop(), voiceAnswers?.stop(), ...inFlight]),
      );
      if (!drained) deps.logger.warn('stopping with work still in progress', { interactions: inFlight.size });
      // Closing the socket on purpose is not a disconnection worth a warning.
      for (const event of [Events.ShardDisconnect, Events.ShardReconnecting, Events.ShardResume] as const)
        client.removeAllListeners(event);
      abandonRequests.abort();
      // A close handshake with an unreachable gateway would wait for the socket's own timeout (30 s).
      if (!(await settlesWithin(2000, client.destroy()))) deps.logger.warn('gateway did not close in time; leaving it');
      deps.logger.info('bot stopped');
    },
    tickScheduler: (now) => scheduler.tick(now ?? ctx.clock()),
  };
}

/** Whether `work` settled within `ms` (it is left running otherwise). */
export async function settlesWithin(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** One interaction, start to finish; never throws (a failure is logged and apologised for). */
async function handleInteraction(ctx: HandlerContext, interaction: Interaction, options: AnswerOptions): Promise<void> {
  const input = toInput(interaction);
  if (input === null) return;
  await answerInteraction(ctx, input, discordJsAcknowledger(interaction as HandledInteraction), options);
}

/** Voice messages: DMs come with DirectMessages; a server's need GuildMessages (MESSAGE_CONTENT only if configured). */
function voiceIntents(voice: VoiceServices | undefined): GatewayIntentBits[] {
  if (voice === undefined) return [];
  return voice.messageContent
    ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.GuildMessages];
}

function watchConnection(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error('client error', describeError(error)));
  client.on(Events.Warn, (message) => logger.warn('client warning', { warning: message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  client.rest.on('rateLimited', (info) =>
    logger.debug('rate limited', { route: info.route, retryAfter: info.retryAfter, global: info.global }),
  );
}
