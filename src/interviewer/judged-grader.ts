import { createHash } from 'node:crypto';
import type { BankQuestion } from '../core/bank/schema.ts';
import type { CompiledRubric } from '../core/grading/compile-rubric.ts';
import { gradeAnswer } from '../core/grading/grade.ts';
import { buildJudgeMessages, rubricFingerprint, type ChatMessage } from '../core/grading/judge/judge-prompt.ts';
import { parseJudgeReply } from '../core/grading/judge/judge-reply.ts';
import { verifyVerdicts } from '../core/grading/judge/verify-verdicts.ts';
import type { Grade } from '../core/grading/types.ts';
import type { Result } from '../core/result.ts';
import { BoundedCache } from './bounded-cache.ts';

export type JudgeFailure = 'timeout' | 'unreachable' | 'http_error' | 'invalid_reply';

/** The port a model client implements: one chat completion's text, or why there is none. Never rejects. */
export type AskModel = (messages: ChatMessage[]) => Promise<Result<string, JudgeFailure>>;

/** Grades an answer with the judge, or offline (noted) when the judge cannot. Never rejects. */
export type AnswerJudge<Q extends JudgedQuestion = BankQuestion> = (question: Q, answer: string) => Promise<Grade>;

/** What the judge needs of a question besides its compiled rubric. */
export type JudgedQuestion = Pick<BankQuestion, 'id' | 'prompt'>;

/** What the judge reports for the logs: never the answer, never the key. */
export type JudgeEvent =
  | { kind: 'failed'; reason: JudgeFailure; detail: string; pausedForMs: number }
  | { kind: 'downgraded'; questionId: string; keyPointIds: string[] };

export interface JudgeDeps<Q extends JudgedQuestion> {
  rubricFor: (question: Q) => CompiledRubric;
  ask: AskModel;
  /** Judgements kept in memory, most recently used first (default 1000). */
  cacheSize?: number;
  /** After a timeout or an unreachable or failing server, answers are graded offline for this long (default 30 s). */
  pauseAfterFailureMs?: number;
  now?: () => number;
  onEvent?: (event: JudgeEvent) => void;
}

/** Offline notes that mean there is nothing for a judge to read. */
const NOTHING_TO_JUDGE = new Set(['empty_answer', 'no_words']);

/**
 * The judge as a grader. Judgements are cached per (rubric version, answer), where the version is a hash of
 * everything the judgement depends on besides the answer; concurrent equal requests share one call. A failed
 * call is not cached, and after one that suggests the server is down or slow, the judge pauses instead of
 * making every candidate wait out the timeout.
 */
export function createJudge<Q extends JudgedQuestion = BankQuestion>(deps: JudgeDeps<Q>): AnswerJudge<Q> {
  const cache = new BoundedCache<string, Promise<Grade | null>>(deps.cacheSize ?? 1000);
  const versions = new WeakMap<CompiledRubric, string>();
  const now = deps.now ?? Date.now;
  let pausedUntil = 0;

  const versionOf = (compiled: CompiledRubric) => {
    let version = versions.get(compiled);
    if (version === undefined) {
      version = createHash('sha256')
        .update(rubricFingerprint(compiled.rubric, compiled.rubric.question ?? ''))
        .digest('hex');
      versions.set(compiled, version);
    }
    return version;
  };

  async function judge(question: Q, compiled: CompiledRubric, answer: string): Promise<Grade | null> {
    const messages = buildJudgeMessages(compiled.rubric, compiled.rubric.question ?? question.prompt, answer);
    const reply = await deps.ask(messages);
    const verdicts = reply.ok ? parseJudgeReply(reply.value) : reply;
    if (!verdicts.ok) {
      const pausedForMs = verdicts.error === 'invalid_reply' ? 0 : (deps.pauseAfterFailureMs ?? 30_000);
      pausedUntil = Math.max(pausedUntil, now() + pausedForMs);
      deps.onEvent?.({
        kind: 'failed',
        reason: verdicts.error,
        detail: verdicts.detail ?? verdicts.error,
        pausedForMs,
      });
      return null;
    }
    const verified = verifyVerdicts(compiled, answer, verdicts.value);
    if (verified.downgraded.length > 0)
      deps.onEvent?.({ kind: 'downgraded', questionId: question.id, keyPointIds: verified.downgraded });
    return verified.grade;
  }

  return async (question, answer) => {
    const compiled = deps.rubricFor(question);
    const offline = gradeAnswer(compiled, answer);
    if (offline.note !== null && NOTHING_TO_JUDGE.has(offline.note)) return offline;
    const key = `${versionOf(compiled)}\n${answer}`;
    let pending = cache.get(key);
    if (pending === undefined) {
      if (now() < pausedUntil) return { ...offline, note: 'judge_unavailable' };
      pending = judge(question, compiled, answer);
      cache.set(key, pending);
    }
    const judged = await pending;
    if (judged !== null) return judged;
    cache.delete(key);
    return { ...offline, note: 'judge_unavailable' };
  };
}
