import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../../src/adapters/metrics/probe-server.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startBareEndpoint } from './support/bare-endpoint.ts';
import { makeSigner, signedHeaders } from './support/signing.ts';

const signer = makeSigner();
const healthy = { value: true };
let store: Store;
let listening: ListeningServer;
let base: string;

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  listening = await startBareEndpoint(store, signer.publicKeyHex, async () => {
    if (!healthy.value) throw new Error('database down');
    return true;
  });
  base = `http://127.0.0.1:${listening.port}`;
});
afterAll(async () => {
  await listening?.close();
  await store?.close();
});

const PING = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });

function post(body: string, headers: Record<string, string>) {
  return fetch(`${base}/interactions`, { method: 'POST', body, headers });
}

describe('POST /interactions', () => {
  it('answers a signed PING with PONG', async () => {
    const response = await post(PING, signedHeaders(signer, PING));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
  });

  it.each([
    ['no signature headers', () => ({ 'content-type': 'application/json' })],
    ['a signature over other bytes', () => signedHeaders(signer, `${PING} `)],
    ['another key’s signature', () => signedHeaders(makeSigner(), PING)],
    ['a malformed signature', () => ({ ...signedHeaders(signer, PING), 'x-signature-ed25519': 'zz' })],
    ['a timestamp 6 minutes old', () => signedHeaders(signer, PING, Date.now() - 6 * 60_000)],
    ['a timestamp 6 minutes ahead', () => signedHeaders(signer, PING, Date.now() + 6 * 60_000)],
  ])('refuses %s with 401', async (_, headers) => {
    const response = await post(PING, headers());
    expect(response.status).toBe(401);
  });

  it('refuses a body over 64 KiB with 413, before checking anything else', async () => {
    const big = JSON.stringify({ type: 1, padding: 'x'.repeat(64 * 1024) });
    expect((await post(big, signedHeaders(signer, big))).status).toBe(413);
  });

  it.each([
    ['not JSON', '{"type":'],
    ['an unknown interaction type', JSON.stringify({ id: '1', application_id: '2', type: 9, token: 't' })],
    [
      'a command without data',
      JSON.stringify({ id: '1', application_id: '2', type: 2, token: 't', user: { id: '3', username: 'u' } }),
    ],
    [
      'a select menu (not used by this bot)',
      JSON.stringify({
        id: '1',
        application_id: '2',
        type: 3,
        token: 't',
        user: { id: '3', username: 'u' },
        data: { custom_id: 'x', component_type: 3 },
      }),
    ],
  ])('refuses %s with 400 once the signature is good', async (_, body) => {
    expect((await post(body, signedHeaders(signer, body))).status).toBe(400);
  });

  it('only takes POST at /interactions', async () => {
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
    expect((await fetch(`${base}/elsewhere`, { method: 'POST', body: PING })).status).toBe(404);
  });
});

describe('/healthz and /metrics', () => {
  it('reports healthy while the store answers, 503 when it does not', async () => {
    const ok = await fetch(`${base}/healthz`);
    expect([ok.status, await ok.json()]).toEqual([200, { status: 'ok' }]);
    healthy.value = false;
    const down = await fetch(`${base}/healthz`);
    healthy.value = true;
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable' }]);
  });

  it('counts pings and refusals in Prometheus text', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('mi_interactions_total{type="ping",outcome="answered"} 1');
    expect(text).toContain('mi_interactions_total{type="other",outcome="unauthorized"} 6');
    expect(text).toContain('mi_interactions_total{type="other",outcome="invalid"} 5');
    expect(text).toMatch(/^mi_interactions_in_flight 0$/m);
  });
});
