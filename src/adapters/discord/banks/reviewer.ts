import { mayReviewAppeals } from '../../../interviewer/banks/index.ts';
import { isModerator } from '../group-study/moderator.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionPlace } from '../interactions/interaction-input.ts';
import { bankDepsOf } from './bank-deps.ts';

/** Whether the member who pressed or typed may review the server's appeals (the rule: `mayReviewAppeals`). */
export function mayReview(ctx: HandlerContext, guildId: string, place: InteractionPlace): Promise<boolean> {
  return mayReviewAppeals(bankDepsOf(ctx), guildId, {
    canManageServer: isModerator(place),
    roles: place.memberRoles ?? [],
  });
}
