import { stripMarkup } from './markup.ts';

const ATX_HEADING = /^#{1,6}\s+\S/m;
const UNDERLINE = /^\s*(=+|-+)\s*$/;
const BULLET = /^(\s*)[•·▪‣◦]\s+/;

/** True when the text already has markdown headings (a .txt file may hold markdown). */
export function isMarkdown(text: string): boolean {
  return ATX_HEADING.test(text);
}

/**
 * Plain text as markdown: an underlined line (=== or ---) or a line in capitals becomes a heading, bullets
 * become list items. With no heading at all, the first line (or `fallbackTitle`) heads the document, so
 * every drafted key point has a heading to cite as its source.
 */
export function plainTextToMarkdown(text: string, fallbackTitle: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (line.trim() !== '' && UNDERLINE.test(next) && next.trim().length >= 3 && !UNDERLINE.test(line)) {
      out.push(`${next.trim().startsWith('=') ? '#' : '##'} ${line.trim()}`);
      i += 1;
    } else if (isCapitalsHeading(line)) {
      out.push(`## ${line.trim().replace(/:$/, '')}`);
    } else if (isGlossaryLine(line) && (isGlossaryLine(lines[i - 1] ?? '') || isGlossaryLine(next))) {
      out.push(`- ${line.trim()}`);
    } else {
      out.push(line.replace(BULLET, '$1- '));
    }
  }
  const markdown = out.join('\n');
  if (isMarkdown(markdown)) return markdown;
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const isTitle = first.length > 0 && first.length <= 80 && !/[.?!]$/.test(first);
  return isTitle ? markdown.replace(first, `# ${first}`) : `# ${fallbackTitle}\n\n${markdown}`;
}

/** "Median: the middle value …": a term of a few words, a colon, its definition (one of several such lines). */
function isGlossaryLine(line: string): boolean {
  return (
    /^[\p{Lu}\p{N}][\p{L}\p{N}\s/'’()-]{0,40}:\s+\S.{6,}$/u.test(line.trim()) &&
    line.split(':')[0]!.trim().split(/\s+/).length <= 4
  );
}

function isCapitalsHeading(line: string): boolean {
  const plain = stripMarkup(line).replace(/:$/, '');
  const letters = plain.replace(/[^\p{L}]/gu, '');
  const words = plain.split(/\s+/).filter((w) => w !== '');
  if (/^\s*(?:[-*+•]|\d+[.)])\s/.test(line)) return false;
  return letters.length >= 3 && letters === letters.toUpperCase() && words.length <= 10 && !/[.?!]$/.test(plain);
}
