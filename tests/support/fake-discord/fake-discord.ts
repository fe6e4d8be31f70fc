import {
  GatewayIntentBits,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitInteraction,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { FakeCore } from './core.ts';
import { FormErrors } from './form-errors.ts';
import type { GatewayLogEntry, SessionRefusal } from './gateway.ts';
import { guildCreatePayload } from './guild-payloads.ts';
import { buildAutocomplete, buildButton, buildSelect, buildSlash, type SlashRequest } from './interaction-builders.ts';
import type { InteractionHandle } from './interaction-record.ts';
import { checkCommandList } from './limits-interaction.ts';
import { pingsAnyone, resolvePings, type Pings } from './mentions.ts';
import { buildModalSubmit } from './modal-submit.ts';
import { verifyEndpoint } from './http-interactions.ts';
import { closeServer, listen } from './http-server.ts';
import type { FakeDiscordOptions } from './options.ts';
import { DEFAULTS } from './options.ts';
import type { InjectedFailure, RoutePattern } from './rest-chaos.ts';
import { loadSpecSchemas } from './schemas.ts';
import type { FakeGuild } from './state.ts';
import { isThread } from './threads.ts';
import {
  currentMessage,
  deliverInteraction,
  sendUserMessage,
  sendVoiceMessage,
  type UserMessageRequest,
  type VoiceMessageRequest,
} from './user-actions.ts';

export interface UserOptions {
  globalName?: string;
  locale?: string;
  /** False: the user blocks DMs, so the bot's DMs fail with 403 50007. */
  dmsOpen?: boolean;
  /** Extra guild permissions (e.g. PermissionFlagsBits.Administrator) in the default guild. */
  permissions?: bigint;
}

export interface UnsafeMention {
  messageId: string;
  /** False for edits: Discord sends no notification for them, but the mention still renders. */
  notifies: boolean;
  channelId: string;
  route: string;
  content: string | undefined;
  allowedMentions: unknown;
  pings: Pings;
}

/** A fake Discord (REST + gateway) on 127.0.0.1 for the real discord.js client. See README.md. */
export class FakeDiscord {
  /** Default guild and its #general text channel, created at start. */
  readonly guild: FakeGuild;
  readonly channel: APITextChannel;
  readonly owner: APIUser;

  constructor(readonly core: FakeCore) {
    this.owner = core.state.createUser({ username: 'guild-owner' });
    this.guild = core.state.createGuild(core.options.guildName ?? DEFAULTS.guildName, this.owner.id, core.bot.id);
    this.channel = core.state.createTextChannel(this.guild.id, core.options.channelName ?? DEFAULTS.channelName);
  }

  /** What the bot uses as `rest.api` / DISCORD_API_BASE, e.g. http://127.0.0.1:PORT/api. */
  get apiBase(): string {
    return `${this.core.origin}/api`;
  }
  get gatewayUrl(): string {
    return this.core.gatewayUrl;
  }
  get token(): string {
    return this.core.token;
  }
  get applicationId(): string {
    return this.core.applicationId;
  }
  get bot(): APIUser {
    return this.core.bot;
  }
  /** Every REST request, in order. */
  get requests() {
    return this.core.requests;
  }
  /** Everything Discord would have refused or flagged (limits, rules, schema, auth, unknown routes, 429s). */
  get violations() {
    return this.core.violations;
  }
  /** Requests to routes the fake does not serve. */
  get unexpectedRequests() {
    return this.core.requests.filter((r) => r.routeKey.endsWith('<unknown>'));
  }
  get gatewayLog(): readonly GatewayLogEntry[] {
    return this.core.gateway.log;
  }
  get commands() {
    return this.core.commands;
  }
  get state() {
    return this.core.state;
  }
  get files() {
    return this.core.files;
  }

  // ── people and places ────────────────────────────────────────────────────────
  /** The user with this username, created (and added to the default guild) on first use. */
  user(username: string, options: UserOptions = {}): APIUser {
    const user = this.core.state.userByName(username) ?? this.core.state.createUser({ username, ...options });
    this.core.state.addMember(
      this.guild.id,
      user.id,
      options.permissions !== undefined ? { permissions: options.permissions } : {},
    );
    return user;
  }

  /** Another guild with text channels; the bot is in it (GUILD_CREATE is sent to a connected bot). */
  createGuild(name: string, channelNames: string[] = ['general']): { guild: FakeGuild; channels: APITextChannel[] } {
    const guild = this.core.state.createGuild(name, this.owner.id, this.core.bot.id);
    const channels = channelNames.map((n) => this.core.state.createTextChannel(guild.id, n));
    this.core.dispatch('GUILD_CREATE', guildCreatePayload(this.core.state, guild), { guildId: guild.id });
    return { guild, channels };
  }

  /** A role in a guild (default: the default guild); GUILD_ROLE_CREATE is sent to a connected bot. */
  createRole(name: string, guildId = this.guild.id): APIRole {
    const role = this.core.state.createRole(guildId, name);
    this.core.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role }, { guildId, intent: GatewayIntentBits.Guilds });
    return role;
  }

  /** Gives a member a role; their interactions then carry it in `member.roles`, as Discord's do. */
  giveRole(user: APIUser, role: APIRole, guildId = this.guild.id): void {
    const member = this.core.state.addMember(guildId, user.id);
    if (!member.roles.includes(role.id)) member.roles.push(role.id);
  }

  /** The DM channel between the bot and a user (created on first use), e.g. for `slash({ channelId })`. */
  dmChannel(user: APIUser): APIDMChannel {
    return this.core.state.dmChannel(user.id);
  }

  /** A DM channel Discord no longer knows (a bot's remembered id goes stale): see DiscordState#forgetDmChannel. */
  forgetDmChannel(user: APIUser): void {
    this.core.state.forgetDmChannel(user.id);
  }

  createChannel(name: string, guildId = this.guild.id): APITextChannel {
    const channel = this.core.state.createTextChannel(guildId, name);
    this.core.dispatch('CHANNEL_CREATE', channel, { guildId, intent: GatewayIntentBits.Guilds });
    return channel;
  }

  /** Registers commands as `PUT /applications/{app}/commands` would (validated the same way). */
  registerCommands(commands: RESTPutAPIApplicationCommandsJSONBody, guildId?: string) {
    const errors = new FormErrors();
    checkCommandList(commands, errors);
    errors.throwIfAny();
    return this.core.commands.overwrite(guildId, commands, this.core.clock.now());
  }

  // ── users acting ─────────────────────────────────────────────────────────────
  /** A user runs a slash command. Default channel: #general (pass `channelId` of a DM for DMs). */
  async slash(
    request: Omit<SlashRequest, 'channelId'> & { channelId?: string },
  ): Promise<InteractionHandle<APIChatInputApplicationCommandInteraction>> {
    return deliverInteraction(this.core, buildSlash(this.builderDeps(), this.placed(request)));
  }

  /** A user types into option `focused`; `await i.response()` then read `i.choices`. */
  async autocomplete(
    request: Omit<SlashRequest, 'channelId'> & { channelId?: string; focused: string },
  ): Promise<InteractionHandle<APIApplicationCommandAutocompleteInteraction>> {
    return deliverInteraction(this.core, buildAutocomplete(this.builderDeps(), this.placed(request)));
  }

  async clickButton(request: {
    user: APIUser;
    message: APIMessage | string;
    customId: string;
  }): Promise<InteractionHandle<APIMessageComponentButtonInteraction>> {
    const message = currentMessage(this.core, request.message);
    return deliverInteraction(this.core, buildButton(this.builderDeps(), { ...request, message }));
  }

  async selectMenu(request: {
    user: APIUser;
    message: APIMessage | string;
    customId: string;
    values: string[];
  }): Promise<InteractionHandle<APIMessageComponentSelectMenuInteraction>> {
    const message = currentMessage(this.core, request.message);
    return deliverInteraction(this.core, buildSelect(this.builderDeps(), { ...request, message }));
  }

  /**
   * A user fills in and submits a modal. Pass `from` (the interaction the bot answered with the modal)
   * and the fake mirrors that modal and enforces its rules; or pass `user` and `customId` directly.
   */
  async submitModal(request: {
    from?: InteractionHandle;
    user?: APIUser;
    customId?: string;
    fields: Record<string, string | string[]>;
    message?: APIMessage;
    channelId?: string;
  }): Promise<InteractionHandle<APIModalSubmitInteraction>> {
    const source = request.from?.payload;
    const modal = request.from ? request.from.modal : undefined;
    if (request.from && !modal) throw new Error(`interaction ${request.from.id} was not answered with a modal`);
    const user = request.user ?? source?.member?.user ?? source?.user;
    const customId = request.customId ?? modal?.custom_id;
    if (!user || !customId) throw new Error('submitModal needs `from`, or `user` and `customId`');
    const message = request.message ?? source?.message;
    const channelId = request.channelId ?? source?.channel?.id ?? this.channel.id;
    return deliverInteraction(
      this.core,
      buildModalSubmit(this.builderDeps(), {
        user,
        customId,
        fields: request.fields,
        channelId,
        ...(modal ? { modal } : {}),
        ...(message ? { message: currentMessage(this.core, message) } : {}),
      }),
    );
  }

  /** A user posts a message (default: in their DM with the bot); dispatched as MESSAGE_CREATE. */
  sendMessage(request: UserMessageRequest): APIMessage {
    return sendUserMessage(this.core, request);
  }

  /** A user records a voice message (OGG Opus bytes), served by the fake at an attachment URL. */
  sendVoiceMessage(request: VoiceMessageRequest): APIMessage {
    return sendVoiceMessage(this.core, request);
  }

  /** Serves bytes over HTTP from the fake; returns the URL. */
  hostFile(bytes: Uint8Array, contentType: string, options: { filename?: string; ttlMs?: number } = {}): string {
    return this.core.files.host(bytes, contentType, options).url;
  }

  /** An attachment object for bytes the fake serves (for `sendMessage` or an attachment option). */
  hostAttachment(bytes: Uint8Array, contentType: string, options: { filename?: string; ttlMs?: number } = {}) {
    return this.core.files.attachmentOf(this.core.files.host(bytes, contentType, options));
  }

  // ── reading what the bot did ─────────────────────────────────────────────────
  /** Messages in a channel, oldest first (ephemeral ones only with `includeEphemeral`). */
  messages(channelId = this.channel.id, includeEphemeral = false): APIMessage[] {
    return this.core.messages.inChannel(channelId, includeEphemeral).map((m) => m.message);
  }

  message(id: string): APIMessage | undefined {
    return this.core.messages.get(id)?.message;
  }

  /** Messages the bot sent in its DM with this user, oldest first. */
  dmsTo(user: APIUser | string): APIMessage[] {
    const channelId = this.core.state.dmChannelIdOf(typeof user === 'string' ? user : user.id);
    return channelId ? this.messages(channelId).filter((m) => m.author.id === this.core.bot.id) : [];
  }

  /** Threads (optionally under one parent channel). */
  threads(parentId?: string): APIThreadChannel[] {
    return [...this.core.state.channels.values()].filter(
      (c): c is APIThreadChannel => isThread(c) && (!parentId || c.parent_id === parentId),
    );
  }

  /** Waits for a bot message created after this call that matches. */
  waitForMessage(
    filter: { channelId?: string; dmTo?: APIUser; where?: (m: APIMessage) => boolean } = {},
    timeoutMs = 5000,
  ): Promise<APIMessage> {
    const seen = new Set(this.core.messages.all().map((m) => m.message.id));
    const channelId = filter.dmTo ? () => this.core.state.dmChannelIdOf(filter.dmTo?.id ?? '') : () => filter.channelId;
    return this.core.notifier.waitFor(
      () =>
        this.core.messages
          .all()
          .find(
            (m) =>
              m.byBot &&
              !seen.has(m.message.id) &&
              (!channelId() || m.message.channel_id === channelId()) &&
              (filter.where?.(m.message) ?? true),
          )?.message,
      timeoutMs,
      () => `no matching bot message within ${timeoutMs} ms`,
    );
  }

  /** Resolves with the first non-undefined value of `probe`, re-checked on every change and every 10 ms. */
  waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
    return this.core.notifier.waitFor(probe, timeoutMs, () => `condition not met within ${timeoutMs} ms`, 10);
  }

  /** Bot writes whose content would notify someone (@everyone/@here, roles, users) given their allowed_mentions. */
  messagesWithUnsafeMentions(): UnsafeMention[] {
    return this.core.messages.all().flatMap((m) =>
      m.writes
        .map((w) => ({
          messageId: m.message.id,
          notifies: w.kind === 'create',
          channelId: m.message.channel_id,
          route: w.route,
          content: w.content,
          allowedMentions: w.allowedMentions,
          pings: resolvePings(w.content, w.allowedMentions),
        }))
        .filter((w) => pingsAnyone(w.pings)),
    );
  }

  // ── HTTP interactions ────────────────────────────────────────────────────────
  /** The application's Ed25519 public key (hex), for verifying HTTP interactions. */
  get publicKey(): string {
    return this.core.http.publicKeyHex;
  }

  /**
   * Switches interaction delivery to HTTP POSTs to `url` (undefined: back to the gateway). Like the
   * developer portal, it first checks the endpoint (signed PING → {"type":1}, bad signature → 401)
   * and throws if that fails.
   */
  async setInteractionsEndpoint(url: string | undefined): Promise<void> {
    if (url) {
      const problems = await verifyEndpoint(this.core, url);
      if (problems.length) throw new Error(`interactions endpoint rejected: ${problems.join('; ')}`);
    }
    this.core.http.url = url;
  }

  // ── chaos and time ───────────────────────────────────────────────────────────
  /** The next `times` requests matching `pattern` get this failure (429 with Retry-After, or 5xx). */
  failNext(pattern: RoutePattern, failure: InjectedFailure, options: { times?: number } = {}): void {
    this.core.chaos.add(pattern, failure, options.times ?? 1);
  }

  /** Every request matching `pattern` gets this failure for the next `ms` (e.g. REST answering 5xx for 30 s). */
  failFor(pattern: RoutePattern, failure: InjectedFailure, ms: number): void {
    this.core.chaos.addFor(pattern, failure, ms);
  }

  /** The next `times` requests matching `pattern` are answered normally, but only after `delayMs`. */
  delayNext(pattern: RoutePattern, delayMs: number, options: { times?: number } = {}): void {
    this.core.chaos.add(pattern, { delayMs }, options.times ?? 1);
  }

  reconnect(): void {
    this.core.gateway.reconnect();
  }
  invalidateSession(options: { resumable?: boolean } = {}): void {
    this.core.gateway.invalidateSession(options.resumable ?? false);
  }
  dropConnections(): void {
    this.core.gateway.dropConnections();
  }
  /**
   * From now on every IDENTIFY is refused, no READY: op 9 INVALID_SESSION d:false ('invalid-session') or
   * the socket closed with `code` (e.g. 4009); null accepts them again. The log still records each 'identify'.
   */
  refuseSessions(how: SessionRefusal | null): void {
    this.core.gateway.refusal = how;
  }

  /** Resolves on the next gateway event of this kind after the call (e.g. 'resumed' after dropConnections). */
  waitForGateway(event: GatewayLogEntry['event'], timeoutMs = 5000): Promise<GatewayLogEntry> {
    const from = this.core.gateway.log.length;
    return this.core.notifier.waitFor(
      () => this.core.gateway.log.slice(from).find((e) => e.event === event),
      timeoutMs,
      () => `no gateway "${event}" within ${timeoutMs} ms`,
    );
  }

  /** Resolves once a bot session has identified (READY sent). */
  waitForReady(timeoutMs = 5000): Promise<void> {
    return this.core.notifier
      .waitFor(
        () => (this.core.gateway.sessions.length > 0 ? true : undefined),
        timeoutMs,
        () => `no IDENTIFY within ${timeoutMs} ms`,
      )
      .then(() => undefined);
  }

  /** Moves the fake's clock forward (deadlines, token lifetime, attachment expiry) without waiting. */
  advanceClock(ms: number): void {
    this.core.clock.advance(ms);
  }
  now(): number {
    return this.core.clock.now();
  }

  async close(): Promise<void> {
    this.core.notifier.close();
    await this.core.gateway.close();
    if (this.core.server) await closeServer(this.core.server);
  }

  private builderDeps() {
    const core = this.core;
    return {
      state: core.state,
      applicationId: core.applicationId,
      nextId: () => core.ids.next(),
      commands: core.commands,
      requireRegistered: core.options.requireRegisteredCommands !== false,
    };
  }

  private placed<T extends { channelId?: string; guildId?: string }>(request: T): T {
    return request.channelId || request.guildId ? request : { ...request, channelId: this.channel.id };
  }
}

/** Starts a fake Discord on 127.0.0.1:0. Close it with `await fake.close()`. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  // Load the spec schemas now, so the first request is not slowed (and made late) by it.
  await loadSpecSchemas();
  const core = new FakeCore(options);
  const fake = new FakeDiscord(core);
  const { server, origin } = await listen({
    router: () => core.router,
    gateway: () => core.gateway,
    files: () => core.files,
    onCrash: (error) => {
      core.crashes.push(error);
      console.error('fake-discord crashed:', error);
    },
  });
  core.server = server;
  core.origin = origin;
  return fake;
}
