import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordHttpError, invalidFormBody, unauthorized, type DiscordErrorBody } from './errors.ts';
import { majorParameterOf, RateLimiter, rateLimitedBody } from './rate-limits.ts';
import { readBody } from './rest-body.ts';
import type { InjectedFailure, RestChaos } from './rest-chaos.ts';
import type { RequestLogEntry, RouteContext, RouteDef, RouteResult, Violation } from './rest-types.ts';
import { checkAgainstSpec } from './schemas.ts';

export interface RouterDeps {
  botToken: () => string;
  now: () => number;
  limiter: RateLimiter;
  chaos: RestChaos;
  requests: RequestLogEntry[];
  violations: Violation[];
  /** 'reject' answers spec violations with 400 50035; 'record' (default) only lists them. */
  schemaMode: 'record' | 'reject';
  onSettled: () => void;
}

interface CompiledRoute {
  def: RouteDef;
  segments: string[];
  literals: number;
}

/** Matches /api/v10/... requests to route handlers and applies auth, chaos, rate limits and validation. */
export class RestRouter {
  private readonly routes: CompiledRoute[];

  constructor(
    defs: RouteDef[],
    private readonly deps: RouterDeps,
  ) {
    this.routes = defs
      .map((def) => {
        const segments = def.template.split('/').filter(Boolean);
        return { def, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
      })
      .sort((a, b) => b.literals - a.literals);
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const receivedAt = this.deps.now();
    const receivedPerf = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const path = apiPath(url.pathname);
    const match = this.match(method, path);
    const parsed = await readBody(req);
    const ctx: RouteContext = {
      method,
      path,
      routeKey: match ? `${method} ${match.route.def.template}` : `${method} <unknown>`,
      params: match?.params ?? {},
      query: url.searchParams,
      body: parsed.body,
      files: parsed.files,
      headers: req.headers,
      receivedAt,
      receivedPerf,
    };
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}, injected = false) => {
      this.log(ctx, status, body, injected);
      send(res, status, body, headers);
      this.deps.onSettled();
    };
    if (!match) {
      this.violate(ctx, 'unknown-route', 404, { code: 0, message: '404: Not Found' });
      return answer(404, { message: '404: Not Found', code: 0 });
    }
    const injected = this.deps.chaos.take(method, path, ctx.routeKey);
    if (injected?.delayMs !== undefined) await sleep(injected.delayMs);
    if (injected && 'status' in injected)
      return answer(injected.status, injectedBody(injected), injectedHeaders(injected), true);
    try {
      const result = await this.run(match.route.def, ctx, parsed.error);
      answer(result.status, result.body, result.headers);
    } catch (error) {
      if (!(error instanceof DiscordHttpError)) throw error;
      this.violate(ctx, error.kind, error.status, error.body);
      answer(error.status, error.body);
    }
  }

  private async run(
    def: RouteDef,
    ctx: RouteContext,
    parseError?: string,
  ): Promise<RouteResult & { headers?: Record<string, string> }> {
    if (def.auth === 'bot' && ctx.headers.authorization !== `Bot ${this.deps.botToken()}`) throw unauthorized();
    const limit = this.deps.limiter.decide(ctx.routeKey, majorParameterOf(ctx.params), def.globalLimitExempt === true);
    if (limit.retryAfterSec !== undefined) {
      const body = rateLimitedBody(limit.retryAfterSec, limit.global === true);
      this.violate(ctx, 'rate-limit', 429, { code: 0, message: body.message });
      const headers = { ...limit.headers, 'Retry-After': String(Math.ceil(limit.retryAfterSec)) };
      return { status: 429, body, headers };
    }
    if (parseError) throw new DiscordHttpError(400, { code: 50109, message: parseError }, 'schema');
    await this.checkSchema(ctx);
    const result = await def.handle(ctx);
    return { ...result, headers: limit.headers };
  }

  private async checkSchema(ctx: RouteContext): Promise<void> {
    const issues = await checkAgainstSpec(ctx.routeKey, ctx.body);
    if (issues.length === 0) return;
    if (this.deps.schemaMode === 'reject')
      throw invalidFormBody(
        { _errors: issues.map((i) => ({ code: i.code, message: `${i.path.join('.')}: ${i.message}` })) },
        'schema',
      );
    this.violate(ctx, 'schema', 200, { code: 0, message: 'Request body does not match the Discord API spec' }, issues);
  }

  private match(method: string, path: string): { route: CompiledRoute; params: Record<string, string> } | undefined {
    const parts = path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.def.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((seg, i) => {
        const part = parts[i] ?? '';
        if (seg.startsWith('{')) params[seg.slice(1, -1)] = part;
        return seg.startsWith('{') || seg === part;
      });
      if (ok) return { route, params };
    }
    return undefined;
  }

  private log(ctx: RouteContext, status: number, body: unknown, injected: boolean): void {
    const code =
      typeof body === 'object' && body !== null && 'code' in body
        ? Number((body as { code: unknown }).code)
        : undefined;
    this.deps.requests.push({
      at: this.deps.now(),
      method: ctx.method,
      path: ctx.path,
      routeKey: ctx.routeKey,
      query: ctx.query.toString(),
      body: ctx.body,
      fileCount: ctx.files.length,
      status,
      ...(status >= 400 && code !== undefined ? { code } : {}),
      injected,
    });
  }

  private violate(
    ctx: RouteContext,
    kind: Violation['kind'],
    status: number,
    error: DiscordErrorBody,
    details?: unknown,
  ): void {
    this.deps.violations.push({
      at: this.deps.now(),
      kind,
      method: ctx.method,
      path: ctx.path,
      routeKey: ctx.routeKey,
      status,
      ...(error.code ? { code: error.code } : {}),
      message: error.message,
      details: details ?? error.errors,
      body: ctx.body,
    });
  }
}

/** `/api/v10/webhooks/1/t/messages/%40original` → `/webhooks/1/t/messages/@original`. */
function apiPath(pathname: string): string {
  const rest = pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
  return rest
    .split('/')
    .map((s) => safeDecode(s))
    .join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function injectedBody(failure: InjectedFailure): unknown {
  if (failure.status === 429) return rateLimitedBody(failure.retryAfter, failure.global === true);
  return { message: failure.message ?? `${failure.status}: Server Error`, code: 0 };
}

function injectedHeaders(failure: InjectedFailure): Record<string, string> {
  if (failure.status !== 429) return {};
  const headers: Record<string, string> = {
    'Retry-After': String(failure.retryAfter),
    'X-RateLimit-Scope': failure.global ? 'global' : 'user',
  };
  if (failure.global) headers['X-RateLimit-Global'] = 'true';
  else
    Object.assign(headers, {
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset-After': String(failure.retryAfter),
    });
  return headers;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status === 200 && body === undefined ? 204 : status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
    .end(text);
}
