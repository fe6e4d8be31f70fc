import type { Server } from 'node:http';
import { GatewayIntentBits, type APIUser } from 'discord-api-types/v10';
import { FakeClock } from './clock.ts';
import { CommandStore } from './command-store.ts';
import { createDispatch } from './dispatcher.ts';
import { FileHost } from './files.ts';
import { GatewayServer } from './gateway.ts';
import type { GatewaySession } from './gateway-session.ts';
import { guildCreatePayload } from './guild-payloads.ts';
import { HttpInteractions } from './http-interactions.ts';
import { InteractionRegistry } from './interaction-record.ts';
import { MessageWriter, type Dispatch } from './message-writer.ts';
import { MessageStore } from './messages.ts';
import { DEFAULTS, type FakeDiscordOptions } from './options.ts';
import { RateLimiter } from './rate-limits.ts';
import { RestChaos } from './rest-chaos.ts';
import { RestRouter } from './rest-router.ts';
import type { RequestLogEntry, Violation } from './rest-types.ts';
import { appRoutes } from './routes/app.ts';
import { channelRoutes } from './routes/channels.ts';
import { callbackRoute } from './routes/interaction-callback.ts';
import type { RouteDeps } from './routes/route-deps.ts';
import { threadRoutes } from './routes/threads.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { SnowflakeGenerator } from './snowflake.ts';
import { DiscordState } from './state.ts';
import { ChangeNotifier } from './waiter.ts';

/** All the parts of a fake, wired together. FakeDiscord is the friendly face over this. */
export class FakeCore {
  readonly clock: FakeClock;
  readonly ids: SnowflakeGenerator;
  readonly state: DiscordState;
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly token: string;
  readonly messages = new MessageStore();
  readonly interactions = new InteractionRegistry();
  readonly notifier = new ChangeNotifier();
  readonly chaos = new RestChaos();
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  readonly crashes: unknown[] = [];
  readonly commands: CommandStore;
  readonly files: FileHost;
  readonly gateway: GatewayServer;
  readonly dispatch: Dispatch;
  readonly writer: MessageWriter;
  readonly router: RestRouter;
  readonly routeDeps: RouteDeps;
  readonly http = new HttpInteractions();
  origin = '';
  server: Server | undefined;

  constructor(readonly options: FakeDiscordOptions) {
    this.clock = new FakeClock(options.clock);
    this.ids = new SnowflakeGenerator(() => this.clock.now());
    this.state = new DiscordState(this.ids, this.clock);
    this.token = options.botToken ?? DEFAULTS.botToken;
    this.bot = {
      ...this.state.createUser({ username: options.botUsername ?? DEFAULTS.botUsername, bot: true }),
      verified: true,
      mfa_enabled: false,
    };
    this.state.users.set(this.bot.id, this.bot);
    this.applicationId = options.applicationId ?? this.bot.id;
    this.commands = new CommandStore(this.ids, this.applicationId);
    this.files = new FileHost(() => this.origin, this.ids, this.clock);
    this.gateway = new GatewayServer({
      botToken: () => this.token,
      now: () => this.clock.now(),
      notify: () => this.notifier.notify(),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
      allowedPrivilegedIntents: allowedPrivileged(options),
      greet: (session) => this.greet(session),
    });
    this.dispatch = createDispatch(this.gateway, this.bot);
    this.writer = new MessageWriter({
      state: this.state,
      messages: this.messages,
      files: this.files,
      ids: this.ids,
      clock: this.clock,
      applicationId: this.applicationId,
      dispatch: this.dispatch,
    });
    this.routeDeps = this.makeRouteDeps();
    this.router = new RestRouter(this.routes(this.routeDeps), {
      botToken: () => this.token,
      now: () => this.clock.now(),
      limiter: new RateLimiter(options.rateLimit ?? {}, () => this.clock.now()),
      chaos: this.chaos,
      requests: this.requests,
      violations: this.violations,
      schemaMode: options.schemaViolations ?? 'record',
      onSettled: () => this.notifier.notify(),
    });
  }

  get gatewayUrl(): string {
    return `${this.origin.replace(/^http/, 'ws')}/gateway`;
  }

  private makeRouteDeps(): RouteDeps {
    return {
      applicationId: this.applicationId,
      bot: this.bot,
      gatewayUrl: () => this.gatewayUrl,
      ackDeadlineMs: this.options.ackDeadlineMs ?? DEFAULTS.ackDeadlineMs,
      tokenLifetimeMs: this.options.tokenLifetimeMs ?? DEFAULTS.tokenLifetimeMs,
      clock: this.clock,
      ids: this.ids,
      state: this.state,
      messages: this.messages,
      writer: this.writer,
      files: this.files,
      commands: this.commands,
      interactions: this.interactions,
      dispatch: (...args) => this.dispatch(...args),
    };
  }

  private routes(deps: RouteDeps) {
    return [
      callbackRoute(deps),
      ...webhookRoutes(deps),
      ...channelRoutes(deps),
      ...threadRoutes(deps),
      ...appRoutes(deps),
    ];
  }

  /** READY, then GUILD_CREATE for every guild of the session's shard. */
  private greet(session: GatewaySession): void {
    const guilds = [...this.state.guilds.values()].filter((g) => g.members.has(this.bot.id) && session.ownsGuild(g.id));
    session.dispatch('READY', {
      v: 10,
      user: this.bot,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: session.shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const guild of guilds) session.dispatch('GUILD_CREATE', guildCreatePayload(this.state, guild));
  }
}

function allowedPrivileged(options: FakeDiscordOptions): number {
  const p = options.privilegedIntents ?? {};
  return (
    (p.messageContent === false ? 0 : GatewayIntentBits.MessageContent) |
    (p.guildMembers === false ? 0 : GatewayIntentBits.GuildMembers) |
    (p.guildPresences === false ? 0 : GatewayIntentBits.GuildPresences)
  );
}
