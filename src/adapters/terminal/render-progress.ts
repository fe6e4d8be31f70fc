import { addDays } from '../../core/stats/local-date.ts';
import type { ProgressReport } from '../../interviewer/review/index.ts';
import type { Style } from './style.ts';

const SHADES = [' ·', ' ░', ' ▒', ' ▓', ' █'];
const WEEKDAYS = ['Mon', '   ', 'Wed', '   ', 'Fri', '   ', 'Sun'];

/** Reviews, key points mastered per topic, scores over the last sessions and a practice calendar, as text. */
export function renderProgress(report: ProgressReport, s: Style): string {
  const { review, progress } = report;
  const lines = [s.bold('  Review:')];
  lines.push(
    `    key points due now ${review.dueNow} · today ${review.dueToday} · this week ${review.dueThisWeek} · mastered ${review.mastered} of ${review.tracked} reviewed`,
  );
  if (review.dueNow === 0 && review.nextDueAt !== null)
    lines.push(`    next review due ${review.nextDueAt.slice(0, 16).replace('T', ' ')} UTC`);
  lines.push(s.bold('  Key points mastered per topic (stability over 21 days):'));
  lines.push(
    ...progress.topics.map(
      (t) =>
        `    ${t.topic.padEnd(22)} ${bar(t.keyPoints === 0 ? 0 : t.masteredKeyPoints / t.keyPoints)} ${t.masteredKeyPoints}/${t.keyPoints}`,
    ),
  );
  if (progress.sessionScores.length > 0) {
    lines.push(s.bold(`  Score over the last ${progress.sessionScores.length} session(s):`));
    lines.push(
      ...progress.sessionScores.map(
        (x) => `    ${x.startedAt.slice(0, 10)} ${bar(x.score / 100)} ${Math.round(x.score)}`,
      ),
    );
  }
  lines.push(
    s.bold(`  Practice days (${progress.calendar.from} to ${progress.calendar.to}):`),
    ...calendarRows(progress.calendar),
  );
  return `${lines.join('\n')}\n`;
}

function calendarRows(calendar: ProgressReport['progress']['calendar']): string[] {
  const counts = new Map(calendar.days.map((d) => [d.date, d.attempts]));
  const rows: string[][] = WEEKDAYS.map(() => []);
  for (let date = calendar.from, i = 0; date <= calendar.to; date = addDays(date, 1), i++) {
    const n = counts.get(date) ?? 0;
    rows[i % 7]?.push(SHADES[n === 0 ? 0 : n < 2 ? 1 : n < 4 ? 2 : n < 7 ? 3 : 4] as string);
  }
  return rows.map((cells, i) => `    ${WEEKDAYS[i]}${cells.join('')}`);
}

function bar(ratio: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}
