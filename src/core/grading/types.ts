export type KeyPointStatus = 'hit' | 'partial' | 'miss';

export interface KeyPointResult {
  id: string;
  status: KeyPointStatus;
  /** How strongly the answer states this point: 0 nothing like it, 1 said plainly. */
  confidence: number;
  /** The answer's own words that matched, or null when nothing did. */
  evidence: string | null;
  /** Words of the key point the answer did not say (what a `partial` lacks). */
  missing: string[];
  /** True when the answer mentions the point only to deny it ("we never use SQL"). */
  negated: boolean;
  /** True when the answer states what the point claims the wrong way round ("pwd changes directory"). */
  contradicted?: boolean;
  /** For a contradicted point (or one also said wrongly elsewhere): one sentence that sets the claim right, in the rubric's words. */
  correction?: string;
  /** True when the answer also says, elsewhere, what the point's subject is not: the point earns half its credit. */
  alsoSaidWrongly?: boolean;
}

export interface Grade {
  /** 0-100, weighted by key point. */
  score: number;
  keyPoints: KeyPointResult[];
  /** Set when the answer could not be graded as prose: why it scored what it did. */
  note: GradeNote | null;
}

/** `judge_unavailable`: the configured judge did not answer in time or usefully, so the offline grader did. */
export type GradeNote = 'empty_answer' | 'no_words' | 'keyword_list' | 'truncated' | 'judge_unavailable';
