/** General constants of the grader, chosen for the product (not fitted to any graded data set). */
export const HIT_COVERAGE = 0.7;
export const PARTIAL_COVERAGE = 0.2;
/**
 * An answer that states no key point and gets one of the rubric's claims the wrong way round, or is a bare list
 * of names, scores at most this: the right words in wrong claims, or named only, are not a partial answer.
 */
export const NO_POINT_SCORE_CAP = 10;
/** A point stated across two neighbouring sentences counts a little less than in one. */
export const NEIGHBOUR_SENTENCE_FACTOR = 0.9;
/** The words of a phrase of n terms must stand within 2n + 4 words of each other (match-phrase.ts). */
export const SPAN_TOKENS_PER_TERM = 2;
export const SPAN_EXTRA_TOKENS = 4;
export const LOW_WEIGHT_TERM = 0.4;
/** A bare list of terms names things without explaining them: at most half of a full answer. */
export const KEYWORD_LIST_SCORE_CAP = 50;
/** Longer answers are graded on their beginning; nobody types more in an interview. */
export const MAX_GRADED_CHARACTERS = 20_000;
export const MAX_EVIDENCE_CHARACTERS = 160;
/** A word the question already says counts this much: repeating the question states nothing new. */
export const QUESTION_TERM_WEIGHT = 0.3;
/** The weight of the commonest word of the pool, relative to a rare one (1). */
export const MIN_RARITY_WEIGHT = 0.5;
/** A synonym from the thesaurus states a term almost as well as the term itself. */
export const SYNONYM_STRENGTH = 0.8;
/** A one-letter slip (typo); two slips in a long word count a little less. */
export const FUZZY_STRENGTH = 0.85;
/** A point only named in a bare list counts as partly made, at this confidence at most. */
export const LIST_ITEM_CONFIDENCE = 0.5;
/** A point stated rightly but contradicted elsewhere in the answer earns this share of its credit. */
export const SELF_CONTRADICTED_CREDIT = 0.5;
/*
 * Word vectors (only when a caller passes them: the product does not, see docs/grading-meaning.md). Chosen on the
 * dev sets only. An answer word whose vector is this close to a telling rubric word's (cosine) states it ...
 */
export const VECTOR_MIN_COSINE = 0.65;
/** ... at this strength (a thesaurus synonym's) ... */
export const VECTOR_STRENGTH = 0.8;
/** ... unless either is among the most frequent English words (GloVe's first ones): they are close to everything ... */
export const VECTOR_MIN_RANK = 2000;
/** ... and each must be among the other's this many nearest words (one of the file's: 5, 10, 20). */
export const VECTOR_NEAREST = 5;
