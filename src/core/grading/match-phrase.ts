import type { Phrase } from './compile-rubric.ts';
import type { Occurrence, PreparedAnswer } from './prepare-answer.ts';
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

/**
 * The answer words that state terms of the phrase with one polarity, in answer order (by token, then by
 * phrase term): a sentence's hits are one run of it, and so are a pair of neighbouring sentences'.
 * Parallel typed arrays reused by every call, so matching allocates nothing per hit; grading is synchronous,
 * so no two calls share them at once.
 */
class Hits {
  token = new Int32Array(64);
  term = new Int32Array(64);
  sentence = new Int32Array(64);
  strength = new Float64Array(64);
  length = 0;

  push(occurrence: Occurrence, term: number): void {
    if (this.length === this.token.length) this.grow();
    this.token[this.length] = occurrence.tokenIndex;
    this.term[this.length] = term;
    this.sentence[this.length] = occurrence.sentence;
    this.strength[this.length] = occurrence.strength;
    this.length += 1;
  }

  private grow(): void {
    const size = this.token.length * 2;
    this.token = copyInto(new Int32Array(size), this.token);
    this.term = copyInto(new Int32Array(size), this.term);
    this.sentence = copyInto(new Int32Array(size), this.sentence);
    this.strength = copyInto(new Float64Array(size), this.strength);
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** A stretch hits[start, end) and the share of the phrase it states. */
interface Stretch {
  score: number;
  start: number;
  end: number;
}

const agreeing = new Hits();
const denying = new Hits();
/** Per phrase term: its occurrences in the answer, and how many of them are merged into the hits so far. */
let occurrencesOf: (readonly Occurrence[] | undefined)[] = [];
let merged = new Int32Array(16);
/** Per phrase term, the best strength (and its token) in the stretch being scored. */
let termStrength = new Float64Array(16);
let termToken = new Int32Array(16);

/** `withMissing`: also list the terms said nowhere (only the key point's own text needs them). */
export function matchPhrase(phrase: Phrase, answer: PreparedAnswer, withMissing = true): PhraseMatch {
  collectHits(phrase, answer);
  const agree = bestWindow(phrase, agreeing);
  const deny = bestWindow(phrase, denying);
  return {
    coverage: agree.score,
    denial: deny.score,
    matched: tellingTokens(phrase, agreeing, agree),
    denied: tellingTokens(phrase, denying, deny),
    // A word said elsewhere in the answer is not "missing"; telling the candidate so would read as an error.
    // (A term found in the best window is said in the answer, so the answer's words alone decide.)
    missing: withMissing ? missingTerms(phrase, answer) : NONE,
  };
}

const NONE: string[] = [];

function missingTerms(phrase: Phrase, answer: PreparedAnswer): string[] {
  const missing: string[] = [];
  for (const term of phrase.terms) if (term.isTelling && !answer.occurrences.has(term.stem)) missing.push(term.display);
  return missing;
}

/** Merges each term's occurrences (each list in answer order) into the agreeing and denying hits. */
function collectHits(phrase: Phrase, answer: PreparedAnswer): void {
  agreeing.length = 0;
  denying.length = 0;
  const terms = phrase.terms;
  prepareScratch(terms.length);
  for (let t = 0; t < terms.length; t += 1) {
    occurrencesOf[t] = answer.occurrences.get(terms[t]!.stem);
    merged[t] = 0;
  }
  for (let t = nextTermToMerge(terms.length); t >= 0; t = nextTermToMerge(terms.length)) {
    const occurrence = occurrencesOf[t]![merged[t]!]!;
    merged[t] = merged[t]! + 1;
    if (occurrence.expansion !== null && !saysWholly(phrase, occurrence.expansion)) continue;
    (occurrence.negated === terms[t]!.negated ? agreeing : denying).push(occurrence, t);
  }
}

/** "SQL" states "structured query language", not "structured" alone ("give the data a structure"). */
function saysWholly(phrase: Phrase, expansion: readonly string[]): boolean {
  for (const stem of expansion) if (!phrase.stems.has(stem)) return false;
  return true;
}

/** The term whose next occurrence comes first in the answer (the lowest term on a tie), or -1 when all are merged. */
function nextTermToMerge(termCount: number): number {
  let next = -1;
  let nextToken = Infinity;
  for (let t = 0; t < termCount; t += 1) {
    const list = occurrencesOf[t];
    if (list === undefined || merged[t]! >= list.length) continue;
    const token = list[merged[t]!]!.tokenIndex;
    if (token < nextToken) {
      next = t;
      nextToken = token;
    }
  }
  return next;
}

function prepareScratch(termCount: number): void {
  if (termCount <= merged.length) return;
  merged = new Int32Array(termCount * 2);
  termStrength = new Float64Array(termCount * 2);
  termToken = new Int32Array(termCount * 2);
  occurrencesOf = [];
}

/**
 * The best single sentence, or pair of neighbouring sentences (counting a little less). Of equal scores,
 * the sentence whose hits the phrase's earliest term has wins, then the earlier sentence.
 */
function bestWindow(phrase: Phrase, hits: Hits): Stretch {
  let best: Stretch = { score: 0, start: 0, end: 0 };
  let bestSentence = -1;
  for (let start = 0; start < hits.length;) {
    const sentence = hits.sentence[start]!;
    const end = endOfSentence(hits, start);
    const single = bestSpan(phrase, hits, start, end, 1);
    if (isBetter(single, sentence, best, bestSentence, phrase.terms.length)) {
      best = single;
      bestSentence = sentence;
    }
    if (end < hits.length && hits.sentence[end] === sentence + 1) {
      const pair = bestSpan(phrase, hits, start, endOfSentence(hits, end), NEIGHBOUR_SENTENCE_FACTOR);
      if (isBetter(pair, sentence, best, bestSentence, phrase.terms.length)) {
        best = pair;
        bestSentence = sentence;
      }
    }
    start = end;
  }
  return best;
}

function endOfSentence(hits: Hits, start: number): number {
  let end = start + 1;
  while (end < hits.length && hits.sentence[end] === hits.sentence[start]) end += 1;
  return end;
}

/** A higher score wins; an equal one wins from a sentence that comes first (see bestWindow). */
function isBetter(
  candidate: Stretch,
  sentence: number,
  best: Stretch,
  bestSentence: number,
  termCount: number,
): boolean {
  if (candidate.score !== best.score || bestSentence < 0) return candidate.score > best.score;
  const term = firstTermIn(sentence, termCount);
  const bestTerm = firstTermIn(bestSentence, termCount);
  return term < bestTerm || (term === bestTerm && sentence < bestSentence);
}

/** The lowest phrase term said (either way) in this sentence. */
function firstTermIn(sentence: number, termCount: number): number {
  for (let t = 0; t < termCount; t += 1) if (occurrencesOf[t]?.some((o) => o.sentence === sentence)) return t;
  return termCount;
}

/**
 * A phrase of several terms is stated by words close together: its best stretch of at most
 * SPAN_TOKENS_PER_TERM words per term plus SPAN_EXTRA_TOKENS. Words of the point scattered over a long
 * sentence ("Linux is an operating system that some servers use, but …") do not state it.
 */
function bestSpan(phrase: Phrase, hits: Hits, from: number, to: number, factor: number): Stretch {
  const limit = SPAN_TOKENS_PER_TERM * phrase.terms.length + SPAN_EXTRA_TOKENS;
  const isShort = phrase.terms.length < 2 || to - from < 2 || hits.token[to - 1]! - hits.token[from]! < limit;
  if (isShort) return { score: windowScore(phrase, hits, from, to, factor), start: from, end: to };
  let best = -1;
  let bestStart = from;
  let bestEnd = from;
  let end = from;
  for (let start = from; start < to; start += 1) {
    const previousEnd = end;
    end = Math.max(end, start);
    while (end + 1 < to && hits.token[end + 1]! - hits.token[start]! < limit) end += 1;
    // A stretch inside the previous one cannot score more.
    if (best >= 0 && end === previousEnd) continue;
    const score = toldWeight(phrase, hits, start, end + 1);
    if (score > best) {
      best = score;
      bestStart = start;
      bestEnd = end;
    }
  }
  return { score: windowScore(phrase, hits, bestStart, bestEnd + 1, factor), start: bestStart, end: bestEnd + 1 };
}

/** The weighted share of the phrase that hits[start, end) state. */
function windowScore(phrase: Phrase, hits: Hits, start: number, end: number, factor: number): number {
  if (phrase.totalWeight === 0) return 0;
  // Function-like words alone ("data", "use") say nothing of the point: no telling term, no coverage.
  return (factor * toldWeight(phrase, hits, start, end)) / phrase.totalWeight;
}

/**
 * The summed weight of the terms hits[start, end) state (each at its best strength), or 0 without a telling
 * term, or with only shared telling terms and not all of them: words other sections say too tell which
 * section an answer came from, not that it makes this point, unless they say the whole of it.
 */
function toldWeight(phrase: Phrase, hits: Hits, start: number, end: number): number {
  strongestPerTerm(phrase, hits, start, end);
  let weighted = 0;
  let isTold = false;
  let isToldInOwnWords = false;
  let isEveryTellingTermTold = true;
  for (let t = 0; t < phrase.terms.length; t += 1) {
    const term = phrase.terms[t]!;
    weighted += term.weight * termStrength[t]!;
    if (!term.isTelling) continue;
    if (termStrength[t]! === 0) isEveryTellingTermTold = false;
    else {
      isTold = true;
      if (!term.isShared) isToldInOwnWords = true;
    }
  }
  return isTold && (isToldInOwnWords || isEveryTellingTermTold) ? weighted : 0;
}

/** Fills termStrength and termToken: each term's best strength in hits[start, end), and its first word that strong. */
function strongestPerTerm(phrase: Phrase, hits: Hits, start: number, end: number): void {
  termStrength.fill(0, 0, phrase.terms.length);
  termToken.fill(-1, 0, phrase.terms.length);
  for (let i = start; i < end; i += 1) {
    const term = hits.term[i]!;
    if (hits.strength[i]! > termStrength[term]!) {
      termStrength[term] = hits.strength[i]!;
      termToken[term] = hits.token[i]!;
    }
  }
}

/** The words of the stretch that state a telling term, in the phrase's term order. */
function tellingTokens(phrase: Phrase, hits: Hits, stretch: Stretch): number[] {
  strongestPerTerm(phrase, hits, stretch.start, stretch.end);
  const tokens: number[] = [];
  for (let t = 0; t < phrase.terms.length; t += 1) {
    if (termToken[t]! >= 0 && phrase.terms[t]!.isTelling) tokens.push(termToken[t]!);
  }
  return tokens;
}
