import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenOn } from '../../src/adapters/metrics/probe-server.ts';

describe('listenOn(…).close', () => {
  it('waits for the request in progress, then closes its keep-alive connection instead of idling 65 s', async () => {
    const server = createServer((_req, res) => setTimeout(() => res.end('done'), 200));
    server.keepAliveTimeout = 65_000;
    const listening = await listenOn(server, 0, '127.0.0.1');
    const answered = fetch(`http://127.0.0.1:${listening.port}/`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await listening.close();
    expect(await answered).toBe('done');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
