import {
  SimpleContextFetchingStrategy,
  SimpleShardingStrategy,
  WebSocketShard,
  WebSocketShardEvents,
  WebSocketShardStatus,
  managerToFetchingStrategyOptions,
  type SessionInfo,
  type WebSocketManager,
} from '@discordjs/ws';
import type { Logger } from '../logger.ts';

/** How long to wait before connection attempt `attempt` (1 = the first retry): doubling, capped, with jitter. */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  if (attempt <= 0) return 0;
  const capped = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt - 1, 30));
  // Up to a fifth shorter, so shards and replicas cut off together do not all come back in the same instant.
  return Math.round(capped * (0.8 + 0.2 * random()));
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export interface PacingOptions {
  /** Waits between connection attempts while the gateway cannot be reached (default 1 s doubling to 60 s). */
  connect?: BackoffPolicy;
  /**
   * Waits between IDENTIFYs that did not lead to READY (default 5 s doubling to 15 min): Discord allows
   * 1,000 a day, so a gateway that accepts and then drops the session cannot use them up.
   */
  identify?: BackoffPolicy;
  random?: () => number;
  logger?: Logger;
}

export interface ReconnectPacing {
  /** For discord.js's `ws.buildStrategy`: its own sharding strategy with the waits put in. */
  buildStrategy(manager: WebSocketManager): SimpleShardingStrategy;
  /** No attempt after this: a wait in progress never ends (it holds no timer), so the process can exit. */
  stop(): void;
}

const DEFAULT_CONNECT: BackoffPolicy = { baseMs: 1000, maxMs: 60_000 };
const DEFAULT_IDENTIFY: BackoffPolicy = { baseMs: 5000, maxMs: 15 * 60_000 };

/**
 * discord.js retries a lost gateway connection every half second, for ever, and keeps retrying after the
 * client is destroyed. This paces each shard's attempts (growing, capped waits; reset once a session is up)
 * and ends them for good on `stop()`.
 */
export function createReconnectPacing(options: PacingOptions = {}): ReconnectPacing {
  const connect = options.connect ?? DEFAULT_CONNECT;
  const identify = options.identify ?? DEFAULT_IDENTIFY;
  const random = options.random ?? Math.random;
  const failedConnects = new Map<number, number>();
  const identifiesWithoutReady = new Map<number, number>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const wait = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) return;
      if (ms <= 0) return resolve();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) resolve();
      }, ms);
      timers.add(timer);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          timers.delete(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });

  const pace = {
    async beforeConnect(shardId: number): Promise<void> {
      const attempt = failedConnects.get(shardId) ?? 0;
      failedConnects.set(shardId, attempt + 1);
      const ms = backoffDelayMs(attempt, connect, random);
      if (ms > 0) options.logger?.info('gateway retry scheduled', { shard: shardId, attempt, waitMs: ms });
      await wait(ms);
    },
    async beforeIdentify(shardId: number, signal: AbortSignal): Promise<void> {
      const count = identifiesWithoutReady.get(shardId) ?? 0;
      identifiesWithoutReady.set(shardId, count + 1);
      const ms = backoffDelayMs(count, identify, random);
      if (ms > 0)
        options.logger?.warn('gateway identify delayed: the last session never became ready', {
          shard: shardId,
          identifies: count,
          waitMs: ms,
        });
      await wait(ms, signal);
    },
    isStopped: () => stopped,
  };

  return {
    buildStrategy(manager) {
      manager.on(WebSocketShardEvents.Ready, ({ shardId }) => {
        failedConnects.delete(shardId);
        identifiesWithoutReady.delete(shardId);
      });
      manager.on(WebSocketShardEvents.Resumed, ({ shardId }) => failedConnects.delete(shardId));
      return new PacedShardingStrategy(manager, pace);
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

interface Pace {
  beforeConnect(shardId: number): Promise<void>;
  beforeIdentify(shardId: number, signal: AbortSignal): Promise<void>;
  isStopped(): boolean;
}

/** Never settles: an attempt asked for after `stop()` simply does not happen. */
const never = () => new Promise<never>(() => {});

/** The session lookup that opens every connection attempt (the shard is idle then) is where the wait goes. */
class PacedContext extends SimpleContextFetchingStrategy {
  shard: WebSocketShard | undefined;

  constructor(
    manager: WebSocketManager,
    options: Awaited<ReturnType<typeof managerToFetchingStrategyOptions>>,
    private readonly pace: Pace,
  ) {
    super(manager, options);
  }

  override async retrieveSessionInfo(shardId: number): Promise<SessionInfo | null> {
    if (this.pace.isStopped()) return never();
    if (this.shard?.status === WebSocketShardStatus.Idle) await this.pace.beforeConnect(shardId);
    return super.retrieveSessionInfo(shardId);
  }

  override async waitForIdentify(shardId: number, signal: AbortSignal): Promise<void> {
    if (this.pace.isStopped()) return never();
    await this.pace.beforeIdentify(shardId, signal);
    return super.waitForIdentify(shardId, signal);
  }
}

/** discord.js's single-process strategy, spawning shards whose context paces their attempts. */
class PacedShardingStrategy extends SimpleShardingStrategy {
  constructor(
    private readonly wsManager: WebSocketManager,
    private readonly pace: Pace,
  ) {
    super(wsManager);
  }

  override async spawn(shardIds: number[]): Promise<void> {
    const options = await managerToFetchingStrategyOptions(this.wsManager);
    const shards = (this as unknown as { shards: Map<number, WebSocketShard> }).shards;
    for (const shardId of shardIds) {
      const context = new PacedContext(this.wsManager, options, this.pace);
      const shard = new WebSocketShard(context, shardId);
      context.shard = shard;
      for (const event of Object.values(WebSocketShardEvents)) {
        shard.on(event, (payload: object) => this.wsManager.emit(event, { ...payload, shardId }));
      }
      shards.set(shardId, shard);
    }
  }
}
