import type { Bank, BankQuestion } from '../bank/schema.ts';
import type { FollowUpStatus, QuestionOutcome, QuestionStatus, Session, SessionStatus } from './types.ts';

/** A topic whose mean score in the session is below this is listed under "topics to study". */
export const STUDY_THRESHOLD = 70;

export interface ReportQuestion {
  questionId: string;
  /** Null when the bank no longer has the question. */
  topic: string | null;
  prompt: string | null;
  status: QuestionStatus;
  /** The kept score; 0 for a question skipped or not reached. */
  score: number;
  hintsUsed: number;
  answers: number;
  /** The follow-up asked on this question, if any; one still 'asked' when the session moved on was skipped. */
  followUp?: ReportFollowUp;
}

export interface ReportFollowUp {
  prompt: string;
  status: Exclude<FollowUpStatus, 'asked'>;
  completed: boolean;
}

export interface MissedKeyPoint {
  questionId: string;
  keyPointId: string;
  text: string;
}

/** A heading of a source document with the key points the session missed there. */
export interface StudySection {
  document: string;
  /** The heading (the rubric's `source`), null for key points that name none. */
  source: string | null;
  missed: number;
  keyPoints: MissedKeyPoint[];
}

export interface TopicScore {
  topic: string;
  score: number;
}

export interface SessionReport {
  sessionId: string;
  status: SessionStatus;
  questions: ReportQuestion[];
  /** Mean over all the session's questions, skipped (and unreached) ones counting 0. */
  overallScore: number;
  answered: number;
  skipped: number;
  /** Most missed first. A skipped question's key points all count as missed. */
  sectionsToStudy: StudySection[];
  /** Topics scoring below STUDY_THRESHOLD in this session, weakest first. */
  topicsToStudy: TopicScore[];
}

/** The end-of-session summary (also usable mid-session: unreached questions count 0). */
export function buildReport(session: Session, bank: Bank): SessionReport {
  const questions = session.outcomes.map((o) => reportQuestion(o, bank.byId.get(o.questionId)));
  return {
    sessionId: session.id,
    status: session.status,
    questions,
    overallScore: mean(questions.map((q) => q.score)),
    answered: questions.filter((q) => q.status === 'answered').length,
    skipped: questions.filter((q) => q.status === 'skipped').length,
    sectionsToStudy: sectionsToStudy(session.outcomes, bank),
    topicsToStudy: topicsToStudy(questions),
  };
}

function reportQuestion(outcome: QuestionOutcome, question: BankQuestion | undefined): ReportQuestion {
  const followUp = reportFollowUp(outcome);
  return {
    questionId: outcome.questionId,
    topic: question?.topic ?? null,
    prompt: question?.prompt ?? null,
    status: outcome.status,
    score: outcome.score ?? 0,
    hintsUsed: outcome.hintsUsed,
    answers: outcome.answers,
    ...(followUp === null ? {} : { followUp }),
  };
}

function reportFollowUp(outcome: QuestionOutcome): ReportFollowUp | null {
  const followUp = outcome.followUp;
  if (followUp === undefined) return null;
  const status = followUp.status === 'answered' ? 'answered' : 'skipped';
  return { prompt: followUp.prompt, status, completed: followUp.completed === true };
}

function sectionsToStudy(outcomes: readonly QuestionOutcome[], bank: Bank): StudySection[] {
  const sections = new Map<string, StudySection>();
  for (const outcome of outcomes) {
    const question = bank.byId.get(outcome.questionId);
    if (question === undefined || outcome.status === 'pending') continue;
    const missedIds = new Set(
      outcome.status === 'skipped'
        ? question.rubric.keyPoints.map((k) => k.id)
        : outcome.keyPoints.filter((k) => k.status === 'miss').map((k) => k.id),
    );
    for (const keyPoint of question.rubric.keyPoints.filter((k) => missedIds.has(k.id))) {
      const source = keyPoint.source ?? null;
      const key = `${question.document}\u0000${source ?? ''}`;
      const section = sections.get(key) ?? { document: question.document, source, missed: 0, keyPoints: [] };
      section.missed += 1;
      section.keyPoints.push({ questionId: question.id, keyPointId: keyPoint.id, text: keyPoint.text });
      sections.set(key, section);
    }
  }
  return [...sections.values()].sort((a, b) => b.missed - a.missed);
}

function topicsToStudy(questions: readonly ReportQuestion[]): TopicScore[] {
  const byTopic = new Map<string, number[]>();
  for (const q of questions) {
    if (q.topic !== null) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q.score]);
  }
  return [...byTopic.entries()]
    .map(([topic, scores]) => ({ topic, score: mean(scores) }))
    .filter((t) => t.score < STUDY_THRESHOLD)
    .sort((a, b) => a.score - b.score || a.topic.localeCompare(b.topic));
}

/** Whole points, like every score a user sees. */
function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);
}
