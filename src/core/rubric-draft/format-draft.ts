import type { Rubric } from '../bank/schema.ts';
import { contentWords } from './split-key-points.ts';

/** The draft as a rubrics/ entry (questionId first), pretty-printed for an author to paste and edit. */
export function draftJson(rubric: Rubric, questionId: string): string {
  return `${JSON.stringify({ questionId, ...rubric }, null, 2)}\n`;
}

/** The draft as a person reads it: each key point with its proposed aliases. */
export function draftText(rubric: Rubric, questionId: string): string {
  const lines = rubric.keyPoints.map((k) => {
    const aliases = (k.aliases ?? []).map((a) => `\n      or: ${a}`).join('');
    const claims = (k.claims ?? [])
      .map(
        (c) =>
          `\n      claim: ${c.subject.join(' / ')} ${c.relation === undefined ? '→' : `[${c.relation.join(' / ')}]`} ${c.object.join(' / ')}`,
      )
      .join('');
    return `  - ${k.id} (weight ${k.weight ?? 1}): ${k.text}${aliases}${claims}`;
  });
  return (
    `Draft rubric for ${questionId}: ${rubric.question ?? ''}\n${lines.join('\n')}\n` +
    'Edit the key points, weights and aliases, then add it to rubrics/ (--json prints it in that format).\n'
  );
}

/** A kebab-case id from the question's first content words ("What is a pointer?" → "pointer"). */
export function questionIdFor(question: string, maxWords = 4): string {
  const words = contentWords(question).flatMap((w) => w.normalize('NFKD').match(/[a-z0-9]+/g) ?? []);
  return words.slice(0, maxWords).join('-') || 'question';
}
