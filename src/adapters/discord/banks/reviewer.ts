import { reviewerRoleOf } from '../../../interviewer/banks/index.ts';
import { isModerator } from '../group-study/moderator.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionPlace } from '../interactions/interaction-input.ts';
import { bankDepsOf } from './bank-deps.ts';

/** Who may review a server's appeals: members who can Manage Server, and members with its reviewer role. */
export async function mayReview(ctx: HandlerContext, guildId: string, place: InteractionPlace): Promise<boolean> {
  if (isModerator(place)) return true;
  const roles = place.memberRoles ?? [];
  if (roles.length === 0) return false;
  const role = await reviewerRoleOf(bankDepsOf(ctx), guildId);
  return role !== null && roles.includes(role);
}
