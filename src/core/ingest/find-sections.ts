import type { Section } from './blocks.ts';
import type { Candidate } from './candidate.ts';
import { isQuestionText, readableHeading } from './markup.ts';
import { answerOf, pointsOf, splitLabel } from './points.ts';

const MIN_POINTS = 2;
const MAX_LABELS_IN_PROMPT = 4;

/** A heading and what is left of its body: one question whose key points are the body's items and clauses. */
export function findSection(section: Section, used: Set<number>): Candidate[] {
  // The title's own text introduces the document; it is not something to be asked about.
  if (section.level === 1) return [];
  const blocks = section.blocks.filter((_, i) => !used.has(i));
  const points = blocks.flatMap((b) => pointsOf(b));
  if (points.length < MIN_POINTS) return [];
  const first = section.blocks.findIndex((_, i) => !used.has(i));
  const modelAnswer = answerOf(blocks);
  const heading = readableHeading(section.heading);
  const topItems = blocks.filter((b) => b.kind === 'item' && b.depth === 0);
  const isSteps = topItems.length >= 2 && topItems.every((b) => b.kind === 'item' && b.isOrdered);
  const labels = [...new Set(topItems.map((b) => splitLabel(b.text).label).filter((l): l is string => l !== null))];
  const isQuestionList = topItems.length >= 2 && topItems.every((b) => isQuestionText(b.text));
  const prompt = isQuestionList
    ? `What are the ${heading}?`
    : isSteps
      ? `Walk through ${heading}: what are the steps, in order?`
      : labels.length >= 2
        ? `Explain ${heading}: ${labels
            .slice(0, MAX_LABELS_IN_PROMPT)
            .map((l) => l.toLowerCase())
            .join(', ')}.`
        : `What do you know about ${heading}?`;
  return [{ origin: 'section', prompt, source: section.heading, points, modelAnswer, order: [section.index, first] }];
}
