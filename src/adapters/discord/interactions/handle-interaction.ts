import type { AppMetrics } from '../../metrics/app-metrics.ts';
import { apologiseWith, DEFER_AFTER_MS, respondWith, type Acknowledger, type AckState } from './respond.ts';
import { defersPrivately, dispatch, fallbackFor } from './dispatch.ts';
import type { HandlerContext } from './handler-context.ts';
import type { InteractionInput } from './interaction-input.ts';
import { describeError } from '../logger.ts';
import { isStoreUnavailable } from '../../../store/store-unavailable.ts';
import { retryAfterAcknowledgement, type RetryAfterAckOptions } from './retry-after-ack.ts';

export interface AnswerOptions {
  deferAfterMs?: number;
  metrics?: AppMetrics | undefined;
  /** How edits and follow-ups of an acknowledged interaction are tried again while Discord answers 5xx. */
  retryAfterAck?: RetryAfterAckOptions | undefined;
}

/**
 * One interaction, start to finish, on either transport: dispatch to the handlers, acknowledge exactly
 * once, count it; never throws (a failure is logged and apologised for).
 */
export async function answerInteraction(
  ctx: HandlerContext,
  input: InteractionInput,
  ack: Acknowledger,
  options: AnswerOptions = {},
): Promise<void> {
  const { metrics } = options;
  const label = labelOf(input);
  const tracked = trackAcknowledgements(
    retryAfterAcknowledgement(ack, options.retryAfterAck),
    metrics?.firstResponse.startTimer({ type: input.kind }),
  );
  metrics?.inFlight.inc();
  try {
    const outcome = await respondWith(tracked, input.kind, dispatch(ctx, input), {
      isPrivate: defersPrivately(input),
      deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
      fallback: fallbackFor(input),
    });
    metrics?.interactions.inc({ type: input.kind, outcome });
    ctx.logger.debug('interaction handled', { interaction: label, outcome });
  } catch (error) {
    metrics?.interactions.inc({ type: input.kind, outcome: 'failed' });
    ctx.logger.error('interaction failed', { interaction: label, ...describeError(error) });
    try {
      await apologiseWith(
        tracked,
        input.kind,
        tracked.state,
        isStoreUnavailable(error) ? 'store_unavailable' : 'something_went_wrong',
      );
    } catch (again) {
      ctx.logger.warn('could not tell the user about the failure', { interaction: label, ...describeError(again) });
    }
  } finally {
    metrics?.inFlight.dec();
  }
}

/** "slash /mock-interview", "button next": what the logs name an interaction by (no ids, no user text). */
function labelOf(input: InteractionInput): string {
  return input.kind === 'slash' || input.kind === 'autocomplete'
    ? `${input.kind} /${input.command}`
    : `${input.kind} ${input.customId.split(':')[1] ?? '?'}`;
}

/** The acknowledger, remembering where the interaction stands and timing its first response. */
function trackAcknowledgements(ack: Acknowledger, firstResponded?: () => number): Acknowledger & { state: AckState } {
  const tracked = {
    state: 'none' as AckState,
    hasMessage: ack.hasMessage,
    reply: first(ack.reply.bind(ack), 'replied'),
    update: first(ack.update.bind(ack), 'replied'),
    showModal: first(ack.showModal.bind(ack), 'replied'),
    choices: first(ack.choices.bind(ack), 'replied'),
    deferReply: first(ack.deferReply.bind(ack), 'deferred'),
    deferUpdate: first(ack.deferUpdate.bind(ack), 'deferred'),
    editOriginal: async (...args: Parameters<Acknowledger['editOriginal']>) => {
      await ack.editOriginal(...args);
      tracked.state = 'replied';
    },
    followUp: (...args: Parameters<Acknowledger['followUp']>) => ack.followUp(...args),
  };
  function first<A extends unknown[]>(method: (...args: A) => Promise<void>, after: AckState) {
    return async (...args: A) => {
      await method(...args);
      if (tracked.state === 'none') firstResponded?.();
      tracked.state = after;
    };
  }
  return tracked;
}
