import type { Block, Section } from './blocks.ts';
import type { Candidate } from './candidate.ts';
import {
  answerWording,
  hasQuestionPrefix,
  isQuestionText,
  isWhollyBold,
  questionWording,
  stripMarkup,
} from './markup.ts';
import { answerOf, pointsOf, pointsOfText } from './points.ts';

const LEADING_BOLD_QUESTION = /^\s*(?:\d+[.)]\s*)?(\*\*|__)(.+?)\1\s*(.*)$/u;
const INLINE_QA = /^\s*(?:q|question)\s*\d*\s*[:.)-]\s*(.+?\?)\s*(?:(?:a|answer)\s*[:.)-]\s*)?(.*)$/i;

/** A block that asks a question, with any answer written on the same line or item. */
interface Asked {
  question: string;
  inlineAnswer: string;
}

/**
 * The section's own question-and-answer pairs: a heading that asks a question answered by its body, or a
 * bold or "Q:" question followed by its answer (up to the next question). Marks the blocks it uses.
 */
export function findPairs(section: Section, used: Set<number>): Candidate[] {
  if (isQuestionText(section.heading)) {
    const answer = section.blocks.filter((_, i) => !used.has(i));
    section.blocks.forEach((_, i) => used.add(i));
    const pair = pairFrom(section, questionWording(section.heading), '', answer, 0);
    return pair === null ? [] : [pair];
  }
  const pairs: Candidate[] = [];
  section.blocks.forEach((block, i) => {
    const asked = used.has(i) ? null : askedIn(block);
    if (asked === null) return;
    const answerBlocks: Block[] = [];
    const taken = [i];
    for (let j = i + 1; j < section.blocks.length && !used.has(j) && askedIn(section.blocks[j]!) === null; j += 1) {
      answerBlocks.push(section.blocks[j]!);
      taken.push(j);
    }
    const pair = pairFrom(section, asked.question, asked.inlineAnswer, answerBlocks, i);
    if (pair === null) return;
    pairs.push(pair);
    for (const t of taken) used.add(t);
  });
  return pairs;
}

function askedIn(block: Block): Asked | null {
  const text = block.text.trim();
  const bold = LEADING_BOLD_QUESTION.exec(text);
  // A list of questions with no answers ("1. **Where is my data?**") asks them; it does not answer them.
  if (bold && isQuestionText(bold[2]!) && (block.kind === 'paragraph' || bold[3]!.trim() !== ''))
    return { question: questionWording(bold[2]!), inlineAnswer: bold[3]! };
  const inline = INLINE_QA.exec(stripMarkup(text));
  if (inline && hasQuestionPrefix(text)) return { question: questionWording(inline[1]!), inlineAnswer: inline[2]! };
  const isStandalone = block.kind === 'paragraph' && isQuestionText(text) && !/[.!?]\s/.test(stripMarkup(text));
  if (isStandalone || (block.kind === 'paragraph' && isWhollyBold(text) && isQuestionText(text)))
    return { question: questionWording(text), inlineAnswer: '' };
  return null;
}

function pairFrom(
  section: Section,
  question: string,
  inlineAnswer: string,
  blocks: Block[],
  at: number,
): Candidate | null {
  const inline = answerWording(inlineAnswer);
  const answerBlocks = blocks.map((b): Block => (b.kind === 'paragraph' ? { ...b, text: answerWording(b.text) } : b));
  const points = [...(inline === '' ? [] : pointsOfText(inline)), ...answerBlocks.flatMap((b) => pointsOf(b))];
  const modelAnswer = [inline, answerOf(answerBlocks)].filter((s) => s !== '').join(' ');
  if (points.length === 0 || modelAnswer.length < 10) return null;
  return {
    origin: 'question-and-answer',
    prompt: question,
    source: section.heading,
    points,
    modelAnswer,
    order: [section.index, at],
  };
}
