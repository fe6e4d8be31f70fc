import { Events, type Client } from 'discord.js';
import type { HandlerContext } from '../interactions/handler-context.ts';
import { describeError } from '../logger.ts';
import { handleVoiceMessage } from './handle-voice-message.ts';
import { toVoiceInput } from './voice-input.ts';
import { createRestOutbox, describeRestError } from './voice-outbox.ts';
import type { VoiceServices } from './voice-services.ts';

export interface VoiceListener {
  /** Stops transcriptions in progress (their users are told to send again) and waits briefly for them. */
  stop(): Promise<void>;
}

/**
 * Voice answers on the gateway: every MESSAGE_CREATE the bot sees goes through handleVoiceMessage, each
 * in its own task, so a long transcription never delays another message or any interaction.
 */
export function listenForVoiceAnswers(client: Client, ctx: HandlerContext, voice: VoiceServices): VoiceListener {
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  const busy = new Set<string>();
  const outbox = createRestOutbox(client.rest, ctx.store, (what, error) =>
    ctx.logger.info('voice answer: message not delivered', { what, ...describeRestError(error) }),
  );
  client.on(Events.MessageCreate, (message) => {
    if (stopping.signal.aborted) return;
    const input = toVoiceInput(message, client.user?.id);
    if (input === null) return;
    const task = handleVoiceMessage({ ctx, voice, outbox, busy }, input, stopping.signal)
      .then((outcome) => ctx.logger.debug('voice message handled', { outcome, dm: input.guildId === null }))
      .catch((error: unknown) => ctx.logger.error('voice message failed', describeError(error)));
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  return {
    async stop() {
      stopping.abort();
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 5000).unref())]);
    },
  };
}
