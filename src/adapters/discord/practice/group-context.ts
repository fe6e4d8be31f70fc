import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { Random } from '../../../core/random.ts';
import type { OneQuestionDeps } from '../../../interviewer/one-question.ts';
import { groupNoticeMessage, type GroupNotice } from '../../../commands/group-messages.ts';
import type { HandlerContext, InteractionPlace } from '../handler-context.ts';
import { notice, type BotResponse } from '../reply.ts';
import type { Messenger } from '../scheduler/messenger.ts';

/** What practice channels, rounds and daily questions add to the handlers' context. */
export interface GroupServices {
  messenger: Messenger;
  /** Fresh ids for practice rounds and attempts. */
  newId: () => string;
  random: Random;
}

export type GroupContext = HandlerContext & { groups: GroupServices };

/** Whether the bot offers practice channels, rounds and daily questions (its context has their services). */
export function hasGroups(ctx: HandlerContext): ctx is GroupContext {
  return ctx.groups !== undefined;
}

/** The one-question use cases' dependencies, from the handler context. */
export function oneQuestionDeps(ctx: GroupContext): OneQuestionDeps {
  return { bank: ctx.interviewer.bank, store: ctx.store, grader: ctx.interviewer.grader, judge: ctx.interviewer.judge, newId: ctx.groups.newId };
}

/** Manage Server (or Administrator, which Discord already folds into the bits it sends). */
export function isModerator(place: InteractionPlace): boolean {
  const bits = place.memberPermissions ?? 0n;
  return (bits & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/** A polite ephemeral sentence for a group-study problem. */
export function groupProblem(code: GroupNotice, topics?: readonly string[]): BotResponse {
  return notice(groupNoticeMessage(code, topics));
}

/** Discord's `<t:…:style>` timestamp: every reader sees it in their own time zone. */
export function discordTime(at: Date | string, style: 'R' | 'F' | 't' | 'f' = 'R'): string {
  return `<t:${Math.floor(new Date(at).getTime() / 1000)}:${style}>`;
}
