import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { MAX_ANSWER_LENGTH } from '../../../core/interview/index.ts';
import { ANSWER_FIELD, encodeCustomId } from './custom-ids.ts';
import { LIMITS, truncate } from './limits.ts';
import { questionTitle } from '../interview/render-question.ts';

export interface AnswerModalInput {
  sessionId: string;
  index: number;
  total: number;
  /** Answers already given to this question: 0 for the first answer, 1 for the retry. */
  answersBefore: number;
  /** The first answer, offered for editing on a retry. */
  previous?: string;
}

/** The interview's answer box: one paragraph input of up to 4000 characters (Discord's limit and the grader's). */
export function renderAnswerModal(input: AnswerModalInput): APIModalInteractionResponseCallbackData {
  const customId = encodeCustomId({
    kind: 'submit',
    sessionId: input.sessionId,
    index: input.index,
    answersBefore: input.answersBefore,
  });
  return answerModal(customId, questionTitle(input.index + 1, input.total), input.answersBefore > 0, input.previous);
}

/** The box for the follow-up's answer: the follow-up itself is in the feedback message, and as the placeholder. */
export function renderFollowUpModal(
  sessionId: string,
  index: number,
  total: number,
  prompt: string,
): APIModalInteractionResponseCallbackData {
  const customId = encodeCustomId({ kind: 'follow-up-submit', sessionId, index });
  const texts = { label: 'Your answer to the follow-up', placeholder: truncate(prompt, LIMITS.textInputPlaceholder) };
  return answerModal(customId, `Follow-up · ${questionTitle(index + 1, total)}`, false, undefined, texts);
}

/**
 * The answer box under any custom id (rounds and daily questions have their own): "Retry · " before the
 * title of a retry, whose box is pre-filled with the first answer.
 */
export function answerModal(
  customId: string,
  title: string,
  isRetry: boolean,
  previous?: string,
  texts?: { label: string; placeholder: string },
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: truncate(isRetry ? `Retry · ${title}` : title, LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ANSWER_FIELD,
            label: texts?.label ?? (isRetry ? 'Your improved answer' : 'Your answer'),
            style: TextInputStyle.Paragraph,
            min_length: 1,
            max_length: MAX_ANSWER_LENGTH,
            required: true,
            placeholder: texts?.placeholder ?? 'Explain it as you would to an interviewer.',
            ...(previous === undefined ? {} : { value: truncate(previous, MAX_ANSWER_LENGTH) }),
          },
        ],
      },
    ],
  };
}
