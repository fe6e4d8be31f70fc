import { drawCalendar } from './draw-calendar.ts';
import { drawSessionScores, drawTopicBars } from './draw-charts.ts';
import type { Progress } from './progress-data.ts';
import { clip, COLORS, FONT_FAMILY, svgRect, svgText } from './svg.ts';

export const PROGRESS_IMAGE_WIDTH = 880;

/** The progress picture as SVG: its height grows with the number of topics. */
export function progressSvg(progress: Progress, title: string): { svg: string; width: number; height: number } {
  const width = PROGRESS_IMAGE_WIDTH;
  const barsHeight = Math.max(150, 40 + progress.topics.length * 26);
  const calendarTop = 56 + barsHeight + 16;
  const height = calendarTop + 170;
  const body = [
    svgRect(0, 0, width, height, COLORS.background),
    svgText(24, 34, clip(title, 70), { size: 20, weight: 'bold' }),
    drawTopicBars(progress.topics, { x: 24, y: 56, width: 440, height: barsHeight }),
    drawSessionScores(progress.sessionScores, { x: 500, y: 56, width: 356, height: Math.min(barsHeight, 260) }),
    drawCalendar(progress.calendar, progress.streak, { x: 24, y: calendarTop, width: width - 48, height: 160 }),
  ].join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">${body}</svg>`;
  return { svg, width, height };
}
