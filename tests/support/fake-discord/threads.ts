import {
  ChannelType,
  ThreadAutoArchiveDuration,
  type APIThreadChannel,
  type ChannelFlags,
} from 'discord-api-types/v10';
import type { DiscordState } from './state.ts';

export interface CreateThreadArgs {
  id: string;
  parentId: string;
  guildId: string;
  ownerId: string;
  name: string;
  type: ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread;
  autoArchiveMinutes?: number;
  invitable?: boolean;
}

/** Creates a thread channel under a text channel, owned by `ownerId` (who is its first member). */
export function createThread(state: DiscordState, args: CreateThreadArgs): APIThreadChannel {
  const now = state.clock.isoNow();
  const thread: APIThreadChannel = {
    id: args.id,
    type: args.type,
    guild_id: args.guildId,
    parent_id: args.parentId,
    owner_id: args.ownerId,
    name: args.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0 as ChannelFlags,
    thread_metadata: {
      archived: false,
      auto_archive_duration: (args.autoArchiveMinutes ?? ThreadAutoArchiveDuration.OneDay) as ThreadAutoArchiveDuration,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
      ...(args.type === ChannelType.PrivateThread ? { invitable: args.invitable ?? true } : {}),
    },
  };
  state.channels.set(thread.id, thread);
  state.threadMembers.set(thread.id, new Set([args.ownerId]));
  return thread;
}

export function isThread(channel: { type: ChannelType }): channel is APIThreadChannel {
  return (
    channel.type === ChannelType.PublicThread ||
    channel.type === ChannelType.PrivateThread ||
    channel.type === ChannelType.AnnouncementThread
  );
}
