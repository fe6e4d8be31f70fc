import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLabelledNotAudio } from '../../src/adapters/discord/voice/attachment-kind.ts';
import { downloadAttachment } from '../../src/adapters/discord/voice/download.ts';

const MAX = 64 * 1024;
let server: Server;
let base: string;
const sent = { bytes: 0 };

beforeAll(async () => {
  // Chunked, with no content-length: only counting what arrives can tell how large it is.
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'audio/ogg' });
    const chunk = Buffer.alloc(16 * 1024, 1);
    const timer = setInterval(() => {
      if (sent.bytes >= 4 * 1024 * 1024 || res.destroyed) return void (clearInterval(timer), res.end());
      sent.bytes += chunk.length;
      res.write(chunk);
    }, 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('downloadAttachment', () => {
  it('stops reading a body without a declared length once it passes the limit', async () => {
    const result = await downloadAttachment(`${base}/voice.ogg`, MAX);
    expect(result).toMatchObject({ ok: false, error: 'too_large' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent.bytes).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('isLabelledNotAudio', () => {
  it.each([
    ['application/pdf', true],
    ['image/png', true],
    ['text/plain; charset=utf-8', true],
    ['audio/ogg', false],
    ['audio/ogg; codecs=opus', false],
    ['application/ogg', false],
    ['', false],
    [null, false],
  ])('%s → %s', (contentType, expected) => {
    expect(isLabelledNotAudio({ contentType })).toBe(expected);
  });
});
