import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../../src/adapters/metrics/probe-server.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startBareEndpoint } from './support/bare-endpoint.ts';
import { makeSigner, signedHeaders } from './support/signing.ts';

const signer = makeSigner();
const file = join(mkdtempSync(join(tmpdir(), 'mi-replay-')), 'shared.db');
const replicas: { store: Store; listening: ListeningServer }[] = [];

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const store = openSqliteStore(file);
    replicas.push({ store, listening: await startBareEndpoint(store, signer.publicKeyHex) });
  }
});
afterAll(async () => {
  for (const { store, listening } of replicas) {
    await listening.close();
    await store.close();
  }
});

function sessionsOf(userId: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?').get(userId)!.n;
  } finally {
    db.close();
  }
}

function interview(id: string): string {
  return JSON.stringify({
    id,
    application_id: '2',
    type: 2,
    token: 'tok',
    user: { id: '77', username: 'ada' },
    data: { name: 'mock-interview', options: [{ name: 'topic', type: 3, value: 'sql' }] },
  });
}

async function post(replica: number, body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${replicas[replica]!.listening.port}/interactions`, {
    method: 'POST',
    body,
    headers,
  });
  await response.arrayBuffer();
  return response.status;
}

describe('a replayed signed interaction', () => {
  it('starts one session, whichever replica the replay reaches', async () => {
    const body = interview('1500000000000000001');
    const headers = signedHeaders(signer, body);
    expect(await post(0, body, headers)).toBe(200);
    const session = await replicas[0]!.store.findActiveSession('77');
    expect(await post(0, body, headers)).toBe(409);
    expect(await post(1, body, headers)).toBe(409);
    expect((await replicas[1]!.store.findActiveSession('77'))?.id).toBe(session?.id);
    expect(sessionsOf('77')).toBe(1);
  });

  it('still answers a new interaction from the same user', async () => {
    const body = interview('1500000000000000002');
    expect(await post(1, body, signedHeaders(signer, body))).toBe(200);
  });
});
