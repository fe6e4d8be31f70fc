import {
  ApplicationCommandOptionType as Option, ApplicationCommandType, ApplicationIntegrationType, ChannelType, InteractionContextType,
  type APIApplicationCommandChannelOption, type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

const IN_SERVERS = { integration_types: [ApplicationIntegrationType.GuildInstall], contexts: [InteractionContextType.Guild] };
const ANYWHERE = { integration_types: [ApplicationIntegrationType.GuildInstall], contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] };

const topic = (description: string) => ({ type: Option.String, name: 'topic', description, autocomplete: true, max_length: 100 } as const);
const textChannel = (description: string, required = true): APIApplicationCommandChannelOption => ({
  type: Option.Channel, name: 'channel', description, channel_types: [ChannelType.GuildText], required,
});
const time = { type: Option.String, name: 'time', description: 'Local time, HH:MM (24-hour), e.g. 08:30', required: true, min_length: 3, max_length: 5 } as const;
const timezone = { type: Option.String, name: 'timezone', description: 'Your time zone, e.g. Europe/Berlin', required: true, autocomplete: true, max_length: 64 } as const;

/** `/practice-channel`, `/round` and `/daily` (issue 5), as plain data appended to the command list. */
export const groupCommandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    type: ApplicationCommandType.ChatInput, name: 'practice-channel', description: 'Set up a channel for group practice rounds (Manage Server)',
    ...IN_SERVERS,
    options: [
      {
        type: Option.Subcommand, name: 'set', description: 'Make a channel a practice channel',
        options: [
          textChannel('The channel where rounds run'),
          topic('Rounds draw from this topic (default: any)'),
          { type: Option.Integer, name: 'round-minutes', description: 'How long a round stays open (1-120, default 10)', min_value: 1, max_value: 120 },
        ],
      },
      { type: Option.Subcommand, name: 'off', description: 'Stop using a channel for practice rounds', options: [textChannel('Which channel (default: this one)', false)] },
    ],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'round', description: 'A timed question for everyone in a practice channel',
    ...IN_SERVERS,
    options: [
      { type: Option.Subcommand, name: 'start', description: 'Start a round in this practice channel', options: [topic('Topic of the question (default: the channel’s)')] },
      { type: Option.Subcommand, name: 'end', description: 'End the open round now and post the results (its starter or a moderator)' },
    ],
  },
  {
    type: ApplicationCommandType.ChatInput, name: 'daily', description: 'A daily question by DM, or daily rounds in a channel',
    ...ANYWHERE,
    options: [
      { type: Option.Subcommand, name: 'subscribe', description: 'Get a question by DM every day at your time', options: [time, timezone, topic('Only this topic (default: your weakest)')] },
      { type: Option.Subcommand, name: 'off', description: 'Stop your daily question' },
      { type: Option.Subcommand, name: 'status', description: 'Your daily schedule and streak' },
      {
        type: Option.Subcommand, name: 'channel', description: 'Post a daily question round in a channel (Manage Server)',
        options: [
          textChannel('Where to post it'), time, { ...timezone, description: 'The channel’s time zone, e.g. Europe/Berlin' },
          topic('Only this topic (default: any)'),
          { type: Option.Role, name: 'role', description: 'A role to ping with the question (default: nobody)' },
        ],
      },
      { type: Option.Subcommand, name: 'channel-off', description: 'Stop a channel’s daily question (Manage Server)', options: [textChannel('Which channel (default: this one)', false)] },
    ],
  },
];
