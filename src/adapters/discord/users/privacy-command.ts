import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { problem } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { confirmDeletion, setLeaderboardVisibility } from './privacy.ts';

const privacyOptions = z.object({ show: z.enum(['on', 'off']) });

/** `/privacy leaderboard show:on|off` and `/privacy delete` (which asks first). */
export const privacyCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'privacy',
    description: 'Leaderboard visibility and deleting your data',
    ...ANYWHERE,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'leaderboard',
        description: 'Show or hide you on leaderboards',
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'show',
            description: 'on: listed; off: hidden (and your stats private)',
            required: true,
            choices: [
              { name: 'on', value: 'on' },
              { name: 'off', value: 'off' },
            ],
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'delete',
        description: 'Delete all your answers, sessions and stats',
      },
    ],
  },
  async handle(ctx, input) {
    if (input.subcommand === 'delete') return confirmDeletion(input.actor);
    const parsed = privacyOptions.safeParse(input.options);
    if (input.subcommand !== 'leaderboard' || !parsed.success) return problem('unknown_command');
    return setLeaderboardVisibility(ctx, input.actor, parsed.data.show === 'on');
  },
};
