import type { BankProblem } from '../core/bank/problems.ts';
import type { IngestedBank } from '../core/ingest/ingest-document.ts';

/** The one-line JSON `bank ingest --json` prints last (a contract: add fields, never change these). */
export interface IngestSummary {
  questions: { id: string; prompt: string; topic: string }[];
  keyPoints: number;
  problems: { code: string; message: string; file?: string; path?: string }[];
}

export function ingestSummary(drafted: IngestedBank, bankProblems: BankProblem[]): IngestSummary {
  return {
    questions: drafted.questions.map(({ question }) => ({
      id: question.id,
      prompt: question.prompt,
      topic: question.topic,
    })),
    keyPoints: drafted.questions.reduce((n, q) => n + q.rubric.keyPoints.length, 0),
    problems: [
      ...drafted.problems.map((p) => ({ code: p.code, message: p.message })),
      ...bankProblems.map((p) => ({ code: p.code, message: p.message, file: p.file, path: p.path })),
    ],
  };
}
