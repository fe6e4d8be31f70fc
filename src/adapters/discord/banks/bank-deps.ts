import { randomUUID } from 'node:crypto';
import type { BankDeps } from '../../../interviewer/banks/index.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';

/** The server-bank use cases' dependencies, from the handlers' context (built-in bank even when it plays a server's). */
export function bankDepsOf(ctx: HandlerContext): BankDeps {
  const { bank: builtIn, opposites } = ctx.serverBanks.builtIn;
  return { builtIn, store: ctx.store, clock: ctx.clock, newId: ctx.groups?.newId ?? randomUUID, opposites };
}
