import type { KeyPoint, Question, Rubric } from '../bank/schema.ts';
import { proposeAliases } from '../rubric-draft/propose-aliases.ts';
import { contentWords } from '../rubric-draft/split-key-points.ts';
import { isKeywordList } from '../grading/keyword-list.ts';
import { normalizeWord } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Candidate } from './candidate.ts';
import { kebab } from './markup.ts';
import type { DraftPoint } from './points.ts';
import { draftProbe } from './draft-probe.ts';

export const MAX_KEY_POINTS = 25;
const MAX_POINT_TEXT = 300;
const MAX_ALIAS = 200;
const MAX_ALIASES = 4;
const MAX_PROMPT = 1000;
const MAX_ANSWER = 3000;

export interface DraftedQuestion {
  question: Question;
  rubric: Rubric & { questionId: string };
  origin: Candidate['origin'];
}

/** A candidate as a bank question and its rubric: ids, key points with aliases, hints, a bounded model answer. */
export function draftQuestion(candidate: Candidate, id: string, topic: string): DraftedQuestion {
  const prompt = clip(candidate.prompt, MAX_PROMPT);
  const points = uniquePoints(candidate.points).slice(0, MAX_KEY_POINTS);
  const usedIds = new Set<string>();
  const keyPoints = points.map((point, i): KeyPoint => ({
    id: uniqueId(kebab(contentWords(point.text).join(' '), 3) || `point-${i + 1}`, usedIds),
    text: clip(point.text, MAX_POINT_TEXT),
    aliases: aliasesFor(point, candidate.source),
    weight: 1,
    source: candidate.source,
    ...withProbe(draftProbe(point.label, point.text)),
  }));
  const question: Question = {
    id,
    topic,
    difficulty: candidate.origin === 'section' || candidate.origin === 'question-and-answer' ? 2 : 1,
    kind: kindOf(prompt),
    prompt,
    modelAnswer: clip(explained(candidate.modelAnswer, points), MAX_ANSWER),
    hints: hintsFor(keyPoints),
  };
  return { question, rubric: { questionId: id, question: prompt, keyPoints }, origin: candidate.origin };
}

/**
 * A model answer a candidate could say: a terse list ("schema (databases, CSV); preprocessing (logs)") is
 * what the grader caps as a bare keyword list, so it is written out as sentences, one per key point.
 */
function explained(answer: string, points: DraftPoint[]): string {
  const tokens = tokenize(answer);
  if (!isKeywordList(answer, tokens)) return answer;
  return points
    .map((p) => {
      const example =
        p.glosses.length === 0 ? '' : `, for example ${joinWithAnd(p.glosses.flatMap((g) => g.split(/\s*,\s*/)))}`;
      return `${p.text.charAt(0).toUpperCase()}${p.text.slice(1)}${example}.`;
    })
    .join(' ');
}

function joinWithAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function kindOf(prompt: string): Question['kind'] {
  if (/\b(?:difference|differ|compare|versus|vs\.?)\b/i.test(prompt)) return 'comparison';
  if (/^(?:when|why)\b|\bwhen (?:would|should|do) you\b/i.test(prompt)) return 'when-to-use';
  if (/^(?:you|your|a |an |imagine|suppose)\b/i.test(prompt)) return 'scenario';
  return 'recall';
}

function uniquePoints(points: DraftPoint[]): DraftPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = contentWords(p.text).join(' ');
    if (key === '' || seen.has(key) || !/\p{L}/u.test(p.text)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The rubric drafter's aliases (glosses, abbreviations, synonyms, inflections), then the point with its
 * label ("Access Method: SQL queries") and its content words alone, so every point has at least one.
 */
function aliasesFor(point: DraftPoint, source: string): string[] {
  const own = normalizeWord(point.text);
  const usable = (list: string[]): string[] =>
    list.map((a) => clip(a.trim(), MAX_ALIAS)).filter((a) => a !== '' && normalizeWord(a) !== own);
  const proposed = usable([
    ...proposeAliases({ text: point.text, glosses: point.glosses }),
    point.label === null ? '' : `${point.label} ${point.text}`,
  ]);
  const aliases =
    proposed.length > 0 ? proposed : usable([contentWords(point.text).join(' '), `${source}: ${point.text}`]);
  return [...new Set(aliases)].slice(0, MAX_ALIASES);
}

const withProbe = (probe: string | undefined): { probe?: string } => (probe === undefined ? {} : { probe });

function hintsFor(keyPoints: KeyPoint[]): string[] {
  const opening = keyPoints[0]!.text.split(/\s+/).slice(0, 3).join(' ');
  return [
    `There are ${keyPoints.length} point${keyPoints.length === 1 ? '' : 's'} to make.`,
    clip(`Start with: ${opening}…`, 300),
  ];
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
