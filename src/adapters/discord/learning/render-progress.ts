import type { ReviewSummary } from '../../../core/review/index.ts';
import type { MessageData } from '../interactions/bot-response.ts';

export const PROGRESS_FILE = 'progress.png';

/**
 * The stats message with the review counts and the progress picture attached. The embed does not point at
 * the file: the HTTP transport cannot upload files, and a dangling `attachment://` would show a broken image.
 */
export function withProgress(message: MessageData, review: ReviewSummary, png: Uint8Array): MessageData {
  const [first, ...rest] = message.embeds;
  const reviews = {
    name: 'Reviews',
    value: `Key points due today **${review.dueToday}** · this week **${review.dueThisWeek}** · mastered **${review.mastered}** of ${review.tracked}`,
  };
  const embeds =
    first === undefined ? [] : [{ ...first, fields: [...(first.fields ?? []), reviews].slice(0, 25) }, ...rest];
  return { ...message, embeds, files: [{ name: PROGRESS_FILE, data: Buffer.from(png) }] };
}
