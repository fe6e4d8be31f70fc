import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { describeStoreContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite in memory', () => openStore(':memory:', dir));
describeStoreContract('SQLite file', () => openStore(`sqlite:${join(dir, `db-${++files}.db`)}`, dir));
