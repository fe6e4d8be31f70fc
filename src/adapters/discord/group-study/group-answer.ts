import { MAX_ANSWER_LENGTH } from '../../../core/interview/index.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import type { AnswerBox } from '../../../interviewer/group-answer.ts';
import { answerModal } from '../interactions/answer-modal.ts';
import { ANSWER_FIELD } from '../interactions/custom-ids.ts';
import type { BotResponse } from '../interactions/bot-response.ts';
import { encodeGroupId, type GroupId } from './group-ids.ts';

/** A round's or a daily question's answer box, by its custom id (the interview's box under a group id). */
type SubmitId = Extract<GroupId, { answersBefore: number }>;

export function groupAnswerModal(id: SubmitId, title: string, previous?: string): BotResponse {
  return { kind: 'modal', modal: answerModal(encodeGroupId(id), title, id.answersBefore > 0, previous) };
}

/** The box a use case opened: the first answer, or the retry pre-filled with the first. */
export function answerBoxModal(box: AnswerBox, id: (answersBefore: number) => SubmitId, title: string): BotResponse {
  return groupAnswerModal(id(box.answersBefore), title, box.previous);
}

/** The submitted answer, checked at the edge like the interview's (trimmed, 1-4000 characters). */
export function answerText(fields: Record<string, string>): Result<string, 'empty_answer' | 'answer_too_long'> {
  const text = (fields[ANSWER_FIELD] ?? '').trim();
  if (text === '') return err('empty_answer');
  return text.length > MAX_ANSWER_LENGTH ? err('answer_too_long') : ok(text);
}
