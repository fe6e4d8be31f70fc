import type { Block, Section } from './blocks.ts';
import type { Candidate } from './candidate.ts';
import { sentencesOf } from './find-definitions.ts';
import { stripMarkup } from './markup.ts';
import { answerOf, pointsOf, type DraftPoint } from './points.ts';

const LEAD_IN = /^(.{3,200}?)\s+(are|include|includes|is|were)\s*:$/i;
const NUMBER = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?![.)])/i;
const INLINE_LIST = /^(.{3,160}?)\s+(are|include)\s*:?\s+(.+?)\.?$/i;
const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i;

/**
 * Lists introduced as a whole: a paragraph ending with a colon ("The five stages are:") and the items under
 * it, or one sentence naming a number of things and listing them ("The three types are A, B and C").
 */
export function findLists(section: Section, used: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  section.blocks.forEach((block, i) => {
    if (used.has(i) || block.kind !== 'paragraph') return;
    const lead = stripMarkup(block.text);
    if (lead.endsWith(':')) {
      const items = itemsAfter(section.blocks, i, used);
      if (items.length < 2) return;
      const points = items.flatMap((j) => pointsOf(section.blocks[j]!, true));
      if (points.length < 2) return;
      const answer = `${lead} ${answerOf(items.map((j) => section.blocks[j]!))}`;
      found.push(listCandidate(section, i, promptFor(lead.slice(0, -1)), points, answer));
      for (const j of [i, ...items]) used.add(j);
      return;
    }
    if (inlineLists(section, block, i, found)) used.add(i);
  });
  return found;
}

function itemsAfter(blocks: Block[], at: number, used: Set<number>): number[] {
  const items: number[] = [];
  for (let j = at + 1; j < blocks.length && !used.has(j); j += 1) {
    const block = blocks[j]!;
    // A blank line or a paragraph ends the list the lead-in introduced.
    if (block.kind !== 'item' || (block.startsList && j > at + 1)) break;
    items.push(j);
  }
  return items;
}

/** Adds the paragraph's inline lists to `found`; true when nothing of the paragraph is left. */
function inlineLists(section: Section, block: Block, at: number, found: Candidate[]): boolean {
  const left: string[] = [];
  const sentences = sentencesOf(stripMarkup(block.text));
  for (const sentence of sentences) {
    const match = INLINE_LIST.exec(sentence);
    const items =
      match === null
        ? []
        : match[3]!
            .split(LIST_SPLIT)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    if (match === null || !NUMBER.test(match[1]!) || items.length < 2 || items.some((s) => s.split(/\s+/).length > 8)) {
      left.push(sentence);
      continue;
    }
    const points = items.map((text): DraftPoint => ({ text, label: null, glosses: [] }));
    found.push(listCandidate(section, at, promptFor(`${match[1]} ${match[2]}`), points, sentence));
  }
  if (left.length === sentences.length) return false;
  block.text = left.join(' ');
  return block.text.trim() === '';
}

/** "The five stages of a project are" → "What are the five stages of a project?"; "Common joins" → "Name the common joins." */
function promptFor(lead: string): string {
  const match = LEAD_IN.exec(`${lead}:`);
  const subject = (match?.[1] ?? lead).replace(/^(?:here|below)\s+(?:are|is)\s+/i, '').trim();
  const lowered = /^\p{Lu}\p{Ll}/u.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
  if (match === null) return `Name the ${lowered.replace(/^the\s+/i, '')}.`;
  return `What ${/^is$/i.test(match[2]!) ? 'is' : 'are'} ${lowered}?`;
}

function listCandidate(section: Section, at: number, prompt: string, points: DraftPoint[], answer: string): Candidate {
  const modelAnswer = /[.!?]$/.test(answer.trim()) ? answer.trim() : `${answer.trim()}.`;
  return { origin: 'list', prompt, source: section.heading, points, modelAnswer, order: [section.index, at] };
}
