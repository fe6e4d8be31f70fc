import { JOINING_WORDS, judgeClaim, type ClaimVerdict, type CompiledClaim, type segmentAnswer } from './claims.ts';
import type { CompiledKeyPoint, Phrase } from './compile-rubric.ts';
import { quoteEvidence, withNegationCue } from './evidence.ts';
import { matchPhrase, type PhraseMatch } from './match-phrase.ts';
import { findFlip } from './opposites.ts';
import type { PreparedAnswer } from './prepare-answer.ts';
import { HIT_COVERAGE, LIST_ITEM_CONFIDENCE, PARTIAL_COVERAGE } from './thresholds.ts';
import type { KeyPointResult, KeyPointStatus } from './types.ts';

/**
 * Judges one key point: its best-stated phrase decides, unless the answer denies the point. In a bare
 * keyword list (`isListAnswer`), a point that relates things ("SQL for querying and data extraction") is at
 * most partly made — the list names "SQL" but not what it is for — unless the point is itself a list.
 */
export function matchKeyPoint(
  keyPoint: CompiledKeyPoint,
  answer: PreparedAnswer,
  isListAnswer = false,
  claimContext: ClaimContext | null = null,
): KeyPointResult {
  return matchKeyPointWithTokens(keyPoint, answer, isListAnswer, claimContext).result;
}

/** `matchKeyPoint`, with the answer's tokens that state the point (none when it is missed or denied). */
export function matchKeyPointWithTokens(
  keyPoint: CompiledKeyPoint,
  answer: PreparedAnswer,
  isListAnswer: boolean,
  claimContext: ClaimContext | null,
): TermsMatch {
  const terms = matchTerms(keyPoint, answer, isListAnswer);
  const { result } = terms;
  const flipped = flippedPoint(keyPoint, answer, terms);
  if (flipped !== null) return flipped;
  if (claimContext === null || result.negated) return terms;
  let mixed: KeyPointResult | null = null;
  for (const claim of keyPoint.claims) {
    const verdict =
      claimContext.verdicts?.get(claim) ??
      judgeClaim(claim, answer.tokens, claimContext.segments, claimContext.topic, claimContext.stems);
    if (verdict.state === 'mixed' && result.status !== 'miss') mixed ??= saidBothWays(result, verdict.correction);
    if (verdict.state !== 'contradicted') continue;
    // The right words in a wrong claim state nothing: the point is missed, and the answer is told why.
    const evidence = quoteEvidence(answer, verdict.tokens);
    const contradicted: KeyPointResult = {
      ...result,
      status: 'miss',
      evidence,
      contradicted: true,
      correction: verdict.correction,
    };
    return { result: contradicted, matched: [], wrong: verdict.defines ? verdict.tokens : undefined };
  }
  return { result: mixed ?? result, matched: terms.matched };
}

/**
 * The point's words with one of them said by its opposite ("slow numerical calculations" for "fast numerical
 * computations") state the opposite claim: the point is missed, and the answer is told which word was flipped.
 */
function flippedPoint(keyPoint: CompiledKeyPoint, answer: PreparedAnswer, terms: TermsMatch): TermsMatch | null {
  if (terms.result.status === 'miss' || terms.result.negated) return null;
  const flip = findFlip(keyPoint.flippable, answer, terms.matched);
  if (flip === null) return null;
  const said = answer.text.slice(answer.tokens[flip.tokenIndex]!.start, answer.tokens[flip.tokenIndex]!.end);
  const result: KeyPointResult = {
    ...terms.result,
    status: 'miss',
    evidence: quoteEvidence(answer, [flip.tokenIndex, ...terms.matched]),
    contradicted: true,
    correction: `Not “${said}”: ${flip.word.display}, as in “${keyPoint.keyPoint.text}”.`,
  };
  return { result, matched: [] };
}

/**
 * A statement another point's claim found wrong ("NumPy is the one that does optimization") states no point
 * with its words either: a point said only inside wrong statements is missed, with that statement's correction.
 */
export function unsayWrongStatements(
  matches: readonly TermsMatch[],
  answer: PreparedAnswer,
  segments: ClaimContext['segments'],
): KeyPointResult[] {
  const wrong = matches.flatMap((m) => {
    if (m.wrong === undefined) return [];
    const last = Math.max(...m.wrong);
    const at = segments.findIndex((s) => last >= s.start && last < s.end);
    if (at < 0) return [];
    const end = continuationEnd(segments, at, answer);
    return [{ ...segments[at]!, end, tokens: m.wrong, correction: m.result.correction ?? '' }];
  });
  if (wrong.length === 0) return matches.map((m) => m.result);
  const around = (i: number) => wrong.find((w) => i >= w.start && i < w.end);
  return matches.map(({ result, matched }) => {
    const first = matched.length > 0 ? around(matched[0]!) : undefined;
    if (result.status === 'miss' || first === undefined || !matched.every((i) => around(i) !== undefined))
      return result;
    const evidence = quoteEvidence(answer, first.tokens);
    return { ...result, status: 'miss', evidence, contradicted: true, correction: first.correction };
  });
}

/**
 * "NumPy is the one that does optimization, interpolation and signal processing": the clauses after a wrong
 * statement that name no thing and open with no joining word, in the same sentence, go on with it.
 */
function continuationEnd(segments: ClaimContext['segments'], at: number, answer: PreparedAnswer): number {
  const sentence = answer.tokens[segments[at]!.start]!.sentence;
  let end = segments[at]!.end;
  for (let k = at + 1; k < segments.length; k += 1) {
    const next = segments[k]!;
    const first = answer.tokens[next.start]!;
    // "…, and you also set up the environment" opens a statement of its own.
    if (next.mentions.length > 0 || first.sentence !== sentence || JOINING_WORDS.has(first.word)) break;
    end = next.end;
  }
  return end;
}

/**
 * Said rightly and, elsewhere, what its subject is not: the point was stated (the checklist keeps it), but an
 * interviewer would not give full credit for an answer that contradicts itself: it earns half (`creditFor`), and
 * the answer is told what was wrong.
 */
function saidBothWays(result: KeyPointResult, correction: string): KeyPointResult {
  return { ...result, correction, alsoSaidWrongly: true };
}

/** The answer split into statements, and what an "it" speaks of: computed once per answer. */
export interface ClaimContext {
  segments: ReturnType<typeof segmentAnswer>;
  topic: string | null;
  /** Every stem the answer says. */
  stems: ReadonlySet<string>;
  /** Each claim's verdict, judged once per answer. */
  verdicts?: ReadonlyMap<CompiledClaim, ClaimVerdict>;
}

export interface TermsMatch {
  result: KeyPointResult;
  /** The answer's tokens that state the point. */
  matched: readonly number[];
  /** For a point contradicted by a wrong definition ("NumPy is the one that does optimization"): its tokens. */
  wrong?: number[];
}

function matchTerms(keyPoint: CompiledKeyPoint, answer: PreparedAnswer, isListAnswer: boolean): TermsMatch {
  // Most phrases (and most concept respellings) share no word with a given answer: they state nothing.
  const matches = keyPoint.phrases.map((p, i) =>
    i === 0 ? matchPhrase(p, answer) : sharesAWord(p, answer) ? matchPhrase(p, answer, false) : NOTHING,
  );
  const best = strongest(matches, (m, i) => (i === 0 || saysEnoughOfAWording(m) ? m.coverage : 0));
  const denied = strongest(matches, (m) => m.denial);
  const id = keyPoint.keyPoint.id;
  if (best === null || denied === null) return { result: missed(id, []), matched: [] };
  // What is missing is told in the key point's own (the document's) words, whichever alias matched best.
  const missing = matches[0]!.missing;
  // Stated plainly somewhere and denied as strongly elsewhere ("the first dimension is not needed, the other
  // dimensions are"), the statement stands.
  const isDenied = denied.denial >= PARTIAL_COVERAGE && denied.denial > best.coverage + ROUNDING;
  if (isDenied) {
    const evidence = quoteEvidence(answer, withNegationCue(answer, denied.denied));
    return {
      result: { id, status: 'miss', confidence: round2(best.coverage), evidence, missing, negated: true },
      matched: [],
    };
  }
  const status = statusFor(best.coverage);
  if (status === 'miss') return { result: missed(id, missing, best.coverage), matched: [] };
  const evidence = quoteEvidence(answer, best.matched);
  if (status === 'hit' && isListAnswer && !keyPoint.isEnumeration) {
    const result: KeyPointResult = {
      id,
      status: 'partial',
      confidence: Math.min(round2(best.coverage), LIST_ITEM_CONFIDENCE),
      evidence,
      missing,
      negated: false,
    };
    return { result, matched: best.matched };
  }
  const result: KeyPointResult = {
    id,
    status,
    confidence: round2(best.coverage),
    evidence,
    missing: status === 'hit' ? [] : missing,
    negated: false,
  };
  return { result, matched: best.matched };
}

/**
 * The key point's text is the point as the document states it: any telling word of it is part of the point
 * said. An alias or a concept respelling is one short way of saying the whole point, so one word of it is a
 * stray word ("team" of "share notebooks with the team", "sit" of "sits on top of"), not the point nearly
 * said; two of its telling words together, or the whole of it, are.
 */
function saysEnoughOfAWording(match: PhraseMatch): boolean {
  return match.matched.length >= 2 || match.coverage + ROUNDING >= HIT_COVERAGE;
}

const NOTHING: PhraseMatch = { coverage: 0, denial: 0, matched: [], denied: [], missing: [] };

function sharesAWord(phrase: Phrase, answer: PreparedAnswer): boolean {
  for (const term of phrase.terms) if (answer.occurrences.has(term.stem)) return true;
  return false;
}

/** Coverage is a sum of weights: 0.7 may come out as 0.69999…, which is still 0.7. */
const ROUNDING = 1e-9;

function statusFor(coverage: number): KeyPointStatus {
  if (coverage + ROUNDING >= HIT_COVERAGE) return 'hit';
  return coverage + ROUNDING >= PARTIAL_COVERAGE ? 'partial' : 'miss';
}

function missed(id: string, missing: string[], coverage = 0): KeyPointResult {
  return { id, status: 'miss', confidence: round2(coverage), evidence: null, missing, negated: false };
}

function strongest(matches: PhraseMatch[], by: (m: PhraseMatch, index: number) => number): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  let bestValue = -Infinity;
  for (let i = 0; i < matches.length; i += 1) {
    const value = by(matches[i]!, i);
    if (best === null || value > bestValue) {
      best = matches[i]!;
      bestValue = value;
    }
  }
  return best;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
