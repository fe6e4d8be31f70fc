import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests per second across all routes (interaction callbacks exempt); Discord's default is 50. */
  globalPerSecond?: number;
  /** A per-route bucket (route template + major parameter). Off by default. */
  perRoute?: { limit: number; windowMs: number };
}

export interface LimitDecision {
  headers: Record<string, string>;
  /** Set when the request must be answered 429. */
  retryAfterSec?: number;
  global?: boolean;
}

/** Headers on unlimited routes: a roomy bucket, so discord.js's queue never waits in tests. */
const ROOMY = { limit: 10_000, windowMs: 1_000 };

/** Discord-style rate limiting: a global per-second window and optional per-route buckets with headers. */
export class RateLimiter {
  private globalWindow = { start: 0, count: 0 };
  private readonly buckets = new Map<string, { resetAt: number; count: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {}

  decide(routeKey: string, majorParameter: string, globalExempt: boolean): LimitDecision {
    const global = this.checkGlobal(globalExempt);
    if (global !== undefined) {
      return {
        headers: { 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
        retryAfterSec: global,
        global: true,
      };
    }
    return this.consumeBucket(routeKey, majorParameter);
  }

  private checkGlobal(exempt: boolean): number | undefined {
    const perSecond = this.options.globalPerSecond;
    if (exempt || perSecond === undefined) return undefined;
    const now = this.now();
    if (now - this.globalWindow.start >= 1000) this.globalWindow = { start: now, count: 0 };
    this.globalWindow.count += 1;
    if (this.globalWindow.count <= perSecond) return undefined;
    return Math.max(0.001, (this.globalWindow.start + 1000 - now) / 1000);
  }

  private consumeBucket(routeKey: string, majorParameter: string): LimitDecision {
    const { limit, windowMs } = this.options.perRoute ?? ROOMY;
    const now = this.now();
    const key = `${routeKey}:${majorParameter}`;
    let bucket = this.buckets.get(key);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { resetAt: now + windowMs, count: 0 };
      this.buckets.set(key, bucket);
    }
    bucket.count += 1;
    const resetAfter = (bucket.resetAt - now) / 1000;
    const headers = bucketHeaders(routeKey, limit, Math.max(0, limit - bucket.count), bucket.resetAt, resetAfter);
    if (bucket.count <= limit) return { headers };
    return { headers: { ...headers, 'X-RateLimit-Scope': 'user' }, retryAfterSec: resetAfter };
  }
}

export function bucketHeaders(
  routeKey: string,
  limit: number,
  remaining: number,
  resetAt: number,
  resetAfterSec: number,
): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': (resetAt / 1000).toFixed(3),
    'X-RateLimit-Reset-After': resetAfterSec.toFixed(3),
    'X-RateLimit-Bucket': createHash('sha1').update(routeKey).digest('hex').slice(0, 32),
  };
}

/** The body Discord sends with a 429. */
export function rateLimitedBody(retryAfterSec: number, global: boolean) {
  return { message: 'You are being rate limited.', retry_after: Number(retryAfterSec.toFixed(3)), global };
}

/** Picks the major parameter Discord buckets a route by. */
export function majorParameterOf(params: Record<string, string>): string {
  if (params.channel_id) return params.channel_id;
  if (params.guild_id) return params.guild_id;
  if (params.webhook_id) return `${params.webhook_id}:${params.webhook_token ?? ''}`;
  return params.interaction_id ?? 'global';
}
