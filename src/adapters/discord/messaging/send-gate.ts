import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultRestOptions } from 'discord.js';

/** A request given up before the REST client sent it: Discord never saw it. */
export class RequestNotSent extends Error {
  override name = 'RequestNotSent';
  constructor() {
    super('given up before it was sent (the bot is stopping)');
  }
}

interface Gate {
  stop: AbortSignal;
  sent: boolean;
}

const gates = new AsyncLocalStorage<Gate>();

/**
 * Runs `request` (one REST call) so that once `stop` aborts, it is given up if the REST client has not sent
 * it yet: the promise rejects with RequestNotSent at once, and the client drops the request when its turn
 * in the rate-limit queue comes (`gatedMakeRequest`). A request already sent is left to finish, so its
 * outcome is known: aborting it could leave a message posted that the caller believes lost.
 */
export function sendUnlessStopped<T>(stop: AbortSignal | undefined, request: () => Promise<T>): Promise<T> {
  if (stop === undefined) return request();
  if (stop.aborted) return Promise.reject(new RequestNotSent());
  const gate: Gate = { stop, sent: false };
  const sending = gates.run(gate, request);
  return new Promise<T>((resolve, reject) => {
    const onStop = () => {
      if (!gate.sent) reject(new RequestNotSent());
    };
    stop.addEventListener('abort', onStop, { once: true });
    const settle = () => stop.removeEventListener('abort', onStop);
    sending.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}

/**
 * The REST client's last step before the network: a request whose gate has stopped is dropped (the error
 * is not one the client retries); one that goes out marks its gate sent, so a retry of it goes on too,
 * unless Discord answered 429: a rate-limited request was not carried out, so its retry is a first send
 * (and after a stop, none).
 */
export const gatedMakeRequest: typeof DefaultRestOptions.makeRequest = async (url, init) => {
  const gate = gates.getStore();
  if (gate === undefined) return DefaultRestOptions.makeRequest(url, init);
  if (gate.stop.aborted && !gate.sent) throw new RequestNotSent();
  gate.sent = true;
  const response = await DefaultRestOptions.makeRequest(url, init);
  if (response.status === 429) {
    gate.sent = false;
    // Stopped while it was on its way: not worth waiting out the 429 only to drop it then.
    if (gate.stop.aborted) {
      await response.arrayBuffer().catch(() => undefined);
      throw new RequestNotSent();
    }
  }
  return response;
};
