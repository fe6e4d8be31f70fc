import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction on one pooled connection: COMMIT when it resolves (whatever it returns),
 * ROLLBACK when it throws.
 */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // The pool listens only to idle connections: one that breaks while checked out (a server restart
  // between two statements) would otherwise crash the process with an unhandled 'error' event. The
  // statement in progress fails on its own; the connection is then destroyed, not reused.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection whose ROLLBACK fails is in an unknown state: the pool destroys it instead of reusing it.
    broken ??= await client.query('ROLLBACK').then(
      () => undefined,
      (failure: unknown) => (failure instanceof Error ? failure : new Error(String(failure))),
    );
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
