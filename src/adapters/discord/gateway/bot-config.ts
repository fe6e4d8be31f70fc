import { z } from 'zod';
import { baseConfigSchema, speechSettings, withSpeechRules } from '../../../config.ts';
import { gatewayScaleSettings, withShardRules } from './shard-config.ts';

const PORTAL = 'https://discord.com/developers/applications';
const SNOWFLAKE = /^\d{17,20}$/;

/** The bot token: required, and the bare token (people often paste "Bot …" from examples). */
export const tokenSchema = z
  .string({
    error: `DISCORD_TOKEN is required: create a bot in the developer portal (${PORTAL} → your app → Bot → Reset Token) and put the token in .env`,
  })
  .trim()
  .refine((value) => !/^bot\s/i.test(value), 'DISCORD_TOKEN must be the bare token, without the "Bot " prefix')
  .refine((value) => /^bot\s/i.test(value) || !/\s/.test(value), 'DISCORD_TOKEN must not contain spaces');

const applicationIdSchema = z
  .string({
    error: `DISCORD_APPLICATION_ID is required: copy the Application ID from ${PORTAL} → your app → General Information`,
  })
  .trim()
  .regex(SNOWFLAKE, 'DISCORD_APPLICATION_ID must be the numeric Application ID (17–20 digits)');

const guildIdSchema = z
  .string()
  .trim()
  .regex(
    SNOWFLAKE,
    'DISCORD_GUILD_ID must be a numeric server id (Developer Mode → right-click the server → Copy Server ID)',
  )
  .optional();

export const apiBaseSchema = z
  .url({ protocol: /^https?$/, error: 'DISCORD_API_BASE must be an http(s) URL such as https://discord.com/api' })
  .transform((value) => value.replace(/\/+$/, '').replace(/\/v\d+$/, ''))
  .default('https://discord.com/api');

/**
 * DISCORD_MESSAGE_CONTENT=true asks for the privileged MESSAGE_CONTENT intent (enable it in the portal
 * first), so any voice message in a practice channel with an open round is taken as an answer.
 */
const messageContentSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) => ['true', 'false', '1', '0', 'yes', 'no'].includes(value),
    'DISCORD_MESSAGE_CONTENT must be true or false',
  )
  .transform((value) => ['true', '1', 'yes'].includes(value))
  .default(false);

/** Everything the gateway bot reads from the environment (validated once, all problems listed at once). */
export const botConfigSchema = withSpeechRules(
  withShardRules(
    baseConfigSchema.extend({
      DISCORD_TOKEN: tokenSchema,
      DISCORD_APPLICATION_ID: applicationIdSchema,
      DISCORD_GUILD_ID: guildIdSchema,
      DISCORD_API_BASE: apiBaseSchema,
      ...gatewayScaleSettings.shape,
      ...speechSettings.shape,
      DISCORD_MESSAGE_CONTENT: messageContentSchema,
    }),
  ),
);

export type BotConfig = z.infer<typeof botConfigSchema>;

/** What `deploy-commands` needs: no store, no bank. */
export const deployConfigSchema = z.object({
  DISCORD_TOKEN: tokenSchema,
  DISCORD_APPLICATION_ID: applicationIdSchema,
  DISCORD_GUILD_ID: guildIdSchema,
  DISCORD_API_BASE: apiBaseSchema,
});

export type DeployConfig = z.infer<typeof deployConfigSchema>;
