import { problem, type BotResponse } from '../interactions/bot-response.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { parseGroupId } from './group-ids.ts';

/**
 * When the bot runs without group services (serve-http without DISCORD_TOKEN): the buttons and answer boxes
 * of rounds and daily questions say so, instead of being taken for buttons the bot no longer knows. Null for
 * every other interaction. The group-study commands stay registered and say the same: one registration
 * serves every replica, and a replica with the token offers them.
 */
export function groupStudyOff(
  input: Extract<InteractionInput, { kind: 'button' | 'modal' }>,
): Promise<BotResponse> | null {
  return parseGroupId(input.customId) === null ? null : Promise.resolve(problem('group_study_off'));
}
