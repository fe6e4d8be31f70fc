import { ButtonStyle } from 'discord-api-types/v10';
import type { ImportSummary } from '../../../interviewer/banks/index.ts';
import { encodedButtonRow, type MessageData } from '../interactions/bot-response.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { encodeBankId } from './bank-ids.ts';

/** An import's draft for the moderator to review: its size, its questions, the preview file and the two buttons. */
export function renderImportSummary(summary: ImportSummary): MessageData {
  const questions = summary.questions.map((q, i) => `${i + 1}. ${escapeMarkdown(truncate(q.prompt, 200))}`);
  const problems =
    summary.problems.length === 0
      ? 'none'
      : joinLinesWithin(
          summary.problems.map((p) => `• ${escapeMarkdown(p)}`),
          LIMITS.fieldValue,
        );
  return {
    embeds: [
      {
        title: truncate(`Draft: ${summary.topic}`, LIMITS.embedTitle),
        description: joinLinesWithin(questions, LIMITS.embedDescription - 500),
        fields: [
          { name: 'Questions', value: String(summary.questions.length), inline: true },
          { name: 'Key points', value: String(summary.keyPoints), inline: true },
          { name: 'Problems', value: problems },
        ],
        footer: {
          text: 'The attached file is the draft: Publish makes the topic playable in this server; edit the file and /bank import it to change it.',
        },
      },
    ],
    components: [
      encodedButtonRow([
        {
          id: encodeBankId({ kind: 'publish', draftId: summary.draftId }),
          label: 'Publish',
          style: ButtonStyle.Success,
        },
        {
          id: encodeBankId({ kind: 'discard', draftId: summary.draftId }),
          label: 'Discard',
          style: ButtonStyle.Danger,
        },
      ]),
    ],
    files: [{ name: `${summary.topic}.bank.json`, data: Buffer.from(summary.preview, 'utf8') }],
  };
}

/** The summary once decided: the same text, no buttons, a line saying what became of it. */
export function decidedMessage(text: string): MessageData {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], files: [] };
}
