import type { Phrase } from './compile-rubric.ts';
import type { PreparedAnswer } from './prepare-answer.ts';
import { NEIGHBOUR_SENTENCE_FACTOR, SPAN_EXTRA_TOKENS, SPAN_TOKENS_PER_TERM } from './thresholds.ts';

/** How well one phrase of a key point is stated in the answer, judged in its best window. */
export interface PhraseMatch {
  /** Weighted share of the phrase's terms stated with the phrase's own polarity, 0-1. */
  coverage: number;
  /** Weighted share of its terms that the answer mentions only to deny, 0-1. */
  denial: number;
  /** Token indexes of the matching words in the best window. */
  matched: number[];
  denied: number[];
  /** Terms said nowhere in the answer (in the rubric's words), for telling a candidate what a partial lacks. */
  missing: string[];
}

/** One answer word that states one term of the phrase. */
interface Hit { term: number; token: number; strength: number }

interface SentenceHits {
  agree: Hit[];
  deny: Hit[];
}

interface WindowScore {
  score: number;
  tokens: number[];
  /** The phrase term each of `tokens` matched. */
  termOf: number[];
  found: boolean[];
}

export function matchPhrase(phrase: Phrase, answer: PreparedAnswer): PhraseMatch {
  const bySentence = collectHits(phrase, answer);
  const agree = bestWindow(phrase, bySentence, (h) => h.agree);
  const deny = bestWindow(phrase, bySentence, (h) => h.deny);
  const isTelling = (t: number): boolean => phrase.terms[t]!.isTelling;
  return {
    coverage: agree.score,
    denial: deny.score,
    matched: agree.tokens.filter((_, i) => isTelling(agree.termOf[i]!)),
    denied: deny.tokens.filter((_, i) => isTelling(deny.termOf[i]!)),
    // A word said elsewhere in the answer is not "missing"; telling the candidate so would read as an error.
    missing: phrase.terms
      .filter((term, t) => !agree.found[t] && isTelling(t) && !answer.occurrences.has(term.stem))
      .map((term) => term.display),
  };
}

function collectHits(phrase: Phrase, answer: PreparedAnswer): Map<number, SentenceHits> {
  const bySentence = new Map<number, SentenceHits>();
  phrase.terms.forEach((term, t) => {
    for (const occurrence of answer.occurrences.get(term.stem) ?? []) {
      let hits = bySentence.get(occurrence.sentence);
      if (hits === undefined) {
        hits = { agree: [], deny: [] };
        bySentence.set(occurrence.sentence, hits);
      }
      const side = occurrence.negated === term.negated ? hits.agree : hits.deny;
      side.push({ term: t, token: occurrence.tokenIndex, strength: occurrence.strength });
    }
  });
  return bySentence;
}

/** The best single sentence, or pair of neighbouring sentences (counting a little less). */
function bestWindow(
  phrase: Phrase,
  bySentence: Map<number, SentenceHits>,
  side: (h: SentenceHits) => Hit[],
): WindowScore {
  let best: WindowScore = { score: 0, tokens: [], termOf: [], found: phrase.terms.map(() => false) };
  for (const [sentence, hits] of bySentence) {
    const own = side(hits);
    if (own.length === 0) continue;
    const single = bestSpan(phrase, own, 1);
    if (single.score > best.score) best = single;
    const next = bySentence.get(sentence + 1);
    if (next === undefined || side(next).length === 0) continue;
    const pair = bestSpan(phrase, [...own, ...side(next)], NEIGHBOUR_SENTENCE_FACTOR);
    if (pair.score > best.score) best = pair;
  }
  return best;
}

/**
 * A phrase of several terms is stated by words close together: its best stretch of at most
 * SPAN_TOKENS_PER_TERM words per term plus SPAN_EXTRA_TOKENS. Words of the point scattered over a long
 * sentence ("Linux is an operating system that some servers use, but …") do not state it.
 */
function bestSpan(phrase: Phrase, hits: Hit[], factor: number): WindowScore {
  if (phrase.terms.length < 2 || hits.length < 2) return scoreWindow(phrase, hits, factor);
  const limit = SPAN_TOKENS_PER_TERM * phrase.terms.length + SPAN_EXTRA_TOKENS;
  let first = Infinity;
  let last = -Infinity;
  for (const h of hits) {
    if (h.token < first) first = h.token;
    if (h.token > last) last = h.token;
  }
  if (last - first < limit) return scoreWindow(phrase, hits, factor);
  hits.sort((a, b) => a.token - b.token);
  const strength = new Float64Array(phrase.terms.length);
  let best = -1;
  let bestStart = 0;
  let bestEnd = 0;
  let end = 0;
  for (let start = 0; start < hits.length; start += 1) {
    const previousEnd = end;
    end = Math.max(end, start);
    while (end + 1 < hits.length && hits[end + 1]!.token - hits[start]!.token < limit) end += 1;
    // A stretch inside the previous one cannot score more.
    if (best >= 0 && end === previousEnd) continue;
    const score = stretchScore(phrase, hits, start, end, strength);
    if (score > best) {
      best = score;
      bestStart = start;
      bestEnd = end;
    }
  }
  return scoreWindow(phrase, hits.slice(bestStart, bestEnd + 1), factor);
}

/** The weighted share of the phrase that hits[start..end] state (scoreWindow's score, without the details). */
function stretchScore(phrase: Phrase, hits: readonly Hit[], start: number, end: number, strength: Float64Array): number {
  strength.fill(0);
  for (let i = start; i <= end; i += 1) {
    const h = hits[i]!;
    if (h.strength > strength[h.term]!) strength[h.term] = h.strength;
  }
  let weighted = 0;
  let isTold = false;
  phrase.terms.forEach((term, t) => {
    weighted += term.weight * strength[t]!;
    if (strength[t]! > 0 && term.isTelling) isTold = true;
  });
  return isTold ? weighted : 0;
}

function scoreWindow(phrase: Phrase, hits: readonly Hit[], factor: number): WindowScore {
  const strength = new Float64Array(phrase.terms.length);
  const token = new Int32Array(phrase.terms.length).fill(-1);
  for (const h of hits) {
    if (h.strength > strength[h.term]!) {
      strength[h.term] = h.strength;
      token[h.term] = h.token;
    }
  }
  let weighted = 0;
  const tokens: number[] = [];
  const termOf: number[] = [];
  const found = phrase.terms.map((term, t) => {
    weighted += term.weight * strength[t]!;
    if (token[t]! >= 0) { tokens.push(token[t]!); termOf.push(t); }
    return token[t]! >= 0;
  });
  // Function-like words alone ("data", "use") say nothing of the point: no telling term, no coverage.
  const isTold = termOf.some((t) => phrase.terms[t]!.isTelling);
  const score = phrase.totalWeight === 0 || !isTold ? 0 : (factor * weighted) / phrase.totalWeight;
  return { score, tokens, termOf, found };
}
