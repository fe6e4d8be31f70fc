/** An injected failure for `fake.failNext`, answered `delayMs` late when given. */
export type InjectedFailure =
  | { status: 429; retryAfter: number; global?: boolean; delayMs?: number }
  | { status: 500 | 502 | 503 | 504; message?: string; delayMs?: number };

/** A slow answer for `fake.delayNext`: the request is handled normally after `delayMs`. */
export interface InjectedDelay {
  delayMs: number;
}

/**
 * Which requests a rule hits: a route key such as `POST /channels/{channel_id}/messages` (or the same
 * without the method), or a RegExp tested against both `METHOD /actual/path` and the route key.
 */
export type RoutePattern = string | RegExp;

interface Rule {
  pattern: RoutePattern;
  failure: InjectedFailure | InjectedDelay;
  remaining: number;
  /** Set for `failFor`: the rule hits every matching request until then (Date.now()), however many. */
  until?: number;
}

/** Queued failures, consumed by the next matching requests. */
export class RestChaos {
  private rules: Rule[] = [];

  add(pattern: RoutePattern, failure: InjectedFailure | InjectedDelay, times = 1): void {
    this.rules.push({ pattern, failure, remaining: times });
  }

  /** Every matching request fails like this for `ms` from now (an outage rather than a count). */
  addFor(pattern: RoutePattern, failure: InjectedFailure, ms: number): void {
    this.rules.push({ pattern, failure, remaining: Infinity, until: Date.now() + ms });
  }

  take(method: string, path: string, routeKey: string): InjectedFailure | InjectedDelay | undefined {
    this.rules = this.rules.filter((r) => r.until === undefined || r.until > Date.now());
    const rule = this.rules.find((r) => matches(r.pattern, method, path, routeKey));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.failure;
  }

  get pending(): number {
    return this.rules.reduce((n, r) => n + (r.until === undefined ? r.remaining : 1), 0);
  }
}

function matches(pattern: RoutePattern, method: string, path: string, routeKey: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${path}`) || pattern.test(routeKey);
  const template = routeKey.slice(routeKey.indexOf(' ') + 1);
  return pattern === routeKey || pattern === template || pattern === `${method} ${path}` || pattern === path;
}
