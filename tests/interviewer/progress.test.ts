import { openStore } from '../../src/store/open-store.ts';
import { describePostgres, useTestSchema } from '../support/pg-test-database.ts';
import { sqliteStore } from './learning-harness.ts';
import { describeProgressUseCases } from './progress-contract.ts';

describeProgressUseCases('SQLite', sqliteStore);

describePostgres('PostgreSQL', () => {
  const schema = useTestSchema();
  describeProgressUseCases('PostgreSQL', async () => {
    const store = await openStore(schema.url, '.');
    await schema.emptyTables();
    return store;
  });
});
