import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of a zod (mini) schema the fake uses. */
export interface SpecSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: SchemaIssue[] } };
}

export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  /** For unrecognized_keys: the keys Discord's spec does not know. */
  keys?: string[];
}

type SpecModule = Record<string, SpecSchema | undefined>;

let loading: Promise<SpecModule> | undefined;

/**
 * Loads discord-api-spec's zod schemas with strict objects, so unknown keys (typos, fields Discord
 * dropped) are reported. The package builds its schemas at import time with `z.object`, so calling its
 * `setStrictObject(true)` afterwards has no effect: instead we load a copy whose default is strict.
 */
export function loadSpecSchemas(): Promise<SpecModule> {
  loading ??= importStrictCopy();
  return loading;
}

async function importStrictCopy(): Promise<SpecModule> {
  const modules = findNodeModules();
  const source = readFileSync(join(modules, 'discord-api-spec/build/discord-api-spec.zod.js'), 'utf8');
  const zodMini = pathToFileURL(join(modules, 'zod/mini/index.js')).href;
  const strict = source
    .replace('let zObject = z.object;', 'let zObject = z.strictObject;')
    .replace(/from\s+["']zod\/mini["']/, `from ${JSON.stringify(zodMini)}`);
  const version = JSON.parse(readFileSync(join(modules, 'discord-api-spec/package.json'), 'utf8')).version as string;
  const dir = join(tmpdir(), 'fake-discord-spec');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `strict-${version}.mjs`);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== strict) {
    // Parallel test workers may race here: write privately, then rename atomically.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, strict);
    renameSync(temp, file);
  }
  return (await import(pathToFileURL(file).href)) as SpecModule;
}

function findNodeModules(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules');
    if (existsSync(join(candidate, 'discord-api-spec/package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('fake-discord: node_modules/discord-api-spec not found');
    dir = parent;
  }
}

/** Which spec schema describes the body of each route the fake serves (by Discord's path template). */
const BODY_SCHEMAS: Record<string, (body: Record<string, unknown>) => string | undefined> = {
  'POST /channels/{channel_id}/messages': () => 'MessageCreateRequestSchema',
  'PATCH /channels/{channel_id}/messages/{message_id}': () => 'MessageEditRequestPartialSchema',
  'POST /channels/{channel_id}/threads': () => 'CreateTextThreadWithoutMessageRequestSchema',
  'POST /channels/{channel_id}/messages/{message_id}/threads': () => 'CreateTextThreadWithMessageRequestSchema',
  'POST /users/@me/channels': () => 'CreatePrivateChannelRequestSchema',
  'POST /webhooks/{webhook_id}/{webhook_token}': () => 'IncomingWebhookRequestPartialSchema',
  'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original': () => 'IncomingWebhookUpdateRequestPartialSchema',
  'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}': () =>
    'IncomingWebhookUpdateRequestPartialSchema',
  'POST /interactions/{interaction_id}/{interaction_token}/callback': (body) => CALLBACK_SCHEMAS[Number(body.type)],
};

const CALLBACK_SCHEMAS: Record<number, string> = {
  4: 'CreateMessageInteractionCallbackRequestSchema',
  5: 'CreateMessageInteractionCallbackRequestSchema',
  6: 'UpdateMessageInteractionCallbackRequestSchema',
  7: 'UpdateMessageInteractionCallbackRequestSchema',
  8: 'ApplicationCommandAutocompleteCallbackRequestSchema',
  9: 'ModalInteractionCallbackRequestSchema',
};

const LIST_SCHEMAS: Record<string, string> = {
  'PUT /applications/{application_id}/commands': 'ApplicationCommandUpdateRequestSchema',
  'PUT /applications/{application_id}/guilds/{guild_id}/commands': 'ApplicationCommandUpdateRequestSchema',
};

/** Validates a request body against Discord's published schema for the route; [] when valid or unknown. */
export async function checkAgainstSpec(routeKey: string, body: unknown): Promise<SchemaIssue[]> {
  const spec = await loadSpecSchemas();
  const listSchema = LIST_SCHEMAS[routeKey];
  if (listSchema && Array.isArray(body)) {
    return body.flatMap((item, i) =>
      issuesOf(spec[listSchema], item, routeKey).map((issue) => ({ ...issue, path: [i, ...issue.path] })),
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const name = BODY_SCHEMAS[routeKey]?.(body as Record<string, unknown>);
  return name ? issuesOf(spec[name], body, routeKey) : [];
}

/**
 * Keys discord.js 14.28 sends where the spec has none (it builds interaction replies with the
 * message-create payload; startThread sends the thread type). Discord ignores them: not violations.
 */
const TOLERATED_EVERYWHERE = ['enforce_nonce', 'nonce', 'tts'];
const TOLERATED_BY_ROUTE: Record<string, string[]> = {
  'POST /channels/{channel_id}/messages/{message_id}/threads': ['type'],
};

function issuesOf(schema: SpecSchema | undefined, value: unknown, routeKey: string): SchemaIssue[] {
  if (!schema) return [];
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap(({ code, path, message, keys }) => {
    if (code !== 'unrecognized_keys' || !keys) return [{ code, path, message }];
    const tolerated = [...TOLERATED_EVERYWHERE, ...(TOLERATED_BY_ROUTE[routeKey] ?? [])];
    const unknown = keys.filter((k) => !tolerated.includes(k));
    return unknown.length ? [{ code, path, message: `Unrecognized key(s): ${unknown.join(', ')}`, keys: unknown }] : [];
  });
}
