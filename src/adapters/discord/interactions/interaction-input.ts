import type { Actor } from '../../../interviewer/types.ts';

/** A user mentioned in a command option, as the transport resolved it. */
export interface MentionedUser {
  id: string;
  displayName: string;
  isBot: boolean;
}

/** A file given as a command option (its link is Discord's, fetched by the handler that needs it). */
export interface AttachedFile {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

/** Where an interaction happened and what the member may do there (practice channels and rounds need both). */
export interface InteractionPlace {
  /** The channel (a DM channel in DMs) the interaction came from. */
  channelId?: string;
  /** The member's permission bits in that channel (`member.permissions`); null or absent in DMs. */
  memberPermissions?: bigint | null;
  /** The member's role ids in that server (`member.roles`); absent or empty in DMs. */
  memberRoles?: readonly string[];
}

/** What a button's handler may read of the message the button is on (a voice transcript is kept in its embed). */
export interface SourceMessage {
  id: string;
  embeds: readonly { title?: string; description?: string }[];
}

/** Interactions as plain data, independent of discord.js (an HTTP-interactions transport builds the same). */
export type InteractionInput = InteractionPlace &
  (
    | {
        kind: 'slash';
        actor: Actor;
        command: string;
        subcommand: string | null;
        options: Record<string, unknown>;
        users: Record<string, MentionedUser>;
        attachments?: Record<string, AttachedFile>;
      }
    | { kind: 'button'; actor: Actor; customId: string; message?: SourceMessage }
    | { kind: 'modal'; actor: Actor; customId: string; fields: Record<string, string> }
    | { kind: 'autocomplete'; actor: Actor; command: string; focused: { name: string; value: string } }
  );
