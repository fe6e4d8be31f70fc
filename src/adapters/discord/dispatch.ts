import type { HandlerContext, InteractionInput } from './handler-context.ts';
import { handleAutocomplete } from './handle-autocomplete.ts';
import { buttonFallback, handleButton } from './handle-button.ts';
import { handleModal } from './handle-modal.ts';
import { handleSlash } from './handle-slash.ts';
import { groupButtonFallback, routeGroupStudy } from './practice/route-group.ts';
import type { BotResponse } from './reply.ts';
import { routeVoice } from './voice/route-voice.ts';
import { withSpokenQuestion } from './voice/spoken-questions.ts';

/** Routes one interaction to its handler; transport-neutral (the gateway and an HTTP endpoint share it). */
export function dispatch(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> {
  return routeVoice(ctx, input) ?? withSpokenQuestion(ctx, input, route(ctx, input));
}

function route(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> {
  const group = routeGroupStudy(ctx, input);
  if (group !== null) return group;
  switch (input.kind) {
    case 'slash': return handleSlash(ctx, input);
    case 'button': return handleButton(ctx, input.actor, input.customId);
    case 'modal': return handleModal(ctx, input.actor, input.customId, input.fields);
    case 'autocomplete': return Promise.resolve(handleAutocomplete(ctx.interviewer.bank, input.focused));
  }
}

/** Commands whose answer everyone in the channel sees; the rest are private (ephemeral). */
const PUBLIC_COMMANDS = new Set(['leaderboard']);

/** Whether a deferred first response to this interaction should be private. */
export function defersPrivately(input: InteractionInput): boolean {
  return !(input.kind === 'slash' && PUBLIC_COMMANDS.has(input.command));
}

/** A first response to use instead of deferring when the handler is slow, where deferring would not do. */
export function fallbackFor(input: InteractionInput): BotResponse | undefined {
  return input.kind === 'button' ? groupButtonFallback(input.customId) ?? buttonFallback(input.customId) : undefined;
}
