import type { KeyPoint, Rubric } from '../bank/schema.ts';
import { isNegationCue } from '../text/negation.ts';
import { proposeAliases } from './propose-aliases.ts';
import { proposeClaims } from './propose-claims.ts';
import { contentWords, splitKeyPoints } from './split-key-points.ts';

export interface DraftInput {
  question: string;
  reference: string;
}

const MAX_ID_WORDS = 3;
const MAX_KEY_POINTS = 25;
const MAX_TEXT = 300;

/**
 * A rubric drafted from a reference answer: one key point per clause or listed concept, with proposed
 * aliases. It is a starting point for an author, and what the grading benchmark grades against.
 * The question is kept so the grader can discount words a candidate merely repeats from it.
 */
export function draftRubric(input: DraftInput): Rubric {
  const segments = splitKeyPoints(input.reference).slice(0, MAX_KEY_POINTS);
  const usedIds = new Set<string>();
  const keyPoints = segments.map((segment, i): KeyPoint => {
    const claims = proposeClaims(segment.text);
    return {
      id: uniqueId(idFor(segment.text, i), usedIds),
      text: segment.text.slice(0, MAX_TEXT),
      aliases: proposeAliases(segment).map((a) => a.slice(0, 200)),
      weight: 1,
      ...(claims.length === 0 ? {} : { claims }),
    };
  });
  if (keyPoints.length === 0) {
    keyPoints.push({
      id: 'answer',
      text: input.reference.trim().slice(0, MAX_TEXT) || 'answer',
      aliases: [],
      weight: 1,
    });
  }
  return { question: input.question.trim(), keyPoints };
}

function idFor(text: string, index: number): string {
  const words = contentWords(text)
    .filter((w) => !isNegationCue(w, undefined))
    .flatMap((w) => w.normalize('NFKD').split(/[^a-z0-9]+/))
    .filter((w) => w !== '')
    .slice(0, MAX_ID_WORDS);
  return words.length === 0 ? `point-${index + 1}` : words.join('-');
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
