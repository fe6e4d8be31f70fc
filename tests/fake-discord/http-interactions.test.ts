import { createPublicKey, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { FakeDiscord } from '../support/fake-discord/index.ts';
import { bootFake } from './helpers.ts';

type Handler = (interaction: { type: number; token: string; data?: { name?: string } }) => Promise<unknown>;

/** A minimal HTTP-interactions bot: checks the Ed25519 signature, answers PING, delegates the rest. */
async function startHttpBot(publicKeyHex: string, handle: Handler, checkSignature = true): Promise<string> {
  const key = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const signed = Buffer.from(`${req.headers['x-signature-timestamp']}${raw}`);
    if (checkSignature && !verify(null, signed, key, Buffer.from(String(req.headers['x-signature-ed25519']), 'hex'))) {
      res.writeHead(401).end('invalid request signature');
      return;
    }
    const interaction = JSON.parse(raw);
    const reply = interaction.type === 1 ? { type: 1 } : await handle(interaction);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
}

function patchOriginal(fake: FakeDiscord, token: string, content: string) {
  return fetch(`${fake.apiBase}/v10/webhooks/${fake.applicationId}/${token}/messages/@original`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content, allowed_mentions: { parse: [] } }),
  });
}

describe('HTTP interactions', () => {
  it('delivers signed interactions to the endpoint and takes the HTTP response as the reply', async () => {
    const fake = await bootFake();
    fake.registerCommands([
      { name: 'ping', description: 'p' },
      { name: 'grade', description: 'g' },
    ]);
    const url = await startHttpBot(fake.publicKey, async (i) => {
      if (i.data?.name === 'ping') return { type: 4, data: { content: 'pong' } };
      setTimeout(() => void patchOriginal(fake, i.token, 'graded: 7/10'), 20);
      return { type: 5 };
    });
    await fake.setInteractionsEndpoint(url);
    const alice = fake.user('alice');
    expect((await (await fake.slash({ user: alice, name: 'ping' })).original()).content).toBe('pong');
    expect((await (await fake.slash({ user: alice, name: 'grade' })).original()).content).toBe('graded: 7/10');
    expect(fake.violations).toEqual([]);
  });

  it('refuses an endpoint that accepts bad signatures, like the developer portal', async () => {
    const fake = await bootFake();
    const url = await startHttpBot(fake.publicKey, async () => ({ type: 1 }), false);
    await expect(fake.setInteractionsEndpoint(url)).rejects.toThrow(/bad signature was answered 200, expected 401/);
  });

  it('records a reply that arrives after the deadline as a 10062 violation', async () => {
    const fake = await bootFake({ ackDeadlineMs: 100 });
    fake.registerCommands([{ name: 'slow', description: 's' }]);
    const url = await startHttpBot(fake.publicKey, async () => {
      await sleep(150);
      return { type: 4, data: { content: 'too late' } };
    });
    await fake.setInteractionsEndpoint(url);
    const i = await fake.slash({ user: fake.user('alice'), name: 'slow' });
    await expect(i.response({ timeoutMs: 400 })).rejects.toThrow(/10062/);
    expect(fake.violations.map((v) => [v.routeKey, v.message])).toEqual([
      ['HTTP interaction', '10062 Unknown interaction'],
    ]);
  });
});
