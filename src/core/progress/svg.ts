/** Small helpers for drawing SVG as text: every value written into it passes through here. */

export const FONT_FAMILY = 'DejaVu Sans';

export const COLORS = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#656d76',
  grid: '#d0d7de',
  bar: '#2f81f7',
  barTrack: '#eaeef2',
  line: '#1a7f37',
  heat: ['#ebedf0', '#9be9a8', '#40c463', '#30a14e', '#216e39'],
} as const;

/** Text safe inside an SVG element or attribute (user text included: it can never become markup). */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

export interface TextOptions {
  size?: number;
  color?: string;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
}

export function svgText(x: number, y: number, text: string, options: TextOptions = {}): string {
  const { size = 13, color = COLORS.text, anchor = 'start', weight = 'normal' } = options;
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${color}" text-anchor="${anchor}" font-weight="${weight}">${escapeXml(text)}</text>`;
}

export function svgRect(x: number, y: number, width: number, height: number, fill: string, radius = 0): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}" rx="${radius}" fill="${fill}"/>`;
}

export function svgLine(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${width}"/>`;
}

export function svgPolyline(points: readonly [number, number][], stroke: string, width = 2): string {
  return `<polyline points="${points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round"/>`;
}

export function svgCircle(x: number, y: number, r: number, fill: string): string {
  return `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${fill}"/>`;
}
