import { parseSections } from '../bank/document.ts';

/** A paragraph (its lines joined) or a list item (with its continuation lines) of a section's body. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; depth: number; isOrdered: boolean; startsList: boolean };

/** A headed section of the document with its body cut into blocks; `heading` is exactly what `source` cites. */
export interface Section {
  heading: string;
  level: number;
  blocks: Block[];
  /** Index in the document, to keep drafted questions in document order. */
  index: number;
}

const ITEM = /^(\s*)(?:[-*+•]|(\d+)[.)])\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_OR_RULE = /^\s*(?:\|.*|[-*_]{3,}\s*)$/;

/** The document's headed sections, each body cut into paragraphs and list items; code and tables are left out. */
export function parseBlocks(markdown: string): Section[] {
  return parseSections(markdown).map((section, index) => ({
    heading: section.heading,
    level: section.level,
    blocks: bodyBlocks(section.body),
    index,
  }));
}

function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let isInFence = false;
  let isInList = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      isInFence = !isInFence;
      open = null;
      continue;
    }
    if (isInFence || TABLE_OR_RULE.test(line)) {
      open = null;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const depth = Math.floor(item[1]!.replace(/\t/g, '  ').length / 2);
      open = { kind: 'item', text: item[3]!.trim(), depth, isOrdered: item[2] !== undefined, startsList: !isInList };
      blocks.push(open);
      isInList = true;
    } else if (line.trim() === '') {
      isInList = false;
      open = null;
    } else if (open !== null && (open.kind === 'paragraph' || /^\s+/.test(line))) {
      open.text = `${open.text} ${line.trim()}`;
    } else {
      isInList = false;
      open = { kind: 'paragraph', text: line.trim() };
      blocks.push(open);
    }
  }
  return blocks;
}
