import type {
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIMessage,
  APIModalInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord-api-types/v10';
import type { DiscordErrorBody } from './errors.ts';
import type { MessageStore } from './messages.ts';
import type { ChangeNotifier } from './waiter.ts';

/** One POST to /interactions/{id}/{token}/callback, accepted or refused. */
export interface CallbackAttempt {
  type: InteractionResponseType;
  data: unknown;
  /** Real milliseconds from dispatching INTERACTION_CREATE to this request arriving. */
  latencyMs: number;
  /** The fake's clock when it arrived. */
  at: number;
  status: number;
  error?: DiscordErrorBody;
}

/** What the fake remembers about an interaction it dispatched. */
export class InteractionRecord {
  readonly attempts: CallbackAttempt[] = [];
  accepted: CallbackAttempt | undefined;
  originalMessageId: string | undefined;
  /** Edits of @original through this interaction's webhook (after a deferred reply or update). */
  originalEdits = 0;
  readonly followUpIds: string[] = [];
  modal: APIModalInteractionResponseCallbackData | undefined;
  choices: APIApplicationCommandOptionChoice[] | undefined;

  constructor(
    readonly payload: APIInteraction,
    /** Fake-clock time of dispatch: deadlines and token lifetime count from here. */
    readonly dispatchedAt: number,
    /** performance.now() at dispatch, for latency. */
    readonly dispatchedPerf: number,
  ) {}

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }
}

export interface HandleDeps {
  messages: MessageStore;
  notifier: ChangeNotifier;
  /** Default wait for the first response: the ack deadline plus a margin. */
  responseTimeoutMs: number;
}

export interface WaitOptions {
  timeoutMs?: number;
}

/** What a test holds after dispatching an interaction: await what the bot did with it. */
export class InteractionHandle<T extends APIInteraction = APIInteraction> {
  constructor(
    private readonly record: InteractionRecord,
    private readonly deps: HandleDeps,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  /** The exact payload sent to the bot in INTERACTION_CREATE. */
  get payload(): T {
    return this.record.payload as T;
  }

  /** Every callback the bot attempted, including refused ones (late, duplicate, invalid). */
  get callbacks(): readonly CallbackAttempt[] {
    return this.record.attempts;
  }

  /** The modal the bot showed (callback type 9), if any. */
  get modal(): APIModalInteractionResponseCallbackData | undefined {
    return this.record.modal;
  }

  /** Autocomplete choices the bot returned (callback type 8), if any. */
  get choices(): APIApplicationCommandOptionChoice[] | undefined {
    return this.record.choices;
  }

  /** Follow-up messages (POST /webhooks/{app}/{token}), as they stand now. */
  get followUps(): APIMessage[] {
    return this.record.followUpIds.map((id) => this.deps.messages.get(id)?.message).filter((m): m is APIMessage => !!m);
  }

  /** The first accepted callback; rejects if the bot answered nothing acceptable in time. */
  response(options: WaitOptions = {}): Promise<CallbackAttempt> {
    const timeoutMs = options.timeoutMs ?? this.deps.responseTimeoutMs;
    return this.deps.notifier.waitFor(
      () => this.record.accepted,
      timeoutMs,
      () => `interaction ${this.describe()} got no accepted response within ${timeoutMs} ms${this.refusals()}`,
    );
  }

  /**
   * The @original message as it stands. After a deferred reply or update (type 5 or 6) this waits for
   * the bot's first edit through the webhook, since the placeholder is rarely what a test wants; pass
   * `waitForEdit: false` to skip.
   */
  async original(options: WaitOptions & { waitForEdit?: boolean } = {}): Promise<APIMessage> {
    const timeoutMs = options.timeoutMs ?? this.deps.responseTimeoutMs;
    await this.response({ timeoutMs });
    const type = this.record.accepted?.type;
    const waitForEdit = options.waitForEdit ?? (type === 5 || type === 6);
    return this.deps.notifier.waitFor(
      () => {
        const stored = this.record.originalMessageId
          ? this.deps.messages.get(this.record.originalMessageId)
          : undefined;
        if (!stored) return undefined;
        return waitForEdit && this.record.originalEdits === 0 ? undefined : stored.message;
      },
      timeoutMs,
      () =>
        `interaction ${this.describe()} has no ${waitForEdit ? 'edited ' : ''}@original message after ${timeoutMs} ms`,
    );
  }

  /** Waits until follow-up number `index` (0-based) exists and returns it. */
  followUp(index = 0, options: WaitOptions = {}): Promise<APIMessage> {
    const timeoutMs = options.timeoutMs ?? this.deps.responseTimeoutMs;
    return this.deps.notifier.waitFor(
      () => this.followUps[index],
      timeoutMs,
      () =>
        `interaction ${this.describe()} has ${this.followUps.length} follow-up(s), wanted #${index + 1} within ${timeoutMs} ms`,
    );
  }

  private describe(): string {
    const data = this.record.payload.data as { name?: string; custom_id?: string } | undefined;
    return `${this.record.id} (${data?.name ?? data?.custom_id ?? `type ${this.record.payload.type}`})`;
  }

  private refusals(): string {
    const refused = this.record.attempts.filter((a) => a.error);
    if (refused.length === 0) return ' (the bot sent no callback)';
    return `; refused callbacks: ${refused.map((a) => `type ${a.type} → ${a.status} ${a.error?.code} ${a.error?.message}`).join('; ')}`;
  }
}

/** Dispatched interactions by id and by token. */
export class InteractionRegistry {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  add(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  withToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }
}
