import {
  ApplicationCommandOptionType as Option,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  type APIApplicationCommandChannelOption,
} from 'discord-api-types/v10';

/** Installed to servers; usable in servers and in the bot's DMs. */
export const ANYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

/** Installed to servers; usable in servers only. */
export const IN_SERVERS = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
};

/** A topic of the bank, suggested as it is typed. */
export const topicOption = (description: string) =>
  ({
    type: Option.String,
    name: 'topic',
    description,
    autocomplete: true,
    max_length: 100,
  }) as const;

export const textChannelOption = (description: string, required = true): APIApplicationCommandChannelOption => ({
  type: Option.Channel,
  name: 'channel',
  description,
  channel_types: [ChannelType.GuildText],
  required,
});

export const timeOption = {
  type: Option.String,
  name: 'time',
  description: 'Local time, HH:MM (24-hour), e.g. 08:30',
  required: true,
  min_length: 3,
  max_length: 5,
} as const;
export const timezoneOption = {
  type: Option.String,
  name: 'timezone',
  description: 'Your time zone, e.g. Europe/Berlin',
  required: true,
  autocomplete: true,
  max_length: 64,
} as const;
