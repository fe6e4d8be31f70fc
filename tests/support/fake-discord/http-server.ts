import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FileHost } from './files.ts';
import type { GatewayServer } from './gateway.ts';
import type { RestRouter } from './rest-router.ts';

export interface HttpParts {
  router: () => RestRouter;
  gateway: () => GatewayServer;
  files: () => FileHost;
  /** A bug in the fake itself (not a Discord error): answered 500 and reported here. */
  onCrash: (error: unknown) => void;
}

/** One loopback port: REST under /api, attachments under /attachments, the gateway on /gateway. */
export async function listen(parts: HttpParts): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      parts
        .router()
        .handle(req, res, url)
        .catch((error: unknown) => {
          parts.onCrash(error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `fake-discord crashed: ${String(error)}`, code: 0 }));
        });
      return;
    }
    if (parts.files().serve(req, res, url.pathname)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname === '/gateway')
      parts.gateway().handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
