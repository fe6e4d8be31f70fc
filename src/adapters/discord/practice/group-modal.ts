import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { MAX_ANSWER_LENGTH } from '../../../core/interview/index.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import { ANSWER_FIELD } from '../custom-ids.ts';
import { LIMITS, truncate } from '../limits.ts';
import type { BotResponse } from '../reply.ts';
import { encodeGroupId, type GroupId } from './group-ids.ts';

/** The answer box of a round or daily question: the interview's text input, under a group id. */
export function groupAnswerModal(id: Extract<GroupId, { answersBefore: number }>, title: string, previous?: string): BotResponse {
  const isRetry = id.answersBefore > 0;
  const modal: APIModalInteractionResponseCallbackData = {
    custom_id: encodeGroupId(id),
    title: truncate(isRetry ? `Retry · ${title}` : title, LIMITS.modalTitle),
    components: [{
      type: ComponentType.ActionRow,
      components: [{
        type: ComponentType.TextInput, custom_id: ANSWER_FIELD, label: isRetry ? 'Your improved answer' : 'Your answer',
        style: TextInputStyle.Paragraph, min_length: 1, max_length: MAX_ANSWER_LENGTH, required: true,
        placeholder: 'Explain it as you would to an interviewer.',
        ...(previous === undefined ? {} : { value: truncate(previous, MAX_ANSWER_LENGTH) }),
      }],
    }],
  };
  return { kind: 'modal', modal };
}

/** The submitted answer, checked at the edge like the interview's (trimmed, 1-4000 characters). */
export function answerText(fields: Record<string, string>): Result<string, 'empty_answer' | 'answer_too_long'> {
  const text = (fields[ANSWER_FIELD] ?? '').trim();
  if (text === '') return err('empty_answer');
  return text.length > MAX_ANSWER_LENGTH ? err('answer_too_long') : ok(text);
}
