import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIAttachment } from 'discord-api-types/v10';
import type { FakeClock } from './clock.ts';
import type { SnowflakeGenerator } from './snowflake.ts';

export interface HostedFile {
  id: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
  /** After this (fake clock ms) the URL answers 404, like Discord's signed CDN links. */
  expiresAt: number | undefined;
}

export interface HostFileOptions {
  filename?: string;
  /** Default: never expires. */
  ttlMs?: number;
}

/** Serves bytes at `/attachments/{id}/{filename}` so bots can download attachments over HTTP. */
export class FileHost {
  private readonly files = new Map<string, HostedFile>();
  /** Every download, so tests can assert the bot fetched a file (and when). */
  readonly downloads: { id: string; at: number; status: number }[] = [];

  constructor(
    private readonly origin: () => string,
    private readonly ids: SnowflakeGenerator,
    private readonly clock: FakeClock,
  ) {}

  host(bytes: Uint8Array, contentType: string, options: HostFileOptions = {}): HostedFile & { url: string } {
    const id = this.ids.next();
    const filename = options.filename ?? `file-${id}${extensionFor(contentType)}`;
    const file: HostedFile = {
      id,
      filename,
      contentType,
      bytes: Buffer.from(bytes),
      expiresAt: options.ttlMs === undefined ? undefined : this.clock.now() + options.ttlMs,
    };
    this.files.set(id, file);
    return { ...file, url: this.urlOf(file) };
  }

  urlOf(file: HostedFile): string {
    return `${this.origin()}/attachments/${file.id}/${encodeURIComponent(file.filename)}`;
  }

  /** The attachment object Discord would put in a message for this file. */
  attachmentOf(file: HostedFile, extra: Partial<APIAttachment> = {}): APIAttachment {
    const url = this.urlOf(file);
    return {
      id: file.id,
      filename: file.filename,
      size: file.bytes.length,
      url,
      proxy_url: url,
      content_type: file.contentType,
      ...extra,
    };
  }

  /** Answers a request under /attachments/; returns false when the path is not ours. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const match = /^\/attachments\/(\d+)\//.exec(pathname);
    if (!match) return false;
    const file = this.files.get(match[1] ?? '');
    const expired = file?.expiresAt !== undefined && this.clock.now() > file.expiresAt;
    const status = file && !expired ? 200 : 404;
    this.downloads.push({ id: match[1] ?? '', at: this.clock.now(), status });
    if (!file || expired) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return true;
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length });
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
    return true;
  }
}

function extensionFor(contentType: string): string {
  const known: Record<string, string> = {
    'audio/ogg': '.ogg',
    'image/png': '.png',
    'text/plain': '.txt',
    'application/json': '.json',
    'audio/mpeg': '.mp3',
  };
  return known[contentType.split(';')[0]?.trim() ?? ''] ?? '.bin';
}
