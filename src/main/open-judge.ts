import type { Logger } from '../adapters/discord/logger.ts';
import { chatCompletionsClient, chatCompletionsUrl } from '../adapters/llm/chat-completions.ts';
import type { BaseConfig } from '../config.ts';
import type { CompiledRubric } from '../core/grading/compile-rubric.ts';
import { createJudge, type AnswerJudge, type JudgedQuestion, type JudgeEvent } from '../interviewer/judged-grader.ts';

type GraderConfig = Pick<
  BaseConfig,
  | 'GRADER'
  | 'GRADER_LLM_URL'
  | 'GRADER_LLM_MODEL'
  | 'GRADER_LLM_KEY'
  | 'GRADER_LLM_TIMEOUT_MS'
  | 'GRADER_LLM_CACHE_SIZE'
>;

/** The judge GRADER=llm asks for, or undefined for the offline grader alone. */
export function openJudge<Q extends JudgedQuestion>(
  config: GraderConfig,
  rubricFor: (question: Q) => CompiledRubric,
  logger: Logger,
): AnswerJudge<Q> | undefined {
  if (config.GRADER !== 'llm' || config.GRADER_LLM_URL === undefined || config.GRADER_LLM_MODEL === undefined)
    return undefined;
  const ask = chatCompletionsClient({
    url: chatCompletionsUrl(config.GRADER_LLM_URL),
    model: config.GRADER_LLM_MODEL,
    key: config.GRADER_LLM_KEY,
    timeoutMs: config.GRADER_LLM_TIMEOUT_MS,
  });
  return createJudge({
    rubricFor,
    ask,
    cacheSize: config.GRADER_LLM_CACHE_SIZE,
    onEvent: (event) => logJudgeEvent(logger, event),
  });
}

function logJudgeEvent(logger: Logger, event: JudgeEvent): void {
  if (event.kind === 'failed') {
    logger.warn('the judge did not answer; graded offline', {
      reason: event.reason,
      detail: event.detail,
      pausedForMs: event.pausedForMs,
    });
  } else {
    logger.info('the judge quoted words the answer does not contain; those points count as missed', {
      question: event.questionId,
      keyPoints: event.keyPointIds,
    });
  }
}
