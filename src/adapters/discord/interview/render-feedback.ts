import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import type { ChecklistItem, Feedback } from '../../../core/interview/index.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { buttonRow, type ButtonSpec, type MessageData } from '../interactions/bot-response.ts';
import { COLOURS, questionTitle } from './render-question.ts';
import { appealButtonRow } from '../banks/render-appeals.ts';

const STATUS_MARK = { hit: '✅', partial: '🟡', miss: '❌' } as const;
const EVIDENCE_MAX = 160;

/** “…” around words the user wrote, escaped so they cannot break the layout or ping anyone. */
export function quote(text: string, max = EVIDENCE_MAX): string {
  return `“${escapeMarkdown(truncate(text.trim(), max))}”`;
}

/** One checklist line in the rubric's (the document's) wording, with the evidence quoted. */
export function checklistLine(item: ChecklistItem): string {
  const head = `${STATUS_MARK[item.status]} **${escapeMarkdown(item.text)}**`;
  const said = item.evidence === null ? null : quote(item.evidence);
  if (item.negated && said !== null) return `${head} — you said ${said}, which denies it`;
  if (item.correction !== undefined && said !== null)
    return `${head} — you said ${said}: ${escapeMarkdown(item.correction)}`;
  if (item.status === 'partial' && said !== null) {
    const missing = item.missing
      .slice(0, 5)
      .map((m) => quote(m, 40))
      .join(', ');
    return missing === '' ? `${head} — you said ${said}` : `${head} — you said ${said} but not ${missing}`;
  }
  return item.status === 'hit' && said !== null ? `${head} — ${said}` : head;
}

export function scoreColour(score: number): number {
  return score >= 70 ? COLOURS.good : score >= 40 ? COLOURS.fair : COLOURS.poor;
}

export interface FeedbackOptions {
  /**
   * Offer "That's in my answer" when a point was not counted as made: for answers in a server, whose
   * reviewers decide appeals (in DMs there is no server bank to add the words to).
   */
  appealable?: boolean;
}

/**
 * The graded answer: score, key-point checklist, what a retry added; buttons Model answer, Next, Retry, End,
 * and on a second row "That's in my answer" when it may be appealed.
 */
export function renderFeedback(sessionId: string, feedback: Feedback, options: FeedbackOptions = {}): MessageData {
  const prompt = `> ${escapeMarkdown(truncate(feedback.question.prompt, 300))}`;
  const checklist = joinLinesWithin(feedback.checklist.map(checklistLine), LIMITS.embedDescription - 400);
  const embed: APIEmbed = {
    color: scoreColour(feedback.score),
    title: `${questionTitle(feedback.position, feedback.total)} · ${feedback.isRetry ? 'Retry scored' : 'Score'} ${feedback.score}/100`,
    description: `${prompt}\n\n${checklist}`,
    fields: feedbackFields(feedback),
    footer: { text: '✅ covered · 🟡 nearly · ❌ missed' },
  };
  const components = [buttonRow(feedbackButtons(sessionId, feedback))];
  if (options.appealable === true && feedback.checklist.some((k) => k.status !== 'hit'))
    components.push(appealButtonRow(feedback.attemptId));
  return { embeds: [embed], components };
}

function feedbackFields(feedback: Feedback): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  if (feedback.hintPenalty > 0) {
    fields.push({
      name: 'Hints',
      value: `${feedback.gradeScore}/100 minus ${feedback.hintPenalty} for ${feedback.hintsUsed} hint(s)`,
    });
  }
  if (feedback.isRetry) {
    const added = feedback.added.map(
      (a) => `${STATUS_MARK[a.before]} → ${STATUS_MARK[a.after]} ${escapeMarkdown(a.text)}`,
    );
    fields.push({
      name: 'Your retry added',
      value: added.length > 0 ? joinLinesWithin(added, LIMITS.fieldValue) : 'No new key points this time.',
    });
    fields.push({ name: 'Kept score', value: `${feedback.bestScore}/100 (the better of your two answers)` });
  }
  if (feedback.followUp !== null) {
    fields.push({
      name: 'Follow-up question',
      value: truncate(escapeMarkdown(feedback.followUp.prompt), LIMITS.fieldValue),
    });
  }
  const result = feedback.followUpResult;
  if (result !== null) {
    const verdict = result.after === 'hit' ? 'completed' : 'not completed yet';
    fields.push({
      name: 'Your follow-up',
      value: truncate(
        `${STATUS_MARK[result.before]} → ${STATUS_MARK[result.after]} ${verdict}: ${escapeMarkdown(result.text)}`,
        LIMITS.fieldValue,
      ),
    });
  }
  const note = noteText(feedback);
  if (note !== null) fields.push({ name: 'Note', value: note });
  return fields;
}

function noteText(feedback: Feedback): string | null {
  if (feedback.note === 'keyword_list')
    return 'That reads as a list of terms rather than an explanation, so the score is capped at 50.';
  if (feedback.note === 'truncated') return 'Only the beginning of a very long answer was graded.';
  if (feedback.note === 'no_words') return 'No words to grade were found in the answer.';
  if (feedback.note === 'judge_unavailable') return 'Graded offline: the judge did not answer.';
  return null;
}

function feedbackButtons(sessionId: string, feedback: Feedback): ButtonSpec[] {
  const at = { sessionId, index: feedback.position - 1 };
  const buttons: ButtonSpec[] = [
    { id: { kind: 'session', action: 'model', ...at }, label: 'Model answer', emoji: '📖' },
    {
      id: { kind: 'session', action: 'next', ...at },
      label: feedback.isLast ? 'See summary' : 'Next question',
      style: ButtonStyle.Primary,
    },
  ];
  if (feedback.followUp !== null)
    buttons.push({
      id: { kind: 'session', action: 'follow-up', ...at },
      label: 'Answer follow-up',
      emoji: '💬',
      style: ButtonStyle.Success,
    });
  if (feedback.canRetry) buttons.push({ id: { kind: 'session', action: 'retry', ...at }, label: 'Retry', emoji: '🔁' });
  if (!feedback.isLast)
    buttons.push({ id: { kind: 'session', action: 'end', ...at }, label: 'End', style: ButtonStyle.Danger });
  return buttons;
}

/** The model answer, sent as its own ephemeral message so the feedback stays in view. */
export function renderModelAnswer(prompt: string, modelAnswer: string): MessageData {
  return {
    embeds: [
      {
        color: COLOURS.neutral,
        title: 'Model answer',
        description: `> ${escapeMarkdown(truncate(prompt, 300))}\n\n${truncate(modelAnswer, 3500)}`,
      },
    ],
    components: [],
  };
}
