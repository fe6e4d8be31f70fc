import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROMETHEUS_CONTENT_TYPE, type MetricsRegistry } from './registry.ts';

export interface Probes {
  registry: MetricsRegistry;
  /** Whether this process can serve (its store answers); a load balancer stops routing to it when false. */
  isHealthy(): Promise<boolean>;
}

const HEALTH_TIMEOUT_MS = 2000;

/** Answers `GET /healthz` and `GET /metrics`; returns false (and writes nothing) for any other request. */
export function serveProbes(req: IncomingMessage, res: ServerResponse, probes: Probes): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== '/healthz' && path !== '/metrics') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  if (path === '/metrics') {
    res
      .writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE })
      .end(req.method === 'HEAD' ? undefined : probes.registry.render());
    return true;
  }
  void checkHealth(probes).then((healthy) => {
    res
      .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable' }));
  });
  return true;
}

async function checkHealth(probes: Probes): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probes.isHealthy().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface ListeningServer {
  server: Server;
  port: number;
  /** Resolves once the requests in progress are answered; connections still open after `graceMs` (default 10 s) are cut. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on host:port (0: any free port) and resolves once bound. */
export async function listenOn(server: Server, port: number, host: string): Promise<ListeningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: (graceMs) => closeServer(server, graceMs),
  };
}

/**
 * Stops taking connections and resolves once the requests in progress are answered: keep-alive
 * connections are closed as soon as they go idle (rather than after keepAliveTimeout), and any still
 * open after `graceMs` are cut.
 */
function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise<void>((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** The gateway bot's METRICS_PORT: /healthz and /metrics only. */
export function startProbeServer(probes: Probes, port: number, host = '0.0.0.0'): Promise<ListeningServer> {
  const server = createServer((req, res) => {
    if (!serveProbes(req, res, probes)) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  });
  return listenOn(server, port, host);
}
