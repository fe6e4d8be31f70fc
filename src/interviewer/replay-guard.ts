import type { Logger } from './logger.ts';
import type { Store } from '../store/store.ts';

/**
 * Whether this is the first delivery of the interaction `id`: a signed request sent again (to this replica
 * or another) within the signature's 5 minutes must not start a second session. When the store cannot
 * say, the interaction goes ahead: its handler meets the same store and apologises if it is down.
 */
export async function isFirstDelivery(
  store: Pick<Store, 'claimInteraction'>,
  id: string,
  nowMs: number,
  logger: Logger,
): Promise<boolean> {
  try {
    return await store.claimInteraction(id, new Date(nowMs).toISOString());
  } catch (error) {
    logger.warn('could not check the interaction for a replay', { error: (error as Error).name });
    return true;
  }
}
