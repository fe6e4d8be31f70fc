import { createHandlerContext } from '../../../src/adapters/discord/interactions/handler-context.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import { createInteractionsServer } from '../../../src/adapters/discord/http/interactions-server.ts';
import { publicKeyFromHex } from '../../../src/adapters/discord/http/signature.ts';
import { createWebhookClient } from '../../../src/adapters/discord/http/webhooks.ts';
import { createAppMetrics } from '../../../src/adapters/metrics/app-metrics.ts';
import { listenOn, type ListeningServer } from '../../../src/adapters/metrics/probe-server.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { createInterviewer } from '../../../src/interviewer/interviewer.ts';
import type { Store } from '../../../src/store/store.ts';
import { e2eBank } from '../../discord/support/e2e-bank.ts';

/** The interactions endpoint on a loopback port over `store`, with no Discord behind it (webhooks go nowhere). */
export async function startBareEndpoint(
  store: Store,
  publicKeyHex: string,
  isHealthy: () => Promise<boolean> = async () => true,
): Promise<ListeningServer> {
  const interviewer = createInterviewer({
    bank: e2eBank,
    store,
    clock: () => new Date(),
    random: seededRandom(1),
    newId: () => 'x',
  });
  const endpoint = createInteractionsServer({
    publicKey: publicKeyFromHex(publicKeyHex),
    ctx: createHandlerContext({ interviewer, store, logger: createMemoryLogger() }),
    webhooks: createWebhookClient({ apiBase: 'http://127.0.0.1:9/api' }),
    metrics: createAppMetrics(),
    isHealthy,
  });
  return listenOn(endpoint.server, 0, '127.0.0.1');
}
