import { ButtonStyle } from 'discord-api-types/v10';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { deleteUserData, setLeaderboardVisibility as setVisibility } from '../../../interviewer/users.ts';
import type { CustomId } from '../interactions/custom-ids.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import { buttonRow, notice, problem, reply, update, type BotResponse } from '../interactions/bot-response.ts';
import { COLOURS } from '../interview/render-question.ts';

/** `/privacy leaderboard show:on|off`: off hides the user from leaderboards and keeps their stats private. */
export async function setLeaderboardVisibility(ctx: HandlerContext, actor: Actor, show: boolean): Promise<BotResponse> {
  await setVisibility(ctx, actor, show);
  return notice(
    show
      ? 'You are listed on leaderboards again, and others can see your /stats.'
      : 'You are hidden from every leaderboard, and your /stats are private. Your scores are still kept for you.',
  );
}

/** `/privacy delete`: asks first; only the buttons below (for this user) delete anything. */
export function confirmDeletion(actor: Actor): BotResponse {
  const user = { userId: actor.userId };
  return reply({
    embeds: [
      {
        color: COLOURS.poor,
        title: 'Delete all your data?',
        description:
          'This deletes every answer, interview session, score and streak this bot keeps for you, in every server. It cannot be undone.',
      },
    ],
    components: [
      buttonRow([
        { id: { kind: 'data', choice: 'delete', ...user }, label: 'Delete my data', style: ButtonStyle.Danger },
        { id: { kind: 'data', choice: 'keep', ...user }, label: 'Cancel' },
      ]),
    ],
  });
}

export async function handleDataChoice(
  ctx: HandlerContext,
  actor: Actor,
  id: Extract<CustomId, { kind: 'data' }>,
): Promise<BotResponse> {
  if (id.userId !== actor.userId) return problem('not_your_button');
  if (id.choice === 'keep') return update({ content: 'Nothing was deleted.', embeds: [], components: [] });
  const { answers } = await deleteUserData(ctx, actor.userId);
  ctx.logger.info('user data deleted on request', { answers });
  return update({
    content: `Done: your data is deleted (${answers} answer(s) and every session).`,
    embeds: [],
    components: [],
  });
}
