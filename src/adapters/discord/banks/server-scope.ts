import { inServerBank } from '../../../interviewer/context.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';

/** Commands that play or pick a server's topics, by name: its own topics are offered and played in every one. */
const PLAYING_COMMANDS = new Set(['mock-interview', 'question', 'round', 'practice-channel', 'daily']);
/** The interview's buttons and answer boxes (see custom-ids.ts). */
const SESSION_ID = /^mi:/;

/**
 * The context to run an interview interaction in a server with: its interviewer plays that server's bank
 * (its own topics, its accepted aliases), compiled once per version of that bank; everything else keeps
 * the built-in bank, with no extra read. Rounds and daily questions also pick their server's bank in their
 * use cases (the scheduler and DMs reach them without an interaction in that server).
 */
export async function scopeToServer(ctx: HandlerContext, input: InteractionInput): Promise<HandlerContext> {
  const guildId = input.actor.guildId;
  if (guildId === null || !playsQuestions(input)) return ctx;
  return inServerBank(ctx, guildId);
}

/** Whether the command plays (or picks) a server's own topics. */
export function playsServerTopics(command: string): boolean {
  return PLAYING_COMMANDS.has(command);
}

function playsQuestions(input: InteractionInput): boolean {
  if (input.kind === 'slash') return playsServerTopics(input.command);
  if (input.kind === 'button' || input.kind === 'modal') return SESSION_ID.test(input.customId);
  return false;
}
