import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { InteractionPlace } from '../interactions/interaction-input.ts';

/** Manage Server (or Administrator, which Discord already folds into the bits it sends). */
export function isModerator(place: InteractionPlace): boolean {
  const bits = place.memberPermissions ?? 0n;
  return (bits & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/** Discord's `<t:…:style>` timestamp: every reader sees it in their own time zone. */
export function discordTime(at: Date | string, style: 'R' | 'F' | 't' | 'f' = 'R'): string {
  return `<t:${Math.floor(new Date(at).getTime() / 1000)}:${style}>`;
}
