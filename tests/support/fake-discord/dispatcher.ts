import { GatewayIntentBits, type APIMessage, type APIUser } from 'discord-api-types/v10';
import type { GatewayServer } from './gateway.ts';
import type { GatewaySession } from './gateway-session.ts';
import type { Dispatch } from './message-writer.ts';

/**
 * Sends dispatches to the sessions that own the guild (shard 0 for DMs), honouring intents: without
 * MESSAGE_CONTENT, guild messages from others arrive with empty content, embeds, attachments and
 * components unless they mention the bot.
 */
export function createDispatch(gateway: GatewayServer, bot: APIUser): Dispatch {
  return (t, d, target) => {
    for (const session of gateway.sessionsFor(target.guildId)) {
      if (target.intent !== undefined && !session.hasIntent(target.intent)) continue;
      session.dispatch(t, visibleTo(session, t, d, target.guildId, bot));
    }
  };
}

function visibleTo(session: GatewaySession, t: string, d: unknown, guildId: string | undefined, bot: APIUser): unknown {
  if ((t !== 'MESSAGE_CREATE' && t !== 'MESSAGE_UPDATE') || !guildId) return d;
  if (session.hasIntent(GatewayIntentBits.MessageContent)) return d;
  const message = d as APIMessage;
  const mentionsBot = message.mentions?.some((u) => u.id === bot.id) ?? false;
  if (message.author?.id === bot.id || mentionsBot) return d;
  return { ...message, content: '', embeds: [], attachments: [], components: [] };
}
