import { randomUUID } from 'node:crypto';
import type { BankDeps } from '../../../interviewer/banks/index.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';

/** The server-bank use cases' dependencies, from the handlers' context. */
export function bankDepsOf(ctx: HandlerContext): BankDeps {
  return { builtIn: ctx.interviewer.bank, store: ctx.store, clock: ctx.clock, newId: ctx.groups?.newId ?? randomUUID };
}
