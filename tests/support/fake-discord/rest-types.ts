import type { IncomingHttpHeaders } from 'node:http';
import type { ViolationKind } from './errors.ts';

/** A file uploaded in a multipart request (`files[n]`). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface RouteContext {
  method: string;
  /** Decoded path below /api/v10, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  /** `METHOD /template`, with Discord's spec placeholders, e.g. `POST /channels/{channel_id}/messages`. */
  routeKey: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
  headers: IncomingHttpHeaders;
  /** Fake-clock time and performance.now() when the request arrived (before the body was read). */
  receivedAt: number;
  receivedPerf: number;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Discord's path template, e.g. `/channels/{channel_id}/messages`. */
  template: string;
  /** 'bot' routes require `Authorization: Bot <token>`; interaction callbacks and webhooks need none. */
  auth: 'bot' | 'none';
  /** Interaction callbacks are exempt from the global rate limit. */
  globalLimitExempt?: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

/** One REST request as the fake saw it. */
export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  /** `METHOD /template`, or `METHOD <unknown>` for routes the fake does not serve. */
  routeKey: string;
  query: string;
  body: unknown;
  fileCount: number;
  status: number;
  /** Discord error code when the answer was an error body. */
  code?: number;
  /** True when the answer was injected with `failNext`. */
  injected: boolean;
}

/** Something Discord would have refused or flagged. Tests usually assert this list is empty. */
export interface Violation {
  at: number;
  kind: ViolationKind | 'rate-limit';
  method: string;
  path: string;
  routeKey: string;
  status: number;
  code?: number;
  message: string;
  /** Discord's field errors, or the spec schema's issues. */
  details?: unknown;
  body: unknown;
}
