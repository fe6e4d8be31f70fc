import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { MAX_ANSWER_LENGTH } from '../../../core/interview/index.ts';
import { ANSWER_FIELD } from '../interactions/custom-ids.ts';
import type { SourceMessage } from '../interactions/interaction-input.ts';
import { escapeMarkdown, LIMITS, truncate } from '../interactions/limits.ts';
import { COLOURS, questionTitle } from '../interview/render-question.ts';
import { encodedButtonRow, type MessageData } from '../interactions/bot-response.ts';
import { encodeVoiceId, type VoiceTarget } from './voice-ids.ts';

/** Marks the embed that holds a transcript; Grade it and Edit transcript read it back from there. */
const FENCE = '```';
const TITLE_MARK = '🎙️';
const TITLE_SUFFIX = ' · your voice answer';

export interface TranscriptView {
  target: VoiceTarget;
  /** The question's wording and where it stands ("Question 2/5", "Round question"). */
  prompt: string;
  heading: string;
  transcript: string;
  durationSec: number;
}

/** "Question 2/5", "Quick question", "Round question" or "Daily question", with "Retry · " for a second answer. */
export function headingFor(target: VoiceTarget, position: number, total: number): string {
  const base =
    target.kind === 'interview'
      ? questionTitle(position, total)
      : target.kind === 'round'
        ? 'Round question'
        : 'Daily question';
  return target.answersBefore > 0 ? `Retry · ${base}` : base;
}

/**
 * What the bot heard, marked as approximate, with Grade it and Edit transcript. The transcript sits in
 * a code block (shown verbatim, nothing in it can format or ping) and is read back from there on click,
 * so the buttons need no stored state and survive restarts.
 */
export function renderTranscript(view: TranscriptView): MessageData {
  const text = fitTranscript(view.transcript);
  return {
    content:
      'Here is what I heard. Press **Grade it** to grade it as your answer, or **Edit transcript** to correct it first.',
    embeds: [
      {
        color: COLOURS.question,
        title: truncate(`${TITLE_MARK} ${view.heading}${TITLE_SUFFIX}`, LIMITS.embedTitle),
        description: `${FENCE}\n${text}\n${FENCE}`,
        fields: [{ name: 'Question', value: escapeMarkdown(truncate(view.prompt, 300)) }],
        footer: {
          text: `Approximate transcript of ${formatDuration(view.durationSec)}: speech recognition makes mistakes, so check it before grading.`,
        },
      },
    ],
    components: [
      encodedButtonRow([
        {
          id: encodeVoiceId({ action: 'grade', target: view.target }),
          label: 'Grade it',
          style: ButtonStyle.Primary,
          emoji: '✅',
        },
        { id: encodeVoiceId({ action: 'edit', target: view.target }), label: 'Edit transcript', emoji: '✏️' },
      ]),
    ],
  };
}

/** The transcript a transcript message holds, or null when the message is not one (or was changed). */
export function readTranscript(message: SourceMessage | undefined): string | null {
  const description = transcriptEmbed(message)?.description ?? '';
  if (!description.startsWith(`${FENCE}\n`) || !description.endsWith(`\n${FENCE}`)) return null;
  const text = description.slice(FENCE.length + 1, -(FENCE.length + 1)).trim();
  return text === '' ? null : text;
}

/** "Question 2/5" from a transcript message's title ("🎙️ Question 2/5 · your voice answer"). */
export function readHeading(message: SourceMessage | undefined): string {
  const title = transcriptEmbed(message)?.title ?? '';
  const heading = title
    .slice(TITLE_MARK.length)
    .replace(new RegExp(`${TITLE_SUFFIX}$`), '')
    .trim();
  return heading === '' ? 'Your voice answer' : heading;
}

function transcriptEmbed(message: SourceMessage | undefined) {
  return message?.embeds.find((e) => e.title?.startsWith(TITLE_MARK) === true);
}

/** The answer box, pre-filled with the transcript (up to 4000 characters, Discord's and the grader's limit). */
export function renderEditModal(
  target: VoiceTarget,
  heading: string,
  transcript: string,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeVoiceId({ action: 'submit', target }),
    title: truncate(`Edit transcript · ${heading}`, LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ANSWER_FIELD,
            label: 'Your answer (correct what was misheard)',
            style: TextInputStyle.Paragraph,
            min_length: 1,
            max_length: MAX_ANSWER_LENGTH,
            required: true,
            value: truncate(transcript, MAX_ANSWER_LENGTH),
          },
        ],
      },
    ],
  };
}

/** One line of text in place of the transcript (a refusal, "transcribing…", a problem). */
export function voiceNotice(text: string): MessageData {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [] };
}

/** At most 4000 characters (the grader's limit), on one line per sentence, with no code fence inside. */
function fitTranscript(text: string): string {
  return truncate(text.replaceAll(FENCE, "'''").trim(), MAX_ANSWER_LENGTH);
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
