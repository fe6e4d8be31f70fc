import { err, ok, type Result } from '../../core/result.ts';
import type { Recogniser } from '../types.ts';

export interface HttpRecogniserOptions {
  /** An OpenAI-compatible endpoint: …/v1/audio/transcriptions (whisper.cpp server, faster-whisper, LocalAI). */
  url: string;
  /** Sent as a bearer token; never logged or put in an error. */
  key?: string;
  model: string;
  log?: (line: string) => void;
}

/** Posts the Ogg Opus file as multipart form data and reads `{ "text": … }` (or plain text) back. */
export function createHttpRecogniser(options: HttpRecogniserOptions): Recogniser {
  const where = safeOrigin(options.url);
  const fail = (detail: string): Result<never, 'failed'> => {
    options.log?.(`speech: ${detail}`);
    return err('failed', detail);
  };
  return {
    name: 'http',
    async recognise(audio, _info, opts) {
      const form = new FormData();
      form.append('file', new Blob([audio], { type: 'audio/ogg' }), 'voice.ogg');
      form.append('model', options.model);
      form.append('response_format', 'json');
      if (opts.context !== undefined) form.append('prompt', opts.context.slice(0, 800));
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          body: form,
          signal: opts.signal,
          headers: options.key === undefined ? {} : { authorization: `Bearer ${options.key}` },
        });
      } catch (error) {
        const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
        const reason = opts.signal.aborted ? 'timed out' : (cause?.code ?? cause?.message ?? (error as Error).message);
        return fail(`transcription server ${where}: ${reason}`);
      }
      const body = await response.text().catch(() => '');
      if (!response.ok) return fail(`transcription server ${where} answered HTTP ${response.status}`);
      const text = readText(body, response.headers.get('content-type') ?? '');
      return text === null ? fail(`transcription server ${where} answered without a "text" field`) : ok(text);
    },
  };
}

function readText(body: string, contentType: string): string | null {
  if (!contentType.includes('json')) return body.trim();
  try {
    const parsed = JSON.parse(body) as { text?: unknown };
    return typeof parsed.text === 'string' ? parsed.text : null;
  } catch {
    return null;
  }
}

/** Scheme, host and port only: a URL may carry credentials of its own. */
function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}
