import {
  ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { groupCommandDefinitions } from './practice/group-command-definitions.ts';

/** Installed to servers; usable in servers and in the bot's DMs. */
const WHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

const topicOption = (description: string) => ({
  type: ApplicationCommandOptionType.String, name: 'topic', description, autocomplete: true, max_length: 100,
} as const);

/** The slash commands as plain data: `deploy-commands` registers exactly this list. */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    type: ApplicationCommandType.ChatInput, name: 'mock-interview', description: 'Start a private mock interview',
    ...WHERE,
    options: [
      topicOption('Topic to practise (default: a mix)'),
      { type: ApplicationCommandOptionType.Integer, name: 'questions', description: 'How many questions (1-10, default 5)', min_value: 1, max_value: 10 },
      {
        type: ApplicationCommandOptionType.Integer, name: 'difficulty', description: 'Only questions of this difficulty',
        choices: [{ name: 'easy', value: 1 }, { name: 'medium', value: 2 }, { name: 'hard', value: 3 }],
      },
      { type: ApplicationCommandOptionType.Boolean, name: 'voice', description: 'Also hear each question read aloud (an audio file)' },
    ],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'question', description: 'One quick question, for a spare minute',
    ...WHERE,
    options: [topicOption('Topic of the question (default: any)')],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'stats', description: 'Scores, streak, mastery per topic and weakest key points',
    ...WHERE,
    options: [{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose stats (default: yours)' }],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'leaderboard', description: 'Top scores in this server',
    ...WHERE,
    options: [{
      type: ApplicationCommandOptionType.String, name: 'period', description: 'Which period (default: week)',
      choices: [{ name: 'this week', value: 'week' }, { name: 'this month', value: 'month' }, { name: 'all time', value: 'all' }],
    }],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'privacy', description: 'Leaderboard visibility and deleting your data',
    ...WHERE,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand, name: 'leaderboard', description: 'Show or hide you on leaderboards',
        options: [{
          type: ApplicationCommandOptionType.String, name: 'show', description: 'on: listed; off: hidden (and your stats private)', required: true,
          choices: [{ name: 'on', value: 'on' }, { name: 'off', value: 'off' }],
        }],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'delete', description: 'Delete all your answers, sessions and stats' },
    ],
  },
  ...groupCommandDefinitions,
];
