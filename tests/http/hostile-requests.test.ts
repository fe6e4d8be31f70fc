import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCustomId } from '../../src/adapters/discord/interactions/custom-ids.ts';
import { REQUEST_LIMITS } from '../../src/adapters/discord/http/request-limits.ts';
import type { ListeningServer } from '../../src/adapters/metrics/probe-server.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startBareEndpoint } from './support/bare-endpoint.ts';
import { makeSigner, signedHeaders } from './support/signing.ts';

const signer = makeSigner();
let store: Store;
let listening: ListeningServer;
let port: number;

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  listening = await startBareEndpoint(store, signer.publicKeyHex);
  port = listening.port;
});
afterAll(async () => {
  await listening?.close();
  await store?.close();
});

const user = { id: '3', username: 'u' };

async function post(body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
    method: 'POST',
    body,
    headers: signedHeaders(signer, body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A raw connection, to send requests no HTTP client would; resolves with what came back once it closed. */
function rawConnection(): { socket: Socket; received: Promise<{ text: string; closedAfterMs: number }> } {
  const socket = connect(port, '127.0.0.1');
  const started = Date.now();
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
  });
  const received = new Promise<{ text: string; closedAfterMs: number }>((resolve) => {
    socket.on('close', () => resolve({ text, closedAfterMs: Date.now() - started }));
    socket.on('error', () => {});
  });
  return { socket, received };
}

describe('bodies over the limit', () => {
  it('answers 413 to a declared 2 MiB body after reading none of it, and closes the connection', async () => {
    const { socket, received } = rawConnection();
    socket.write(
      'POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 2097152\r\n\r\n{"type":',
    );
    const { text } = await received;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('answers 413 to a chunked body once it passes the limit, without waiting for the rest', async () => {
    const { socket, received } = rawConnection();
    socket.write('POST /interactions HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n');
    const chunk = 'x'.repeat(16 * 1024);
    for (let i = 0; i < 5; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const { text, closedAfterMs } = await received;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(closedAfterMs).toBeLessThan(3_000);
  });
});

describe('slow or never-finished requests', () => {
  it('closes a connection whose headers never finish within the header timeout', async () => {
    const { socket, received } = rawConnection();
    socket.write('POST /interactions HTTP/1.1\r\nhost: x\r\n');
    const { closedAfterMs } = await received;
    expect(closedAfterMs).toBeGreaterThanOrEqual(REQUEST_LIMITS.headersTimeoutMs - 100);
    expect(closedAfterMs).toBeLessThan(REQUEST_LIMITS.headersTimeoutMs + 2_500);
  }, 15_000);

  it('closes a connection whose body never finishes within the request timeout', async () => {
    const { socket, received } = rawConnection();
    socket.write(
      'POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"type":',
    );
    const { closedAfterMs } = await received;
    expect(closedAfterMs).toBeLessThan(REQUEST_LIMITS.requestTimeoutMs + 2_500);
  }, 20_000);

  it(`takes at most ${REQUEST_LIMITS.maxConnections} connections at once`, async () => {
    const held = Array.from({ length: REQUEST_LIMITS.maxConnections }, () => connect(port, '127.0.0.1'));
    await Promise.all(held.map((s) => new Promise((resolve) => s.once('connect', resolve))));
    const { received } = rawConnection();
    const refused = await received;
    held.forEach((s) => s.destroy());
    expect(refused.text).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ping = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't' });
    expect((await post(ping)).status).toBe(200);
  }, 20_000);
});

describe('signed bodies this endpoint cannot use', () => {
  it('refuses malformed JSON with 400', async () => {
    expect(await post('{"type":1,')).toEqual({ status: 400, json: { error: 'malformed JSON' } });
  });

  it('refuses command options nested 1,000 deep with 400, not 500', async () => {
    let options: unknown = { name: 'leaf', type: 3, value: 'x' };
    for (let i = 0; i < 1000; i++) options = { name: `n${i}`, type: 1, options: [options] };
    const body = JSON.stringify({
      id: '1',
      application_id: '2',
      type: 2,
      token: 't',
      user,
      data: { name: 'stats', options: [options] },
    });
    expect(await post(body)).toEqual({ status: 400, json: { error: 'nested too deeply' } });
  });

  it('names an unknown interaction type and an unknown component type', async () => {
    const unknownType = await post(JSON.stringify({ id: '1', application_id: '2', type: 99, token: 't', user }));
    expect(unknownType).toEqual({ status: 400, json: { error: 'unsupported interaction type 99' } });
    const select = await post(
      JSON.stringify({
        id: '1',
        application_id: '2',
        type: 3,
        token: 't',
        user,
        data: { custom_id: 'x', component_type: 3 },
      }),
    );
    expect(select).toMatchObject({
      status: 400,
      json: { error: expect.stringMatching(/^unsupported component type 3/) },
    });
  });

  it('says a modal answer over 8,000 characters is too long, not empty', async () => {
    const customId = encodeCustomId({ kind: 'submit', sessionId: 'sess-1', index: 0, answersBefore: 0 });
    const body = JSON.stringify({
      id: '1',
      application_id: '2',
      type: 5,
      token: 't',
      user,
      data: {
        custom_id: customId,
        components: [{ type: 1, components: [{ type: 4, custom_id: 'answer', value: 'word '.repeat(1_800) }] }],
      },
    });
    const { status, json } = await post(body);
    expect(status).toBe(200);
    expect((json.data as { content: string }).content).toMatch(/longer than 4000 characters/);
  });
});
