import type { UseCaseContext } from '../../../interviewer/context.ts';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { createKeyedLock } from '../../../interviewer/keyed-lock.ts';
import type { VoiceServices } from '../voice/voice-services.ts';

/** What the interaction handlers work with: the use cases' context, and voice when the bot has it. */
export type HandlerContext = UseCaseContext & {
  /** Voice answers and spoken questions (src/adapters/discord/voice); without it questions are text only. */
  voice?: VoiceServices;
};

/** The context for one process's handlers (gateway or HTTP), with its own session lock. */
export function createHandlerContext(
  deps: Omit<HandlerContext, 'sessionLock' | 'clock'> & { clock?: (() => Date) | undefined },
): HandlerContext {
  const { clock, ...rest } = deps;
  return { ...rest, clock: clock ?? (() => new Date()), sessionLock: createKeyedLock() };
}
