import type { LeaderboardRow } from '../../../store/store.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { COLOURS } from '../interview/render-question.ts';

export const PERIODS = ['week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const PERIOD_TITLE: Record<Period, string> = { week: 'the last 7 days', month: 'the last 30 days', all: 'all time' };
const PERIOD_DAYS: Record<Period, number | null> = { week: 7, month: 30, all: null };
const MEDALS = ['🥇', '🥈', '🥉'];

/** The ISO time a period starts at, or null for all time. */
export function periodStart(period: Period, now: Date): string | null {
  const days = PERIOD_DAYS[period];
  return days === null ? null : new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** This server's top scores; names are escaped (and never ping: every message disables mentions). */
export function renderLeaderboard(rows: readonly LeaderboardRow[], period: Period): MessageData {
  const title = `Leaderboard · ${PERIOD_TITLE[period]}`;
  const lines = rows.map((row, i) => {
    const rank = MEDALS[i] ?? `**${i + 1}.**`;
    const name = escapeMarkdown(truncate(row.displayName, 40));
    return `${rank} ${name} — **${row.totalScore}** points · avg ${row.averageScore}/100 · ${row.attempts} answer(s)`;
  });
  const description =
    lines.length > 0
      ? joinLinesWithin(lines, LIMITS.embedDescription)
      : 'No scores in this server for this period yet. Start with /mock-interview!';
  return {
    embeds: [
      {
        color: COLOURS.question,
        title,
        description,
        footer: { text: 'Leave the board with /privacy leaderboard show:off' },
      },
    ],
    components: [],
  };
}
