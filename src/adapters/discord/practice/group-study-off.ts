import { groupNoticeMessage } from '../../../commands/group-messages.ts';
import type { InteractionInput } from '../handler-context.ts';
import { notice, type BotResponse } from '../reply.ts';
import { groupCommandDefinitions } from './group-command-definitions.ts';
import { parseGroupId } from './group-ids.ts';

/** The commands that post on the bot's own behalf, and so need its token. */
const GROUP_COMMANDS: ReadonlySet<string> = new Set(groupCommandDefinitions.map((definition) => definition.name));

/**
 * When the bot runs without group services (serve-http without DISCORD_TOKEN): the group-study commands
 * and their buttons and answer boxes say so, instead of being taken for commands the bot no longer has.
 * Null for every other interaction. The commands stay registered: one registration serves every replica,
 * and a replica with the token offers them.
 */
export function groupStudyOff(input: InteractionInput): Promise<BotResponse> | null {
  const isGroupStudy = input.kind === 'slash'
    ? GROUP_COMMANDS.has(input.command)
    : (input.kind === 'button' || input.kind === 'modal') && parseGroupId(input.customId) !== null;
  return isGroupStudy ? Promise.resolve(notice(groupNoticeMessage('group_study_off'))) : null;
}
