import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { setTimeout as sleep } from 'node:timers/promises';

/** A message body as Discord's REST API takes it (snake_case, as opposed to discord.js options). */
export interface ApiMessageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** The interaction webhook: what follows the first response (no bot token needed, the interaction token is the key). */
export interface InteractionWebhooks {
  editOriginal(applicationId: string, token: string, body: ApiMessageBody): Promise<void>;
  followUp(applicationId: string, token: string, body: ApiMessageBody): Promise<void>;
}

export interface WebhookClientOptions {
  /** DISCORD_API_BASE, e.g. https://discord.com/api (the version is added here). */
  apiBase: string;
  /** Attempts per request (429 and 5xx are retried, and 404 10015 while Discord files the first response). */
  attempts?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Discord's error for an interaction it does not know (yet): the HTTP response may still be in flight. */
const UNKNOWN_WEBHOOK = 10015;

export class WebhookError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}

/** Interaction webhooks over fetch, with bounded retries; errors never carry the token. */
export function createWebhookClient(options: WebhookClientOptions): InteractionWebhooks {
  const base = `${options.apiBase.replace(/\/+$/, '')}/v10`;
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 5;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function send(method: 'PATCH' | 'POST', path: string, body: ApiMessageBody, what: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const response = await doFetch(`${base}${path}`, {
        method,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const error = await readError(response);
      const wait = retryDelay(response, error.code, attempt);
      if (wait === null || attempt >= attempts)
        throw new WebhookError(
          response.status,
          error.code,
          `${what} failed: ${response.status} ${error.code ?? ''} ${error.message}`.trim(),
        );
      await sleep(wait);
    }
  }

  return {
    editOriginal: (app, token, body) =>
      send('PATCH', `/webhooks/${app}/${token}/messages/@original`, body, 'editing @original'),
    followUp: (app, token, body) => send('POST', `/webhooks/${app}/${token}?wait=true`, body, 'a follow-up'),
  };
}

async function readError(response: Response): Promise<{ code: number | undefined; message: string }> {
  const body = (await response.json().catch(() => ({}))) as {
    code?: unknown;
    message?: unknown;
    retry_after?: unknown;
  };
  return {
    code: typeof body.code === 'number' ? body.code : undefined,
    message: typeof body.message === 'string' ? body.message : '',
  };
}

/** Milliseconds to wait before trying again, or null when trying again cannot help. */
function retryDelay(response: Response, code: number | undefined, attempt: number): number | null {
  if (response.status === 429) return Math.min(5000, (Number(response.headers.get('retry-after')) || 1) * 1000);
  if (response.status >= 500) return 100 * 2 ** attempt;
  if (response.status === 404 && code === UNKNOWN_WEBHOOK) return 50 * attempt;
  return null;
}
