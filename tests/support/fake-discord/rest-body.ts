import type { IncomingMessage } from 'node:http';
import type { UploadedFile } from './rest-types.ts';

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
  /** Set when the body could not be parsed (answered as 400 50109 by the router). */
  error?: string;
}

/** Reads a JSON or multipart/form-data body (discord.js sends files as `files[n]` + `payload_json`). */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return readMultipart(raw, type);
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { body: undefined, files: [], error: 'The request body contains invalid JSON.' };
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  // The WHATWG Response parser understands multipart bodies; no package needed.
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: UploadedFile[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      continue;
    }
    files.push({
      field,
      filename: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  return { body, files };
}
