import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  /** The balancer's origin, e.g. http://127.0.0.1:PORT (paths are passed through). */
  origin: string;
  /** Which upstream (index) answered each request, in order. */
  readonly routed: number[];
  /** Requests that no upstream answered (502). */
  readonly failed: number;
  close(): Promise<void>;
}

/** How long an upstream that refused a connection is left out (passive health check). */
const DOWN_FOR_MS = 2000;

/**
 * A load balancer on loopback, as in front of several `serve-http` replicas: each request goes to the
 * next upstream in turn. A refused connection marks the upstream down and the request goes to the next
 * one (nothing reached the dead replica); a request cut off mid-way gets 502, as from nginx or an ALB,
 * since a POST that may have been acted on is not replayed.
 */
export async function startRoundRobin(upstreams: readonly string[]): Promise<RoundRobin> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const downUntil = upstreams.map(() => 0);
  const routed: number[] = [];
  let next = 0;
  let failed = 0;

  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    for (let tries = 0; tries < upstreams.length; tries++) {
      const at = next++ % upstreams.length;
      if (downUntil[at]! > Date.now()) continue;
      const outcome = await forward(upstreams[at]!, req, body, res, agent);
      if (outcome === 'answered') return void routed.push(at);
      downUntil[at] = Date.now() + DOWN_FOR_MS;
      if (outcome === 'cut-off') break;
    }
    failed += 1;
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('bad gateway');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routed,
    get failed() {
      return failed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forward(
  upstream: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
  agent: Agent,
): Promise<'answered' | 'refused' | 'cut-off'> {
  return new Promise((resolve) => {
    const headers = { ...req.headers, host: new URL(upstream).host, 'content-length': String(body.length) };
    delete headers.connection;
    const proxied = request(`${upstream}${req.url ?? '/'}`, { method: req.method, headers, agent }, (upstreamRes) => {
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
      upstreamRes.pipe(res);
      upstreamRes.on('end', () => resolve('answered'));
      upstreamRes.on('error', () => resolve('cut-off'));
    });
    proxied.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'cut-off'),
    );
    proxied.end(body);
  });
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
