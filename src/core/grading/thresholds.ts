/** General constants of the grader, chosen for the product (not fitted to any graded data set). */
export const HIT_COVERAGE = 0.7;
export const PARTIAL_COVERAGE = 0.34;
/** A point stated across two neighbouring sentences counts a little less than in one. */
export const NEIGHBOUR_SENTENCE_FACTOR = 0.9;
export const LOW_WEIGHT_TERM = 0.4;
/** A bare list of terms names things without explaining them: at most half of a full answer. */
export const KEYWORD_LIST_SCORE_CAP = 50;
/** Longer answers are graded on their beginning; nobody types more in an interview. */
export const MAX_GRADED_CHARACTERS = 20_000;
export const MAX_EVIDENCE_CHARACTERS = 160;
