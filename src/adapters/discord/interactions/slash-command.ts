import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { hasGroups, type GroupContext } from '../../../interviewer/context.ts';
import { problem, type BotResponse } from './bot-response.ts';
import type { HandlerContext } from './handler-context.ts';
import type { InteractionInput } from './interaction-input.ts';

export type SlashInput = Extract<InteractionInput, { kind: 'slash' }>;
export type AutocompleteInput = Extract<InteractionInput, { kind: 'autocomplete' }>;

/** One slash command: what `deploy-commands` registers, and what the router runs for it. */
export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Everyone in the channel sees the answer; every other command answers privately (ephemeral). */
  isPublic?: boolean;
  /** Parses the options (zod), calls the use case, renders the result. */
  handle(ctx: HandlerContext, input: SlashInput): Promise<BotResponse>;
  /** Suggestions for a focused option; null leaves it to the topic suggestions every command shares. */
  autocomplete?(ctx: HandlerContext, focused: AutocompleteInput['focused']): BotResponse | null;
}

type GroupHandlerContext = HandlerContext & GroupContext;

/**
 * A command of practice channels, rounds and daily questions: offered only by a bot with their services
 * (without them it says group study is off, and its options get no suggestions of their own).
 */
export function groupCommand(command: {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  handle(ctx: GroupHandlerContext, input: SlashInput): Promise<BotResponse>;
  autocomplete?(ctx: GroupHandlerContext, focused: AutocompleteInput['focused']): BotResponse | null;
}): SlashCommand {
  const { autocomplete } = command;
  return {
    definition: command.definition,
    handle: (ctx, input) => (hasGroups(ctx) ? command.handle(ctx, input) : Promise.resolve(problem('group_study_off'))),
    ...(autocomplete === undefined
      ? {}
      : { autocomplete: (ctx, focused) => (hasGroups(ctx) ? autocomplete(ctx, focused) : null) }),
  };
}
