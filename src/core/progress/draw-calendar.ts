import { addDays } from '../stats/local-date.ts';
import type { Streak } from '../stats/types.ts';
import type { Box } from './draw-charts.ts';
import type { Progress } from './progress-data.ts';
import { COLORS, svgRect, svgText } from './svg.ts';

const CELL = 13;
const GAP = 3;
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/** A heat map of practice days: one column per week (Monday on top), darker for more answers. */
export function drawCalendar(calendar: Progress['calendar'], streak: Streak, box: Box): string {
  const counts = new Map(calendar.days.map((d) => [d.date, d.attempts]));
  const left = box.x + 34;
  const top = box.y + 30;
  const parts = [
    svgText(box.x, box.y + 14, 'Practice days', { size: 15, weight: 'bold' }),
    svgText(
      box.x + box.width,
      box.y + 14,
      `streak ${streak.current} day${streak.current === 1 ? '' : 's'} · longest ${streak.longest}`,
      { size: 12, color: COLORS.muted, anchor: 'end' },
    ),
  ];
  WEEKDAYS.forEach((name, row) => {
    if (name !== '') parts.push(svgText(box.x, top + row * (CELL + GAP) + 10, name, { size: 10, color: COLORS.muted }));
  });
  for (let date = calendar.from, i = 0; date <= calendar.to; date = addDays(date, 1), i++) {
    const x = left + Math.floor(i / 7) * (CELL + GAP);
    const y = top + (i % 7) * (CELL + GAP);
    parts.push(svgRect(x, y, CELL, CELL, heat(counts.get(date) ?? 0), 2));
    if (i % 7 === 0 && Number(date.slice(8)) <= 7) {
      parts.push(svgText(x, top + 7 * (CELL + GAP) + 12, monthName(date), { size: 10, color: COLORS.muted }));
    }
  }
  parts.push(...legend(box.x + box.width, top + 7 * (CELL + GAP) + 12));
  return parts.join('');
}

/** "less ■■■■■ more", right-aligned at `right`. */
function legend(right: number, y: number): string[] {
  const start = right - 30 - COLORS.heat.length * (CELL + GAP);
  return [
    svgText(start - 6, y, 'less', { size: 10, color: COLORS.muted, anchor: 'end' }),
    ...COLORS.heat.map((color, i) => svgRect(start + i * (CELL + GAP), y - 10, CELL, CELL, color, 2)),
    svgText(right, y, 'more', { size: 10, color: COLORS.muted, anchor: 'end' }),
  ];
}

function heat(attempts: number): string {
  const level = attempts === 0 ? 0 : attempts < 2 ? 1 : attempts < 4 ? 2 : attempts < 7 ? 3 : 4;
  return COLORS.heat[level] as string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (date: string): string => MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
