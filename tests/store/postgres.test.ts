import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { describeStoreContract } from './contract.ts';

describePostgres('PostgreSQL store', () => {
  const schema = useTestSchema();
  // One schema for the run, emptied before each test (a fresh schema per test would rerun every migration each time).
  describeStoreContract('PostgreSQL', async () => {
    const store = await openStore(schema.url, '.');
    await schema.emptyTables();
    return store;
  });
});
