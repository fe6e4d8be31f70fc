import type { Block, Section } from './blocks.ts';
import type { Candidate } from './candidate.ts';
import { stripMarkup } from './markup.ts';
import { contentWords } from '../rubric-draft/split-key-points.ts';
import { pointsOfText } from './points.ts';

const DEFINITION =
  /^(?:(an?|the)\s+)?([\p{L}\p{N}][\p{L}\p{N}\s'’/-]{0,60}?)\s+(is|are|refers to|means|states that|measures|counts|describes|estimates)\s+(.{8,})$/iu;
/** Verbs other than "is" define only when they open a paragraph ("The central limit theorem states that …"). */
const COPULAS = new Set(['is', 'are', 'refers to', 'means']);
/** A definition this short is one key point; a longer one is cut into clauses. */
const MAX_WHOLE_DEFINITION_WORDS = 14;
const GLOSSARY_LINE = /^([\p{L}\p{N}][\p{L}\p{N}\s'’/()-]{0,50}?)\s*(?::|\s[-–—]\s)\s*(.{8,})$/u;
const MAX_TERM_WORDS = 4;
/** Subjects that point elsewhere or say nothing on their own ("This is…", "The key is…"). */
const VAGUE_SUBJECTS = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'they',
  'he',
  'she',
  'we',
  'you',
  'i',
  'which',
  'what',
  'who',
  'key',
  'point',
  'idea',
  'goal',
  'answer',
  'reason',
  'result',
  'problem',
  'difference',
  'thing',
  'rule',
  'trick',
  'bottom line',
  'main thing',
  'another',
  'way',
  'example',
  'question',
  'first',
  'second',
  'next',
  'last',
  'one',
  'other',
  'each',
  'both',
  'all',
]);
const FOLLOW_ON = /^(?:it|they|this|these)\b/i;

/**
 * Definitions: a sentence "X is Y" in a paragraph, or in a glossary section (two or more items "Term: …"
 * written without emphasis) each "Term: definition" item. Marks the blocks it uses; a paragraph gives up
 * only its definition and the sentences that follow it up ("It …").
 */
export function findDefinitions(section: Section, used: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  const glossary = glossaryItems(section, used);
  section.blocks.forEach((block, i) => {
    if (used.has(i)) return;
    if (block.kind === 'item') {
      const entry = glossary.get(i);
      if (entry === undefined) return;
      found.push(
        candidate(
          section,
          i,
          questionFor(
            /^\p{Ll}/u.test(entry.term) || isCommonWord(entry.term.split(' ')[0]!) ? 'the' : null,
            entry.term,
          ),
          `${entry.term}: ${entry.definition}`,
          [entry.definition],
        ),
      );
      used.add(i);
      return;
    }
    const before = found.length;
    const rest = definitionsInParagraph(section, block, i, found);
    if (found.length === before) return;
    if (rest.trim() === '') used.add(i);
    else block.text = rest;
  });
  return found;
}

/** Adds the paragraph's definitions to `found` and returns what is left of its text. */
function definitionsInParagraph(section: Section, block: Block, at: number, found: Candidate[]): string {
  const sentences = sentencesOf(stripMarkup(block.text));
  const left: string[] = [];
  for (let s = 0; s < sentences.length; s += 1) {
    const match = DEFINITION.exec(sentences[s]!.replace(/[.!]$/, ''));
    const term = match?.[2]?.trim() ?? '';
    const verb = match?.[3]?.toLowerCase() ?? '';
    if (match === null || !isTerm(term) || (!COPULAS.has(verb) && s > 0)) {
      left.push(sentences[s]!);
      continue;
    }
    // A paragraph that opens with a definition is about its term; elsewhere only "It …" sentences follow it.
    const follow: string[] = [];
    const isOpening = s === 0;
    while (s + 1 < sentences.length && (isOpening || FOLLOW_ON.test(sentences[s + 1]!))) follow.push(sentences[++s]!);
    const prompt = questionFor(match[1] ?? null, term, verb);
    found.push(
      candidate(section, at, prompt, [sentences[s - follow.length]!, ...follow].join(' '), [match[4]!, ...follow]),
    );
  }
  return left.join(' ');
}

function glossaryItems(section: Section, used: Set<number>): Map<number, { term: string; definition: string }> {
  const entries = new Map<number, { term: string; definition: string }>();
  section.blocks.forEach((block, i) => {
    if (used.has(i) || block.kind !== 'item' || /^\s*(\*\*|__)/.test(block.text)) return;
    const match = GLOSSARY_LINE.exec(stripMarkup(block.text));
    if (match && isTerm(match[1]!.replace(/\([^)]*\)/g, '').trim()))
      entries.set(i, { term: match[1]!.trim(), definition: match[2]!.trim() });
  });
  return entries.size >= 2 ? entries : new Map();
}

function isTerm(term: string): boolean {
  const words = term.split(/\s+/);
  const lower = term.toLowerCase();
  return (
    words.length <= MAX_TERM_WORDS &&
    !VAGUE_SUBJECTS.has(lower) &&
    !VAGUE_SUBJECTS.has(words[0]!.toLowerCase()) &&
    /\p{L}{2,}/u.test(term)
  );
}

function questionFor(article: string | null, term: string, verb = 'is'): string {
  const isPlural = verb === 'are';
  const keepsCase =
    /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(term) ||
    (article === null && /^\p{Lu}/u.test(term) && !/\s/.test(term) && !isCommonWord(term));
  const written = keepsCase ? term : term.charAt(0).toLowerCase() + term.slice(1);
  const the = article === null ? '' : `${article.toLowerCase()} `;
  if (!COPULAS.has(verb)) return `What does ${the}${written} ${verb.replace(/s(?: that)?$/, '')}?`;
  return `What ${isPlural ? 'are' : 'is'} ${the}${written}?`;
}

/** A capitalised single word that only starts a sentence ("Variance") rather than a name ("Pandas"). */
function isCommonWord(term: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(term) && !/(?:SQL|[A-Z]{2,})/.test(term);
}

function candidate(section: Section, at: number, prompt: string, modelAnswer: string, pointTexts: string[]): Candidate {
  const [definition, ...rest] = pointTexts;
  const isShort = contentWords(definition!).length <= MAX_WHOLE_DEFINITION_WORDS;
  const points = [
    ...(isShort ? [{ text: definition!.replace(/[.!]$/, ''), label: null, glosses: [] }] : pointsOfText(definition!)),
    ...rest.flatMap((t) => pointsOfText(t)),
  ];
  return {
    origin: 'definition',
    prompt,
    source: section.heading,
    points,
    modelAnswer: answerSentence(modelAnswer),
    order: [section.index, at],
  };
}

function answerSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Sentences of a paragraph; "e.g." and "i.e." do not end one. */
export function sentencesOf(text: string): string[] {
  const guarded = text.replace(/\b(e\.g|i\.e|etc|vs|cf)\./gi, (m) => m.replace(/\./g, '\u2024'));
  return guarded
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => s !== '');
}
