import { inServerBank } from '../../../interviewer/context.ts';
import { routeBank } from '../banks/route-bank.ts';
import { appealButtonFallback, routeAppeals } from '../banks/route-appeals.ts';
import { playsServerTopics, scopeToServer } from '../banks/server-scope.ts';
import { slashCommandNamed } from '../commands.ts';
import { groupButtonFallback, routeGroupStudy } from '../group-study/route-group.ts';
import { handleModal } from '../interview/answer-submit.ts';
import { buttonFallback, handleButton } from '../interview/interview-buttons.ts';
import { routeVoice } from '../voice/route-voice.ts';
import { withSpokenQuestion } from '../voice/spoken-questions.ts';
import { problem, type BotResponse } from './bot-response.ts';
import type { HandlerContext } from './handler-context.ts';
import type { InteractionInput } from './interaction-input.ts';
import { handleAutocomplete } from './topic-autocomplete.ts';

/** Routes one interaction to its handler; transport-neutral (the gateway and an HTTP endpoint share it). */
export async function dispatch(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> {
  const scoped = await scopeToServer(ctx, input);
  return routeVoice(scoped, input) ?? withSpokenQuestion(scoped, input, route(scoped, input));
}

function route(ctx: HandlerContext, input: InteractionInput): Promise<BotResponse> {
  switch (input.kind) {
    // Commands that are not this bot's (or no longer are) get a polite answer.
    case 'slash':
      return slashCommandNamed(input.command)?.handle(ctx, input) ?? Promise.resolve(problem('unknown_command'));
    case 'autocomplete': {
      const own = slashCommandNamed(input.command)?.autocomplete?.(ctx, input.focused) ?? null;
      return own === null ? serverTopicChoices(ctx, input) : Promise.resolve(own);
    }
    case 'button':
      return (
        routeBank(ctx, input) ??
        routeAppeals(ctx, input) ??
        routeGroupStudy(ctx, input) ??
        handleButton(ctx, input.actor, input.customId)
      );
    case 'modal':
      return (
        routeAppeals(ctx, input) ??
        routeGroupStudy(ctx, input) ??
        handleModal(ctx, input.actor, input.customId, input.fields)
      );
  }
}

/**
 * Topic suggestions: for the commands that play them, and /bank, from the bank of the server asked in (the
 * built-in topics and that server's own, compiled once per version of that bank); elsewhere the built-in topics.
 */
async function serverTopicChoices(
  ctx: HandlerContext,
  input: Extract<InteractionInput, { kind: 'autocomplete' }>,
): Promise<BotResponse> {
  const { guildId } = input.actor;
  const ownTopics = playsServerTopics(input.command) || input.command === 'bank';
  const { bank } = (ownTopics ? await inServerBank(ctx, guildId) : ctx).interviewer;
  return handleAutocomplete(bank, input.focused);
}

/** Whether a deferred first response to this interaction should be private. */
export function defersPrivately(input: InteractionInput): boolean {
  return !(input.kind === 'slash' && slashCommandNamed(input.command)?.isPublic === true);
}

/** A first response to use instead of deferring when the handler is slow, where deferring would not do. */
export function fallbackFor(input: InteractionInput): BotResponse | undefined {
  if (input.kind !== 'button') return undefined;
  return appealButtonFallback(input.customId) ?? groupButtonFallback(input.customId) ?? buttonFallback(input.customId);
}
