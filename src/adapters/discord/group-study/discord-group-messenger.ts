import type { GroupMessenger } from '../../../interviewer/group-messenger.ts';
import { renderAppealDecision } from '../banks/render-appeals.ts';
import { messageFor } from '../../../interviewer/messages.ts';
import { renderDailyQuestion, renderNudge } from '../daily/render-daily.ts';
import { renderClosedRound, renderRoundQuestion, renderRoundResults, threadName } from './render-round.ts';
import type { Messenger } from '../messaging/messenger.ts';
import { nonceFor } from '../messaging/rest-messenger.ts';

/**
 * Rounds and daily questions as Discord messages: rendered here, sent through `messenger`, each with a
 * nonce derived from what it is (the same round or job, the same nonce), so a retried send posts once.
 */
export function createDiscordGroupMessenger(messenger: Messenger): GroupMessenger {
  return {
    postRoundQuestion(round, question, pingRoleId, note) {
      const ping = pingRoleId === null ? undefined : `<@&${pingRoleId}> today’s question is up.`;
      const lines = [ping, note === undefined ? undefined : messageFor(note)].filter((line) => line !== undefined);
      const content = lines.length === 0 ? undefined : lines.join('\n');
      return messenger.post(round.channelId, renderRoundQuestion(round, question, content), {
        pingRoleId,
        nonce: nonceFor(`round:${round.id}`),
      });
    },
    postRoundResults: (round, results, question) =>
      messenger.post(round.channelId, renderRoundResults(round, results, question), {
        nonce: nonceFor(`results:${round.id}`),
      }),
    openResultsThread: (round, resultsMessageId, question) =>
      messenger.startThread(round.channelId, resultsMessageId, threadName(question)),
    showRoundClosed: (round, question) =>
      messenger.edit(round.channelId, round.messageId, renderClosedRound(round, question)),
    sendDailyQuestion: (userId, view, key, stop) =>
      messenger.dm(userId, renderDailyQuestion(view), { nonce: nonceFor(key), ...(stop ? { stop } : {}) }),
    sendNudge: (userId, nudge, openSessionId, key, stop) =>
      messenger.dm(userId, renderNudge(nudge, openSessionId), { nonce: nonceFor(key), ...(stop ? { stop } : {}) }),
    sendAppealDecision: (userId, view, key) =>
      messenger.dm(userId, renderAppealDecision(view), { nonce: nonceFor(key) }),
  };
}
