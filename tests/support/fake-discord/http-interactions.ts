import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { InteractionType, type APIInteraction, type APIPingInteraction } from 'discord-api-types/v10';
import type { FakeCore } from './core.ts';
import { DiscordHttpError } from './errors.ts';
import { isRecord } from './form-errors.ts';
import type { InteractionRecord } from './interaction-record.ts';
import { DEFAULTS } from './options.ts';
import { acknowledge } from './routes/interaction-callback.ts';

/**
 * The HTTP-interactions transport: Discord POSTs each interaction to the bot's URL, signed with
 * Ed25519 over `timestamp + body`, and takes the HTTP response body as the interaction response.
 */
export class HttpInteractions {
  url: string | undefined;
  /** The application's public key, hex, as the developer portal shows it. */
  readonly publicKeyHex: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    this.privateKey = privateKey;
  }

  /** POSTs a payload as Discord does; `forgeSignature` signs different bytes, as Discord's checks do. */
  post(url: string, payload: unknown, nowMs: number, timeoutMs: number, forgeSignature = false): Promise<Response> {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(nowMs / 1000));
    const signed = forgeSignature ? `${timestamp}${body} ` : `${timestamp}${body}`;
    return fetch(url, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
        'x-signature-ed25519': sign(null, Buffer.from(signed), this.privateKey).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
    });
  }
}

/**
 * What Discord does when you save an interactions endpoint URL: a signed PING must get `{"type":1}`,
 * and a request with a bad signature must get 401. Returns the problems found (empty when fine).
 */
export async function verifyEndpoint(core: FakeCore, url: string): Promise<string[]> {
  const ping = {
    id: core.ids.next(),
    application_id: core.applicationId,
    type: InteractionType.Ping,
    token: 'ping',
    version: 1,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 0,
  } satisfies APIPingInteraction;
  const problems: string[] = [];
  try {
    const good = await core.http.post(url, ping, core.clock.now(), 3000);
    const body: unknown = await good.json().catch(() => undefined);
    if (good.status !== 200 || !isRecord(body) || body.type !== 1)
      problems.push(`PING answered ${good.status} ${JSON.stringify(body)}, expected 200 {"type":1}`);
    const forged = await core.http.post(url, ping, core.clock.now(), 3000, true);
    if (forged.status !== 401) problems.push(`a bad signature was answered ${forged.status}, expected 401`);
  } catch (error) {
    problems.push(`endpoint unreachable: ${String(error)}`);
  }
  return problems;
}

/** Sends an interaction to the endpoint and applies the HTTP response as its callback. */
export async function deliverOverHttp(core: FakeCore, record: InteractionRecord, url: string): Promise<void> {
  const deadline = core.options.ackDeadlineMs ?? DEFAULTS.ackDeadlineMs;
  const fail = (status: number, message: string) => {
    core.violations.push({
      at: core.clock.now(),
      kind: 'rule',
      method: 'POST',
      path: url,
      routeKey: 'HTTP interaction',
      status,
      message,
      body: record.payload,
    });
  };
  try {
    const response = await core.http.post(url, record.payload as APIInteraction, record.dispatchedAt, deadline + 1000);
    const receivedAt = core.clock.now();
    const receivedPerf = performance.now();
    if (response.status === 202 || response.status === 204) return; // the bot answers via the REST callback instead
    if (!response.ok) return fail(response.status, `interactions endpoint answered ${response.status}`);
    const { body, files } = await readReply(response);
    acknowledge(core.routeDeps, record, {
      body,
      files,
      routeKey: 'HTTP interaction response',
      query: new URLSearchParams(),
      receivedAt,
      receivedPerf,
    });
  } catch (error) {
    if (error instanceof DiscordHttpError) fail(error.status, `${error.body.code} ${error.body.message}`);
    else fail(0, `interactions endpoint failed: ${String(error)}`);
  } finally {
    core.notifier.notify();
  }
}

async function readReply(response: Response) {
  if (!(response.headers.get('content-type') ?? '').startsWith('multipart/form-data'))
    return { body: (await response.json()) as unknown, files: [] };
  const form = await response.formData();
  const files = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') body = field === 'payload_json' ? JSON.parse(value) : body;
    else
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        bytes: Buffer.from(await value.arrayBuffer()),
      });
  }
  return { body, files };
}
