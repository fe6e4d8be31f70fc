import { err, ok, type Result } from '../../../core/result.ts';

export type DownloadError = 'too_large' | 'download_failed';

/**
 * The attachment's bytes, fetched at once (Discord's attachment links expire), never more than
 * `maxBytes`: a larger body is cut off and refused as too_large rather than read into memory.
 */
export async function downloadAttachment(
  url: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Result<Buffer, DownloadError>> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(30_000)]) : AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return err('download_failed', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    return err('download_failed', `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    return err('too_large', `${declared} bytes`);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body) {
      received += chunk.length;
      if (received > maxBytes) return err('too_large', `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    return err('download_failed', error instanceof Error ? error.message : String(error));
  }
  return ok(Buffer.concat(chunks));
}
