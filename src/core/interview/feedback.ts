import type { BankQuestion } from '../bank/schema.ts';
import type { Grade, GradeNote, KeyPointResult, KeyPointStatus } from '../grading/types.ts';
import type { FollowUpOffer, FollowUpResult } from './follow-up-offer.ts';

/** One line of the checklist: a key point in the rubric's (the document's) wording and how the answer did. */
export interface ChecklistItem extends KeyPointResult {
  text: string;
  /** The document heading the key point comes from, when the rubric names one. */
  source: string | null;
  weight: number;
}

/** A key point a retry improved on, compared with the first answer. */
export interface AddedKeyPoint {
  id: string;
  text: string;
  before: KeyPointStatus;
  after: KeyPointStatus;
}

/** What the user sees after answering; every transport renders this same model. */
export interface Feedback {
  /** The stored attempt this feedback grades (an appeal names it). */
  attemptId: string;
  question: Pick<BankQuestion, 'id' | 'topic' | 'difficulty' | 'prompt'>;
  /** 1-based position of the question in the session, and the session's length. */
  position: number;
  total: number;
  /** This answer's score after the hint penalty, 0-100. */
  score: number;
  /** The grader's score before the hint penalty. */
  gradeScore: number;
  hintsUsed: number;
  hintPenalty: number;
  /** The score the question keeps: the better of the first answer and the retry. */
  bestScore: number;
  isRetry: boolean;
  canRetry: boolean;
  checklist: ChecklistItem[];
  /** On a retry: key points that went from miss to partial/hit or from partial to hit. Empty otherwise. */
  added: AddedKeyPoint[];
  /** Shown on request (a button, a command), not with the checklist. */
  modelAnswer: string;
  note: GradeNote | null;
  isLast: boolean;
  /** A follow-up about a nearly made key point, offered once per question after its first answer. */
  followUp: FollowUpOffer | null;
  /** After a follow-up answer: how the point it was aimed at changed. */
  followUpResult: FollowUpResult | null;
}

const rank: Record<KeyPointStatus, number> = { miss: 0, partial: 1, hit: 2 };

/**
 * The grade's key point results in rubric order, one per rubric key point; a point the grader
 * left out counts as missed.
 */
export function alignKeyPoints(question: BankQuestion, grade: Grade): KeyPointResult[] {
  return question.rubric.keyPoints.map(
    (k) =>
      grade.keyPoints.find((r) => r.id === k.id) ?? {
        id: k.id,
        status: 'miss',
        confidence: 0,
        evidence: null,
        missing: [],
        negated: false,
      },
  );
}

export function buildChecklist(question: BankQuestion, results: readonly KeyPointResult[]): ChecklistItem[] {
  return question.rubric.keyPoints.flatMap((k) => {
    const result = results.find((r) => r.id === k.id);
    return result === undefined ? [] : [{ ...result, text: k.text, source: k.source ?? null, weight: k.weight }];
  });
}

/** Key points whose status improved from `before` to `after`. */
export function addedKeyPoints(
  question: BankQuestion,
  before: readonly KeyPointResult[],
  after: readonly KeyPointResult[],
): AddedKeyPoint[] {
  return question.rubric.keyPoints.flatMap((k) => {
    const was = before.find((r) => r.id === k.id)?.status ?? 'miss';
    const now = after.find((r) => r.id === k.id)?.status ?? 'miss';
    return rank[now] > rank[was] ? [{ id: k.id, text: k.text, before: was, after: now }] : [];
  });
}
