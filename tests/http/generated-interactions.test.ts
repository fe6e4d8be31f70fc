import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/commands.ts';
import { createHandlerContext } from '../../src/adapters/discord/interactions/handler-context.ts';
import { createMemoryLogger } from '../../src/adapters/discord/logger.ts';
import { createInteractionsServer } from '../../src/adapters/discord/http/interactions-server.ts';
import { publicKeyFromHex } from '../../src/adapters/discord/http/signature.ts';
import { createWebhookClient } from '../../src/adapters/discord/http/webhooks.ts';
import { createAppMetrics } from '../../src/adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../../src/adapters/metrics/probe-server.ts';
import { seededRandom } from '../../src/core/random.ts';
import { cachedGrader } from '../../src/interviewer/cached-grader.ts';
import { createInterviewer } from '../../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { e2eBank } from '../discord/support/e2e-bank.ts';
import { makeSigner, signedHeaders } from './support/signing.ts';
import { startWebhookRecorder } from './support/webhook-recorder.ts';

/*
 * Generated interactions, validly signed, through the whole HTTP path: the endpoint, the handlers, the
 * interview use cases and a real SQLite file, with a recording stand-in for Discord's webhooks. Whatever
 * the shape, the endpoint must not crash or answer 5xx (no fault is injected here), must answer each
 * interaction id at most once, and must never allow a mention (no practice role is configured).
 */
const RUNS = 400;
const signer = makeSigner();
let store: Store;
let listening: ListeningServer;
let recorder: Awaited<ReturnType<typeof startWebhookRecorder>>;
const logger = createMemoryLogger();
/** Custom ids the bot itself sent (its buttons), so generated clicks and answers reach real sessions. */
const seenCustomIds: string[] = ['mi:answer:none:0'];
const answeredIds = new Map<string, number>();
let cases = 0;
const statuses = new Map<string, number>();

beforeAll(async () => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'mi-generated-')), 'bot.db'));
  recorder = await startWebhookRecorder();
  let n = 0;
  const interviewer = createInterviewer({
    bank: e2eBank,
    store,
    clock: () => new Date(),
    random: seededRandom(3),
    newId: () => `g${++n}`,
    grader: cachedGrader(e2eBank),
  });
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(signer.publicKeyHex),
    ctx: createHandlerContext({ interviewer, store, logger }),
    webhooks: createWebhookClient({ apiBase: recorder.apiBase }),
    metrics: createAppMetrics(),
    isHealthy: async () => true,
    deferAfterMs: 50,
  });
  listening = await listenOn(endpoint.server, 0, '127.0.0.1');
});
afterAll(async () => {
  const tally = [...statuses]
    .sort()
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(
    `generated interactions sent through the HTTP path: ${cases} (${RUNS} runs; HTTP answers ${tally}; webhook calls ${recorder.calls.length})`,
  );
  await listening?.close();
  await recorder?.close();
  await store?.close();
});

const commandNames = commandDefinitions.map((c) => c.name);
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('@everyone', '<@123>', '<@&456>', '\u202Egnp.exe', '\uD800', 'sql', 'git', ' '),
  fc.string({ minLength: 3_990, maxLength: 9_000 }),
);
const option = fc.letrec((tie) => ({
  option: fc.record({
    name: fc.oneof(
      fc.constantFrom('topic', 'questions', 'difficulty', 'voice', 'period', 'show', 'user'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    type: fc.integer({ min: 1, max: 11 }),
    value: fc.option(fc.oneof(text, fc.integer({ min: -5, max: 100 }), fc.boolean(), fc.double()), { nil: undefined }),
    focused: fc.option(fc.boolean(), { nil: undefined }),
    options: fc.option(fc.array(tie('option'), { maxLength: 3 }), { nil: undefined, depthSize: 'small' }),
  }),
})).option;
const user = fc.record({ id: fc.constantFrom('1001', '1002', '1003'), username: fc.constantFrom('ada', 'bo', 'cy') });
const customId = fc.oneof(
  fc.nat().map((i) => seenCustomIds[i % seenCustomIds.length]!),
  fc.string({ maxLength: 100 }),
  fc
    .tuple(
      fc.constantFrom('answer', 'hint', 'skip', 'end', 'next', 'retry', 'model', 'submit'),
      fc.stringMatching(/^[a-z0-9]{1,8}$/),
      fc.nat(12),
    )
    .map(([a, s, i]) => `mi:${a}:${s}:${i}${a === 'submit' ? ':0' : ''}`),
);
const modalFromPool = fc
  .nat()
  .map((i) => seenCustomIds[i % seenCustomIds.length]!.replace(/^mi:answer:([^:]+):(\d+)$/, 'mi:submit:$1:$2:0'));
const commandData = fc.record({
  name: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...commandNames) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  ),
  options: fc.option(fc.array(option, { maxLength: 4 }), { nil: undefined }),
});
const buttonData = fc.record({
  custom_id: customId,
  component_type: fc.oneof(
    { weight: 5, arbitrary: fc.constant(2) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) },
  ),
});
const modalData = fc.record({
  custom_id: fc.oneof(customId, modalFromPool),
  components: fc.array(
    fc.record({
      type: fc.constant(1),
      components: fc.array(
        fc.record({ type: fc.constant(4), custom_id: fc.constantFrom('answer', 'other'), value: text }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
});
const people = {
  user: fc.option(user, { nil: undefined, freq: 4 }),
  member: fc.option(
    fc.record({ user, nick: fc.option(text, { nil: null }), permissions: fc.constantFrom('0', '32', '8') }),
    { nil: undefined },
  ),
  guild_id: fc.option(fc.constant('900'), { nil: undefined }),
  replay: fc.boolean(),
};
const interaction = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant(2), data: commandData, ...people }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant(4), data: commandData, ...people }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant(3), data: buttonData, ...people }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant(5), data: modalData, ...people }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.integer({ min: -3, max: 40 }), data: fc.anything({ maxDepth: 3 }), ...people }),
  },
);

async function send(body: string): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const response = await fetch(`http://127.0.0.1:${listening.port}/interactions`, {
    method: 'POST',
    body,
    headers: signedHeaders(signer, body),
  });
  const raw = await response.text();
  try {
    return { status: response.status, json: JSON.parse(raw) as Record<string, unknown> };
  } catch {
    return { status: response.status, json: null };
  }
}

function mentionsAllowed(body: Record<string, unknown> | undefined): boolean {
  const allowed = body?.allowed_mentions as
    { parse?: unknown[]; users?: unknown[]; roles?: unknown[]; replied_user?: boolean } | undefined;
  if (allowed === undefined) return JSON.stringify(body ?? {}).includes('"content"') || body?.embeds !== undefined;
  return (
    (allowed.parse?.length ?? 0) > 0 ||
    (allowed.users?.length ?? 0) > 0 ||
    (allowed.roles?.length ?? 0) > 0 ||
    allowed.replied_user === true
  );
}

function rememberCustomIds(value: unknown): void {
  const found = JSON.stringify(value ?? null).match(/"custom_id":"(mi:[^"]+)"/g) ?? [];
  for (const match of found) seenCustomIds.push(match.slice('"custom_id":"'.length, -1));
}

let nextId = 1_600_000_000_000_000_000n;

describe('generated interactions through the HTTP endpoint', () => {
  it('never crash, never answer 5xx, answer each id at most once and allow no mention', async () => {
    await fc.assert(
      fc.asyncProperty(interaction, async ({ replay, ...shape }) => {
        cases += 1;
        const id = String(nextId++);
        const body = JSON.stringify({ id, application_id: '2', token: `tok${id}`, version: 1, ...shape });
        const first = await send(body);
        const label = `${first.status}${first.status === 200 ? ` type ${String(first.json?.type)}` : ''}`;
        statuses.set(label, (statuses.get(label) ?? 0) + 1);
        expect(first.status).toBeLessThan(500);
        // A PING is answered PONG however often it comes; it starts nothing.
        const counts = first.json?.type !== 1;
        if (first.status === 200 && counts) answeredIds.set(id, (answeredIds.get(id) ?? 0) + 1);
        rememberCustomIds(first.json);
        const data = (first.json?.data ?? undefined) as Record<string, unknown> | undefined;
        if (first.status === 200 && (first.json?.type === 4 || first.json?.type === 7) && data !== undefined)
          expect(mentionsAllowed(data)).toBe(false);
        if (replay) {
          const again = await send(body);
          expect(again.status).toBeLessThan(500);
          if (again.status === 200 && counts) answeredIds.set(id, (answeredIds.get(id) ?? 0) + 1);
        }
      }),
      { numRuns: RUNS, seed: 20261204 },
    );

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([...answeredIds.values()].filter((count) => count > 1)).toEqual([]);
    const edits = new Map<string, number>();
    for (const call of recorder.calls) {
      expect(mentionsAllowed(call.body)).toBe(false);
      if (call.method === 'PATCH' && call.path.endsWith('/messages/@original'))
        edits.set(call.path, (edits.get(call.path) ?? 0) + 1);
      rememberCustomIds(call.body);
    }
    expect([...edits.values()].filter((count) => count > 1)).toEqual([]);
    expect(logger.lines.filter((line) => /interactions endpoint failed/.test(line))).toEqual([]);
  }, 300_000);
});
