/** One heading of a markdown document with the text directly under it (up to the next heading). */
export interface DocumentSection {
  heading: string;
  level: number;
  body: string;
}

const headingLine = /^(#{1,6})\s+(.*)$/;
const fenceLine = /^\s*(```|~~~)/;

/** The heading's text as rubrics cite it: no leading #, no ** markers, no closing #s, no outer spaces. */
export function cleanHeading(raw: string): string {
  return raw
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replaceAll('**', '')
    .trim();
}

/** Splits a markdown document into its headed sections, in order; lines inside code fences are body text. */
export function parseSections(markdown: string): DocumentSection[] {
  const sections: DocumentSection[] = [];
  const bodies: string[][] = [];
  let isInFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (fenceLine.test(line)) isInFence = !isInFence;
    const match = isInFence ? null : headingLine.exec(line);
    if (match) {
      sections.push({ heading: cleanHeading(line), level: match[1]!.length, body: '' });
      bodies.push([]);
    } else {
      bodies.at(-1)?.push(line);
    }
  }
  return sections.map((s, i) => ({ ...s, body: bodies[i]!.join('\n').trim() }));
}

/** Every heading of a markdown document, cleaned (see cleanHeading), in document order. */
export function parseHeadings(markdown: string): string[] {
  return parseSections(markdown).map((s) => s.heading);
}

/** Headings that hold text of their own, not only sub-headings: the sections a rubric can cite as content. */
export function parseContentHeadings(markdown: string): string[] {
  return parseSections(markdown)
    .filter((s) => s.body.length > 0)
    .map((s) => s.heading);
}
