import type { DraftPoint } from './points.ts';

/** Where a drafted question came from in the document. */
export type CandidateOrigin = 'question-and-answer' | 'definition' | 'list' | 'section';

/** A question found in the document, before it gets ids, aliases and hints. */
export interface Candidate {
  origin: CandidateOrigin;
  prompt: string;
  /** The heading its key points cite. */
  source: string;
  points: DraftPoint[];
  modelAnswer: string;
  /** Document order: section index, then block index. */
  order: [number, number];
}
