import { createServerBanks, type ServerBanks } from '../../../interviewer/banks/server-banks.ts';
import type { UseCaseContext } from '../../../interviewer/context.ts';
import { createKeyedLock } from '../../../interviewer/keyed-lock.ts';
import type { VoiceServices } from '../voice/voice-services.ts';

/** What the interaction handlers work with: the use cases' context, and voice when the bot has it. */
export type HandlerContext = UseCaseContext & {
  /** Voice answers and spoken questions (src/adapters/discord/voice); without it questions are text only. */
  voice?: VoiceServices;
};

/** The context for one process's handlers (gateway or HTTP), with its own session lock. */
export function createHandlerContext(
  deps: Omit<HandlerContext, 'sessionLock' | 'clock' | 'serverBanks'> & {
    clock?: (() => Date) | undefined;
    serverBanks?: ServerBanks | undefined;
  },
): HandlerContext {
  const { clock, serverBanks, ...rest } = deps;
  return {
    ...rest,
    clock: clock ?? (() => new Date()),
    sessionLock: createKeyedLock(),
    serverBanks: serverBanks ?? createServerBanks(rest.interviewer, rest.store),
  };
}
