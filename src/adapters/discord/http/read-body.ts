import type { IncomingMessage } from 'node:http';

/** Discord's interaction payloads are a few KiB; anything near this is not from Discord. */
export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 400 };

/** The request body as raw bytes (the signature covers them exactly), refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve({ ok: false, status: 413 });
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', () => resolve({ ok: false, status: 400 }));
  });
}
