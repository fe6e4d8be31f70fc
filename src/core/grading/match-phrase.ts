import type { Phrase } from './compile-rubric.ts';
import type { PreparedAnswer } from './prepare-answer.ts';
import { NEIGHBOUR_SENTENCE_FACTOR } from './thresholds.ts';

/** How well one phrase of a key point is stated in the answer, judged in its best window. */
export interface PhraseMatch {
  /** Weighted share of the phrase's terms stated with the phrase's own polarity, 0-1. */
  coverage: number;
  /** Weighted share of its terms that the answer mentions only to deny, 0-1. */
  denial: number;
  /** Token indexes of the matching words in the best window. */
  matched: number[];
  denied: number[];
  /** Terms not found in the best window, in the rubric's words. */
  missing: string[];
}

interface TermHits {
  strength: Float64Array;
  token: Int32Array;
}

interface SentenceHits {
  agree: TermHits;
  deny: TermHits;
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
    missing: phrase.terms.filter((_, t) => !agree.found[t] && isTelling(t)).map((term) => term.display),
  };
}

function collectHits(phrase: Phrase, answer: PreparedAnswer): Map<number, SentenceHits> {
  const bySentence = new Map<number, SentenceHits>();
  phrase.terms.forEach((term, t) => {
    for (const occurrence of answer.occurrences.get(term.stem) ?? []) {
      let hits = bySentence.get(occurrence.sentence);
      if (hits === undefined) {
        hits = { agree: emptyHits(phrase.terms.length), deny: emptyHits(phrase.terms.length) };
        bySentence.set(occurrence.sentence, hits);
      }
      const side = occurrence.negated === term.negated ? hits.agree : hits.deny;
      if (occurrence.strength > side.strength[t]!) {
        side.strength[t] = occurrence.strength;
        side.token[t] = occurrence.tokenIndex;
      }
    }
  });
  return bySentence;
}

function emptyHits(n: number): TermHits {
  return { strength: new Float64Array(n), token: new Int32Array(n).fill(-1) };
}

/** The best single sentence, or pair of neighbouring sentences (counting a little less). */
function bestWindow(
  phrase: Phrase,
  bySentence: Map<number, SentenceHits>,
  side: (h: SentenceHits) => TermHits,
): WindowScore {
  let best: WindowScore = { score: 0, tokens: [], termOf: [], found: phrase.terms.map(() => false) };
  for (const [sentence, hits] of bySentence) {
    const single = scoreWindow(phrase, [side(hits)], 1);
    if (single.score > best.score) best = single;
    const next = bySentence.get(sentence + 1);
    if (next === undefined) continue;
    const pair = scoreWindow(phrase, [side(hits), side(next)], NEIGHBOUR_SENTENCE_FACTOR);
    if (pair.score > best.score) best = pair;
  }
  return best;
}

function scoreWindow(phrase: Phrase, windows: TermHits[], factor: number): WindowScore {
  let weighted = 0;
  const tokens: number[] = [];
  const termOf: number[] = [];
  const found = phrase.terms.map((term, t) => {
    let strength = 0;
    let token = -1;
    for (const w of windows) {
      if (w.strength[t]! > strength) { strength = w.strength[t]!; token = w.token[t]!; }
    }
    weighted += term.weight * strength;
    if (token >= 0) { tokens.push(token); termOf.push(t); }
    return token >= 0;
  });
  // Function-like words alone ("data", "use") say nothing of the point: no telling term, no coverage.
  const isTold = termOf.some((t) => phrase.terms[t]!.isTelling);
  const score = phrase.totalWeight === 0 || !isTold ? 0 : (factor * weighted) / phrase.totalWeight;
  return { score, tokens, termOf, found };
}
