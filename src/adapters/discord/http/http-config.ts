import { z } from 'zod';
import { baseConfigSchema } from '../../../config.ts';
import { apiBaseSchema, tokenSchema } from '../gateway/bot-config.ts';

const PORTAL = 'https://discord.com/developers/applications';

/**
 * Everything `serve-http` reads. Answering interactions needs no bot token (callbacks and webhooks use the
 * interaction's own); DISCORD_TOKEN adds what posts on the bot's behalf: practice rounds and daily questions.
 */
export const httpConfigSchema = baseConfigSchema.extend({
  DISCORD_TOKEN: tokenSchema.optional(),
  DISCORD_PUBLIC_KEY: z
    .string({
      error: `DISCORD_PUBLIC_KEY is required: copy the Public Key from ${PORTAL} → your app → General Information`,
    })
    .trim()
    .regex(/^[0-9a-f]{64}$/i, 'DISCORD_PUBLIC_KEY must be the 64 hex characters of the Public Key'),
  DISCORD_API_BASE: apiBaseSchema,
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HTTP_HOST: z.string().trim().min(1).default('0.0.0.0'),
});
