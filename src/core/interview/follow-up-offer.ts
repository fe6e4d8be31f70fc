import type { BankQuestion, KeyPoint } from '../bank/schema.ts';
import type { KeyPointResult, KeyPointStatus } from '../grading/types.ts';

/** What the candidate is asked after an answer that nearly made a point. */
export interface FollowUpOffer {
  keyPointId: string;
  prompt: string;
}

/** How a follow-up answer changed the point it was aimed at. */
export interface FollowUpResult {
  keyPointId: string;
  text: string;
  before: KeyPointStatus;
  after: KeyPointStatus;
}

/** Evidence longer than this is cut at a word inside the follow-up's quote. */
const MAX_QUOTED_CHARACTERS = 80;

/**
 * The follow-up worth asking about a graded first answer: the heaviest key point it nearly made (not one it
 * denied or got wrong), or null. Asked at most once per question.
 */
export function offerFollowUp(question: BankQuestion, results: readonly KeyPointResult[]): FollowUpOffer | null {
  const nearly = question.rubric.keyPoints
    .map((keyPoint) => ({ keyPoint, result: results.find((r) => r.id === keyPoint.id) }))
    .filter((c): c is { keyPoint: KeyPoint; result: KeyPointResult } => isProbeable(c.result));
  const best = nearly.sort((a, b) => b.keyPoint.weight - a.keyPoint.weight)[0];
  return best === undefined ? null : { keyPointId: best.keyPoint.id, prompt: probeFor(best.keyPoint, best.result) };
}

function isProbeable(result: KeyPointResult | undefined): result is KeyPointResult {
  return result !== undefined && result.status === 'partial' && !result.negated && !isContradicted(result);
}

/** A point the answer stated wrongly is corrected in the feedback, not probed. */
function isContradicted(result: KeyPointResult): boolean {
  return (result as { contradicted?: boolean }).contradicted === true;
}

/** Asked about a nearly made point whose rubric has no probe. */
const SAY_MORE_ABOUT_QUOTE = 'Can you say more about that: what exactly is it, and why does it matter here?';
const SAY_MORE = 'Can you say more about that: what exactly do you mean, and why does it matter here?';

/**
 * The follow-up asked about one nearly made point: the candidate's own words quoted, then the author's probe
 * aimed at the point (or, without one, a request to say more); without quoted words, the question alone.
 */
export function probeFor(keyPoint: KeyPoint, result: KeyPointResult): string {
  const quote = result.evidence === null ? '' : shorten(result.evidence);
  if (quote === '') return keyPoint.probe ?? SAY_MORE;
  return `You mentioned “${quote}”. ${keyPoint.probe ?? SAY_MORE_ABOUT_QUOTE}`;
}

function shorten(text: string): string {
  const plain = text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= MAX_QUOTED_CHARACTERS) return plain;
  const cut = plain.slice(0, MAX_QUOTED_CHARACTERS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
