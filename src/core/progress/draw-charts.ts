import type { SessionScore, TopicProgress } from './progress-data.ts';
import { clip, COLORS, svgCircle, svgLine, svgPolyline, svgRect, svgText } from './svg.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROW = 26;

/** Horizontal bars: each topic's mastery (0-100 %), with its mastered key points beside it. */
export function drawTopicBars(topics: readonly TopicProgress[], box: Box): string {
  const labelWidth = 130;
  const barWidth = box.width - labelWidth - 90;
  const shown = topics.slice(0, Math.floor((box.height - 30) / ROW));
  const parts = [
    svgText(box.x, box.y + 14, 'Mastery per topic', { size: 15, weight: 'bold' }),
    svgText(box.x + box.width, box.y + 14, 'bar: recent scores · key points mastered', {
      size: 10,
      color: COLORS.muted,
      anchor: 'end',
    }),
  ];
  shown.forEach((topic, i) => {
    const y = box.y + 30 + i * ROW;
    const percent = Math.round(topic.mastery * 100);
    parts.push(
      svgText(box.x, y + 14, clip(topic.topic, 18), { size: 12 }),
      svgRect(box.x + labelWidth, y + 3, barWidth, 14, COLORS.barTrack, 3),
      svgRect(box.x + labelWidth, y + 3, (barWidth * percent) / 100, 14, COLORS.bar, 3),
      svgText(
        box.x + labelWidth + barWidth + 6,
        y + 14,
        `${percent}% · ${topic.masteredKeyPoints}/${topic.keyPoints}`,
        { size: 11, color: COLORS.muted },
      ),
    );
  });
  if (shown.length === 0) parts.push(svgText(box.x, box.y + 44, 'No topics yet.', { color: COLORS.muted }));
  return parts.join('');
}

/** A line of session scores (0-100), oldest on the left. */
export function drawSessionScores(sessions: readonly SessionScore[], box: Box): string {
  const top = box.y + 30;
  const left = box.x + 34;
  const width = box.width - 44;
  const height = box.height - 56;
  const parts = [
    svgText(
      box.x,
      box.y + 14,
      sessions.length === 0
        ? 'Score per session'
        : `Score over the last ${sessions.length} session${sessions.length === 1 ? '' : 's'}`,
      { size: 15, weight: 'bold' },
    ),
  ];
  for (const mark of [0, 50, 100]) {
    const y = top + height - (height * mark) / 100;
    parts.push(
      svgLine(left, y, left + width, y, COLORS.grid),
      svgText(left - 6, y + 4, String(mark), { size: 10, color: COLORS.muted, anchor: 'end' }),
    );
  }
  if (sessions.length === 0)
    return [...parts, svgText(left + 10, top + height / 2, 'No sessions yet.', { color: COLORS.muted })].join('');
  const step = sessions.length === 1 ? 0 : width / (sessions.length - 1);
  const points = sessions.map((s, i): [number, number] => [
    left + (sessions.length === 1 ? width / 2 : i * step),
    top + height - (height * clamp(s.score)) / 100,
  ]);
  parts.push(svgPolyline(points, COLORS.line), ...points.map(([x, y]) => svgCircle(x, y, 3.5, COLORS.line)));
  const last = sessions.at(-1) as SessionScore;
  parts.push(
    svgText(left + width, top + height + 20, `latest ${Math.round(last.score)}`, {
      size: 11,
      color: COLORS.muted,
      anchor: 'end',
    }),
  );
  return parts.join('');
}

const clamp = (score: number): number => Math.min(100, Math.max(0, score));
