import { judgeClaim, segmentAnswer, thingsDeniedByPronoun, type ClaimVerdict, type CompiledClaim } from './claims.ts';
import { compileRubric, type CompiledRubric } from './compile-rubric.ts';
import { asksForConcepts, isKeywordList } from './keyword-list.ts';
import { matchKeyPointWithTokens, unsayWrongStatements, type ClaimContext } from './match-key-point.ts';
import { denyWords, prepareAnswer, type PreparedAnswer } from './prepare-answer.ts';
import {
  HIT_COVERAGE,
  KEYWORD_LIST_SCORE_CAP,
  MAX_GRADED_CHARACTERS,
  NO_POINT_SCORE_CAP,
  SELF_CONTRADICTED_CREDIT,
} from './thresholds.ts';
import type { Grade, GradeNote, KeyPointResult } from './types.ts';

export { compileRubric, type CompiledRubric };

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Grades one free-text answer against a compiled rubric. Never throws; the score is always 0-100. */
export function gradeAnswer(compiled: CompiledRubric, rawAnswer: string): Grade {
  const text = typeof rawAnswer === 'string' ? rawAnswer : '';
  if (text.trim() === '') return ungraded(compiled, 'empty_answer');
  if (!HAS_WORD.test(text)) return ungraded(compiled, 'no_words');
  const isTruncated = text.length > MAX_GRADED_CHARACTERS;
  const answer = prepareAnswer(
    isTruncated ? text.slice(0, MAX_GRADED_CHARACTERS) : text,
    compiled.vocabulary,
    compiled.opposites,
  );
  const isList = isKeywordList(answer.text, answer.tokens) && !asksForConcepts(compiled.keyPoints);
  const claimContext = compiled.hasClaims ? judgeClaims(compiled, answer) : null;
  const said =
    claimContext === null ? answer : denyWords(answer, thingsDeniedByPronoun(answer.tokens, claimContext.segments));
  const matches = compiled.keyPoints.map((k) => matchKeyPointWithTokens(k, said, isList, claimContext));
  const keyPoints =
    claimContext === null ? matches.map((m) => m.result) : unsayWrongStatements(matches, said, claimContext.segments);
  const score = Math.min(weightedScore(compiled, creditablePoints(keyPoints)), scoreCap(keyPoints, isList));
  const note: GradeNote | null = isTruncated ? 'truncated' : isList ? 'keyword_list' : null;
  return { score, keyPoints, note };
}

/** Every claim of the rubric judged once per answer, before any key point is matched. */
function judgeClaims(compiled: CompiledRubric, answer: PreparedAnswer): ClaimContext {
  const segments = segmentAnswer(answer.tokens, compiled.entities);
  const stems = new Set(answer.tokens.map((t) => t.stem));
  const verdicts = new Map<CompiledClaim, ClaimVerdict>();
  for (const keyPoint of compiled.keyPoints) {
    for (const claim of keyPoint.claims)
      verdicts.set(claim, judgeClaim(claim, answer.tokens, segments, compiled.topic, stems));
  }
  return { segments, topic: compiled.topic, stems, verdicts };
}

/**
 * The most a checklist allows. A bare list names things without explaining them: at most half of a full
 * answer. An answer that states no key point at all, only the right words in wrong claims or a list of names,
 * is not a partial answer: at most NO_POINT_SCORE_CAP. Nor is one that gets more of the rubric's claims wrong
 * than it states points: its one stated point is more likely the right words said by chance than knowledge.
 */
function scoreCap(keyPoints: readonly KeyPointResult[], isList: boolean): number {
  const stated = keyPoints.filter((k) => k.status === 'hit').length;
  // One wrong statement may cost several points: count the wrong claims, by their corrections.
  const wrong = new Set(keyPoints.filter((k) => k.contradicted === true).map((k) => k.correction)).size;
  if (stated > 0 && wrong > stated) return NO_POINT_SCORE_CAP;
  if (stated > 0) return isList ? KEYWORD_LIST_SCORE_CAP : 100;
  return isList || wrong > 0 ? NO_POINT_SCORE_CAP : 100;
}

/**
 * An answer that states a wrong claim has shown it mixes up which thing does what: its half-said points get no
 * benefit of the doubt, and only the points it states in full earn credit. The checklist still shows them.
 */
function creditablePoints(keyPoints: readonly KeyPointResult[]): KeyPointResult[] {
  if (!keyPoints.some((k) => k.contradicted === true)) return [...keyPoints];
  return keyPoints.map((k) => (k.status === 'partial' ? { ...k, status: 'miss' } : k));
}

/** 0-100: each key point's weight times its credit, over the rubric's total weight. */
export function weightedScore(compiled: CompiledRubric, results: KeyPointResult[]): number {
  if (compiled.totalWeight <= 0) return 0;
  const earned = results.reduce((sum, r, i) => {
    const weight = compiled.rubric.keyPoints[i]?.weight ?? 1;
    return sum + weight * creditFor(r);
  }, 0);
  return Math.max(0, Math.min(100, Math.round((100 * earned) / compiled.totalWeight)));
}

/**
 * A key point counts fully once stated (a hit); a partly stated one in proportion to how much of it was said
 * (its coverage over the hit threshold), so half of a point said earns half of its credit and a stray word
 * little. A point the checklist calls missed, or that the answer denies, earns nothing, so the score never
 * contradicts the checklist. A point the answer also contradicts elsewhere earns half.
 */
export function creditFor(result: KeyPointResult): number {
  if (result.negated || result.status === 'miss') return 0;
  const credit = Math.min(1, result.confidence / HIT_COVERAGE);
  return result.alsoSaidWrongly === true ? credit * SELF_CONTRADICTED_CREDIT : credit;
}

function ungraded(compiled: CompiledRubric, note: GradeNote): Grade {
  const keyPoints = compiled.keyPoints.map((k): KeyPointResult => ({
    id: k.keyPoint.id,
    status: 'miss',
    confidence: 0,
    evidence: null,
    missing: k.phrases[0]?.terms.map((t) => t.display) ?? [],
    negated: false,
  }));
  return { score: 0, keyPoints, note };
}
