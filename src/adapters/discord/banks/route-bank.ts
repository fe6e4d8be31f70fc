import { messageFor, messageWithDetail } from '../../../interviewer/messages.ts';
import { discardDraft, mayChangeBank, publishDraft } from '../../../interviewer/banks/index.ts';
import { isModerator } from '../group-study/moderator.ts';
import { notice, update, type BotResponse } from '../interactions/bot-response.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { escapeMarkdown } from '../interactions/limits.ts';
import { bankDepsOf } from './bank-deps.ts';
import { parseBankId } from './bank-ids.ts';
import { decidedMessage } from './render-import.ts';

/** Publish / Discard under an import's summary: the handler's answer for those, null for every other button. */
export function routeBank(
  ctx: HandlerContext,
  input: Extract<InteractionInput, { kind: 'button' }>,
): Promise<BotResponse> | null {
  const id = parseBankId(input.customId);
  if (id === null) return null;
  return decide(ctx, input, id.kind, id.draftId);
}

async function decide(
  ctx: HandlerContext,
  input: Extract<InteractionInput, { kind: 'button' }>,
  kind: 'publish' | 'discard',
  draftId: string,
): Promise<BotResponse> {
  if (!mayChangeBank({ canManageServer: isModerator(input) })) return notice(messageFor('bank_needs_manage_server'));
  const deps = bankDepsOf(ctx);
  if (kind === 'discard') {
    const discarded = await discardDraft(deps, input.actor, draftId);
    return discarded.ok
      ? update(decidedMessage('Draft discarded; nothing was stored.'))
      : notice(messageWithDetail(discarded.error));
  }
  const published = await publishDraft(deps, input.actor, draftId);
  if (!published.ok)
    return notice(
      messageWithDetail(published.error, published.detail === undefined ? undefined : escapeMarkdown(published.detail)),
    );
  const { topic, questions } = published.value.bundle;
  return update(
    decidedMessage(
      `Published **${escapeMarkdown(topic)}** (${questions.questions.length} questions): /mock-interview topic:${escapeMarkdown(topic)} in this server.`,
    ),
  );
}
