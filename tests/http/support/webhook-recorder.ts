import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedWebhook {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/** Discord's interaction webhooks (edits of @original, follow-ups) as a loopback server that records each call. */
export async function startWebhookRecorder(): Promise<{
  apiBase: string;
  calls: RecordedWebhook[];
  close(): Promise<void>;
}> {
  const calls: RecordedWebhook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
