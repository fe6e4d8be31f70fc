import { setTimeout as sleep } from 'node:timers/promises';
import type { Acknowledger } from './respond.ts';

/** Discord keeps an interaction's token for 15 minutes; retries stop a minute before that. */
const TOKEN_BUDGET_MS = 14 * 60_000;

export interface RetryAfterAckOptions {
  /** How long after this call edits and follow-ups may still be tried. */
  budgetMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

/**
 * The acknowledger, with edits and follow-ups tried again (with growing waits) while Discord answers 5xx,
 * after the transport's own quick retries have given up. The user already saw "thinking…", so the answer
 * is worth waiting for. An edit replaces the same message, so trying it again cannot show it twice; a
 * follow-up creates a message, so it is tried again only when Discord answered with a 5xx (it refused it),
 * never after a lost connection or a timeout, when it may have been posted.
 */
export function retryAfterAcknowledgement(ack: Acknowledger, options: RetryAfterAckOptions = {}): Acknowledger {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? TOKEN_BUDGET_MS);
  const wait = options.wait ?? ((ms: number) => sleep(ms, undefined, { ref: false }));
  const firstDelay = options.firstDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 15_000;

  async function withRetries(send: () => Promise<void>, idempotent: boolean): Promise<void> {
    for (let delay = firstDelay; ; delay = Math.min(maxDelay, delay * 2)) {
      try {
        return await send();
      } catch (error) {
        if (!worthRetrying(error, idempotent) || now() + delay > deadline) throw error;
        await wait(delay);
      }
    }
  }

  return {
    hasMessage: ack.hasMessage,
    reply: (...args) => ack.reply(...args),
    update: (...args) => ack.update(...args),
    showModal: (...args) => ack.showModal(...args),
    choices: (...args) => ack.choices(...args),
    deferReply: (...args) => ack.deferReply(...args),
    deferUpdate: (...args) => ack.deferUpdate(...args),
    editOriginal: (...args) => withRetries(() => ack.editOriginal(...args), true),
    followUp: (...args) => withRetries(() => ack.followUp(...args), false),
  };
}

/** A 5xx from Discord; for an edit also a lost connection or a timeout (never our own abort at stop). */
function worthRetrying(error: unknown, idempotent: boolean): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, name } = error as { status?: unknown; name?: unknown };
  if (typeof status === 'number') return status >= 500;
  if (name === 'AbortError') return false;
  return idempotent && (name === 'TimeoutError' || error instanceof TypeError);
}
