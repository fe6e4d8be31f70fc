import type { LearningLeaderboard } from '../../../interviewer/review/index.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { COLOURS } from '../interview/render-question.ts';

const MEDALS = ['🥇', '🥈', '🥉'];

/** This server's members by key points mastered or by current streak; names are escaped and never ping. */
export function renderLearningLeaderboard(board: Exclude<LearningLeaderboard, { by: 'score' }>): MessageData {
  const lines =
    board.by === 'mastered'
      ? board.rows.map((row, i) => `${rank(i)} ${name(row.displayName)} — **${row.mastered}** key point(s) mastered`)
      : board.rows.map(
          (row, i) =>
            `${rank(i)} ${name(row.displayName)} — 🔥 **${row.streak.current}** day(s) (longest ${row.streak.longest})`,
        );
  const title = board.by === 'mastered' ? 'Leaderboard · key points mastered' : 'Leaderboard · current streak';
  const empty =
    board.by === 'mastered'
      ? 'Nobody in this server has mastered a key point yet. Keep reviewing with /review!'
      : 'Nobody in this server has a streak going. Start one with /mock-interview!';
  return {
    embeds: [
      {
        color: COLOURS.question,
        title,
        description: lines.length > 0 ? joinLinesWithin(lines, LIMITS.embedDescription) : empty,
        footer: { text: 'Leave the board with /privacy leaderboard show:off' },
      },
    ],
    components: [],
  };
}

function rank(i: number): string {
  return MEDALS[i] ?? `**${i + 1}.**`;
}

function name(displayName: string): string {
  return escapeMarkdown(truncate(displayName, 40));
}
