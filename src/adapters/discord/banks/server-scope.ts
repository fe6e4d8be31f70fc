import { ownBankFor } from '../../../interviewer/banks/index.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { bankDepsOf } from './bank-deps.ts';

/** Commands that start an interview or a question, by name. */
const PLAYING_COMMANDS = new Set(['mock-interview', 'question']);
/** The interview's buttons and answer boxes (see custom-ids.ts). */
const SESSION_ID = /^mi:/;

/**
 * The context to run an interview interaction in a server with: its interviewer plays that server's bank
 * (its own topics, its accepted aliases) when it has one; everything else keeps the built-in bank, with
 * no extra read.
 */
export async function scopeToServer(ctx: HandlerContext, input: InteractionInput): Promise<HandlerContext> {
  const guildId = input.actor.guildId;
  if (guildId === null || !playsQuestions(input)) return ctx;
  const bank = await ownBankFor(bankDepsOf(ctx), guildId);
  return bank === null ? ctx : { ...ctx, interviewer: ctx.interviewer.withBank(bank) };
}

/** Whether the command plays a server's own topics (rounds and daily questions keep to the built-in bank). */
export function playsServerTopics(command: string): boolean {
  return PLAYING_COMMANDS.has(command);
}

function playsQuestions(input: InteractionInput): boolean {
  if (input.kind === 'slash') return playsServerTopics(input.command);
  if (input.kind === 'button' || input.kind === 'modal') return SESSION_ID.test(input.customId);
  return false;
}
