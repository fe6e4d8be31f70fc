import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { describeStoreContract } from './contract.ts';

describePostgres('PostgreSQL store', () => {
  const schema = useTestSchema();
  // One schema for the run, emptied before each test: migrating a fresh schema per test would be slower.
  describeStoreContract('PostgreSQL', async () => {
    const store = await openStore(schema.url, '.');
    await schema.truncate();
    return store;
  });
});
