/** An injected failure for `fake.failNext`. */
export type InjectedFailure =
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 500 | 502 | 503 | 504; message?: string };

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
}

/** Queued failures, consumed by the next matching requests. */
export class RestChaos {
  private rules: Rule[] = [];

  add(pattern: RoutePattern, failure: InjectedFailure | InjectedDelay, times = 1): void {
    this.rules.push({ pattern, failure, remaining: times });
  }

  take(method: string, path: string, routeKey: string): InjectedFailure | InjectedDelay | undefined {
    const rule = this.rules.find((r) => matches(r.pattern, method, path, routeKey));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.failure;
  }

  get pending(): number {
    return this.rules.reduce((n, r) => n + r.remaining, 0);
  }
}

function matches(pattern: RoutePattern, method: string, path: string, routeKey: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${path}`) || pattern.test(routeKey);
  const template = routeKey.slice(routeKey.indexOf(' ') + 1);
  return pattern === routeKey || pattern === template || pattern === `${method} ${path}` || pattern === path;
}
