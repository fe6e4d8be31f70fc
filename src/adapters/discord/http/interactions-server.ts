import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { answerInteraction } from '../interactions/handle-interaction.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import type { AppMetrics } from '../../metrics/app-metrics.ts';
import { serveProbes, type Probes } from '../../metrics/probe-server.ts';
import { httpAcknowledger } from './http-acknowledger.ts';
import { rawInteractionSchema, toInteractionInput, type RawInteraction } from './raw-interaction.ts';
import { readBody } from './read-body.ts';
import { unsupportedReason } from './refusal-reason.ts';
import { isFirstDelivery } from '../../../interviewer/replay-guard.ts';
import { guardedServerOptions, isNestedWithin, REQUEST_LIMITS } from './request-limits.ts';
import { checkSignature } from './signature.ts';
import type { InteractionWebhooks } from './webhooks.ts';

export interface InteractionsServerDeps {
  /** DISCORD_PUBLIC_KEY: every POST must carry Discord's Ed25519 signature. */
  publicKey: KeyObject;
  ctx: HandlerContext;
  webhooks: InteractionWebhooks;
  metrics: AppMetrics;
  isHealthy: Probes['isHealthy'];
  deferAfterMs?: number;
  /** For the signature's timestamp; default Date.now. */
  now?: () => number;
  maxBodyBytes?: number;
}

export interface InteractionsServer {
  server: Server;
  /** Resolves once the interactions in progress have finished (their edits and follow-ups included). */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * Discord's HTTP-interactions endpoint (`POST /interactions`) plus `/healthz` and `/metrics`. It keeps
 * nothing between requests: sessions are in the store, so any replica can answer any interaction.
 */
export function createInteractionsServer(deps: InteractionsServerDeps): InteractionsServer {
  const inFlight = new Set<Promise<void>>();
  const probes: Probes = { registry: deps.metrics.registry, isHealthy: deps.isHealthy };
  const server = createServer(guardedServerOptions(), (req, res) => {
    if (serveProbes(req, res, probes)) return;
    if ((req.url ?? '/').split('?')[0] !== '/interactions') return void json(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    void handlePost(deps, req, res, inFlight).catch((error: unknown) => {
      deps.ctx.logger.error('interactions endpoint failed', { error: String(error) });
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    });
  });
  server.maxConnections = REQUEST_LIMITS.maxConnections;
  return {
    server,
    async drain(timeoutMs) {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    },
  };
}

async function handlePost(
  deps: InteractionsServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  inFlight: Set<Promise<void>>,
): Promise<void> {
  const refuse = (status: number, error: string, outcome: 'unauthorized' | 'invalid') => {
    deps.metrics.interactions.inc({ type: 'other', outcome });
    json(res, status, { error }, status === 413);
  };
  const read = await readBody(req, deps.maxBodyBytes);
  if (!read.ok) return refuse(read.status, read.status === 413 ? 'body too large' : 'bad request', 'invalid');
  const problem = checkSignature(
    deps.publicKey,
    {
      signature: header(req, 'x-signature-ed25519'),
      timestamp: header(req, 'x-signature-timestamp'),
      rawBody: read.body,
    },
    (deps.now ?? Date.now)(),
  );
  if (problem !== null) return refuse(401, 'invalid request signature', 'unauthorized');
  const body = parseJson(read.body);
  if (body === undefined) return refuse(400, 'malformed JSON', 'invalid');
  if (!isNestedWithin(body)) return refuse(400, 'nested too deeply', 'invalid');
  const parsed = rawInteractionSchema.safeParse(body);
  if (!parsed.success) return refuse(400, unsupportedReason(body), 'invalid');
  const raw = parsed.data;
  if (raw.type === 1) {
    deps.metrics.interactions.inc({ type: 'ping', outcome: 'answered' });
    return json(res, 200, { type: InteractionResponseType.Pong });
  }
  const input = toInteractionInput(raw);
  if (input === null) return refuse(400, unsupportedReason(body), 'invalid');
  if (!(await isFirstDelivery(deps.ctx.store, raw.id, (deps.now ?? Date.now)(), deps.ctx.logger))) {
    return refuse(409, 'interaction already answered', 'invalid');
  }
  await answerOverHttp(deps, raw, input, res, inFlight);
}

async function answerOverHttp(
  deps: InteractionsServerDeps,
  raw: RawInteraction,
  input: InteractionInput,
  res: ServerResponse,
  inFlight: Set<Promise<void>>,
): Promise<void> {
  const acknowledgement = httpAcknowledger(raw, deps.webhooks);
  const task = answerInteraction(deps.ctx, input, acknowledgement.ack, {
    deferAfterMs: deps.deferAfterMs,
    metrics: deps.metrics,
  });
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
  const first = await Promise.race([acknowledgement.firstResponse, task.then(() => null)]);
  if (first === null) {
    acknowledgement.delivered(false);
    return json(res, 500, { error: 'no response' });
  }
  res.once('finish', () => acknowledgement.delivered(true));
  res.once('close', () => acknowledgement.delivered(res.writableFinished));
  json(res, 200, first satisfies APIInteractionResponse);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, status: number, body: unknown, close = false): void {
  res
    .writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) })
    .end(JSON.stringify(body));
}
