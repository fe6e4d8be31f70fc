import type { CompiledKeyPoint, CompiledRubric } from '../compile-rubric.ts';
import { weightedScore } from '../grade.ts';
import { HIT_COVERAGE, MAX_EVIDENCE_CHARACTERS } from '../thresholds.ts';
import type { Grade, KeyPointResult } from '../types.ts';
import type { Verdict } from './judge-reply.ts';

/**
 * A judge's "partial" stands for about half the point said, so it earns what half the words earn offline
 * (partial credit is proportional to what was said: half of the point's weight).
 */
export const JUDGE_PARTIAL_CONFIDENCE = HIT_COVERAGE / 2;

export interface VerifiedGrade {
  grade: Grade;
  /** Key points the judge credited with words the answer does not contain: counted as missed. */
  downgraded: string[];
}

/**
 * The grade the judge's verdicts earn once checked against the answer. A point is credited only when every
 * passage quoted for it is in the answer (ignoring case, spacing and punctuation); otherwise it is a miss,
 * not a partial: the judge's claim has no support in what the candidate wrote, and any credit for it would be
 * credit for words never said. Verdicts for unknown ids are ignored, points without a verdict are missed, and
 * the score uses the offline grader's weighting, so the checklist and the score always agree.
 */
export function verifyVerdicts(compiled: CompiledRubric, answer: string, verdicts: Verdict[]): VerifiedGrade {
  const answerWords = ` ${wordsOf(answer)} `;
  const downgraded: string[] = [];
  const keyPoints = compiled.keyPoints.map((keyPoint): KeyPointResult => {
    const verdict = verdicts.find((v) => v.id === keyPoint.keyPoint.id);
    if (verdict === undefined || verdict.status === 'miss') return missed(keyPoint);
    if (!isSupported(verdict.quotes, answerWords)) {
      downgraded.push(keyPoint.keyPoint.id);
      return missed(keyPoint);
    }
    const isHit = verdict.status === 'hit';
    return {
      id: keyPoint.keyPoint.id,
      status: verdict.status,
      confidence: isHit ? 1 : JUDGE_PARTIAL_CONFIDENCE,
      evidence: evidenceOf(verdict.quotes),
      missing: [],
      negated: false,
    };
  });
  return { grade: { score: weightedScore(compiled, keyPoints), keyPoints, note: null }, downgraded };
}

/** Every quoted passage is in the answer, and together they say at least one word longer than a letter. */
function isSupported(quotes: string[], answerWords: string): boolean {
  const passages = quotes.map(wordsOf);
  if (!passages.some((p) => p.split(' ').some((w) => w.length > 1))) return false;
  return passages.every((p) => p !== '' && answerWords.includes(` ${p} `));
}

/** Lower-case words separated by single spaces: what is compared, so quoting "data-lakes." matches "Data lakes". */
export function wordsOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

function evidenceOf(quotes: string[]): string {
  const text = quotes.map((q) => q.replace(/\s+/g, ' ').trim()).join(' … ');
  return text.length <= MAX_EVIDENCE_CHARACTERS ? text : `${text.slice(0, MAX_EVIDENCE_CHARACTERS - 1)}…`;
}

function missed(keyPoint: CompiledKeyPoint): KeyPointResult {
  const missing = keyPoint.phrases[0]?.terms.filter((t) => t.isTelling).map((t) => t.display) ?? [];
  return { id: keyPoint.keyPoint.id, status: 'miss', confidence: 0, evidence: null, missing, negated: false };
}
