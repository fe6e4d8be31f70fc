import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { KeyPointStatus } from '../../../core/grading/types.ts';
import type { AppealView } from '../../../interviewer/banks/index.ts';
import type { AppealDecisionView } from '../../../interviewer/group-messenger.ts';
import { messageFor, messageWithDetail } from '../../../interviewer/messages.ts';
import type { BankAlias } from '../../../store/bank-records.ts';
import { encodedButtonRow, type ButtonRow, type MessageData } from '../interactions/bot-response.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import { discordTime } from '../group-study/moderator.ts';
import { COLOURS } from '../interview/render-question.ts';
import { encodeAppealId } from './appeal-ids.ts';

/** The text input's custom id inside the appeal box. */
export const WORDS_FIELD = 'words';
/** Pending appeals shown at once: one embed and one row of buttons each (a message holds 5 rows). */
export const APPEALS_SHOWN = 5;
const ALIASES_SHOWN = 5;
const ROW = 5;
const MARK: Record<KeyPointStatus, string> = { hit: '✅', partial: '🟡', miss: '❌' };

/** "That's in my answer": under the feedback of an answer in a server, when a point was not counted as made. */
export function appealButtonRow(attemptId: string): ButtonRow {
  return encodedButtonRow([
    { id: encodeAppealId({ kind: 'open', attemptId }), label: 'That’s in my answer', emoji: '🙋' },
  ]);
}

export interface AppealablePoint {
  /** The key point's position in the attempt (rubric order). */
  position: number;
  text: string;
  status: KeyPointStatus;
}

/** The points the candidate may appeal, one button each (a rubric has at most 25: 5 rows of 5). */
export function renderPointPicker(attemptId: string, points: readonly AppealablePoint[]): MessageData {
  const buttons = points.slice(0, ROW * ROW).map((p) => ({
    id: encodeAppealId({ kind: 'point', attemptId, point: p.position }),
    label: p.text,
    emoji: MARK[p.status],
  }));
  const rows: ButtonRow[] = [];
  for (let at = 0; at < buttons.length; at += ROW) rows.push(encodedButtonRow(buttons.slice(at, at + ROW)));
  return { content: messageFor('appeal_pick_point'), embeds: [], components: rows };
}

/**
 * The box to cut the answer down to the words that make the point, pre-filled with the answer (`draft`);
 * without a draft (the store was too slow to read it) the candidate pastes the words instead.
 */
export function renderWordsModal(
  attemptId: string,
  point: number,
  keyPointText: string,
  draft?: string,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeAppealId({ kind: 'words', attemptId, point }),
    title: truncate(`Appeal: ${keyPointText}`, LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: WORDS_FIELD,
            label: 'Keep only the words that make the point',
            style: TextInputStyle.Paragraph,
            min_length: 1,
            max_length: LIMITS.textInput,
            required: true,
            placeholder: 'The words of your answer that make the point, in its order',
            ...(draft === undefined ? {} : { value: truncate(draft, LIMITS.textInput) }),
          },
        ],
      },
    ],
  };
}

/** `/bank appeals`: the first pending appeals with Accept / Reject each, how many wait, the aliases accepted lately. */
export function renderAppealList(
  pending: readonly AppealView[],
  aliases: readonly BankAlias[],
  heading?: string,
): MessageData {
  const shown = pending.slice(0, APPEALS_SHOWN);
  const count =
    pending.length === 0
      ? messageFor('no_pending_appeals')
      : messageWithDetail(
          'appeals_waiting',
          pending.length > shown.length ? `${pending.length}; the first ${shown.length} shown` : String(pending.length),
        );
  const embeds = shown.map((view, i) => appealEmbed(view, i + 1));
  if (aliases.length > 0) embeds.push(aliasesEmbed(aliases));
  return {
    content: heading === undefined ? count : `${truncate(heading, LIMITS.content - count.length - 2)}\n\n${count}`,
    embeds,
    components: shown.map((view, i) =>
      encodedButtonRow([
        {
          id: encodeAppealId({ kind: 'accept', appealId: view.appeal.id }),
          label: `Accept ${i + 1}`,
          style: ButtonStyle.Success,
        },
        {
          id: encodeAppealId({ kind: 'reject', appealId: view.appeal.id }),
          label: `Reject ${i + 1}`,
          style: ButtonStyle.Danger,
        },
      ]),
    ),
  };
}

function appealEmbed(view: AppealView, n: number): APIEmbed {
  const { appeal } = view;
  return {
    color: COLOURS.neutral,
    title: truncate(`${n}. ${view.prompt}`, 200),
    fields: [
      { name: 'Candidate', value: `<@${appeal.userId}> ${discordTime(appeal.filedAt)}`, inline: true },
      { name: 'Key point', value: truncate(escapeMarkdown(view.keyPointText), 300), inline: true },
      { name: 'Their words', value: `“${escapeMarkdown(truncate(appeal.words, 300))}”` },
      { name: 'Their answer', value: escapeMarkdown(truncate(view.answer, 300)) || '—' },
    ],
  };
}

function aliasesEmbed(aliases: readonly BankAlias[]): APIEmbed {
  const recent = aliases.slice(-ALIASES_SHOWN).reverse();
  const lines = recent.map(
    (a) =>
      `“${escapeMarkdown(truncate(a.alias, 120))}” for ${a.questionId} · ${a.keyPointId}, accepted by <@${a.acceptedBy}> ${discordTime(a.acceptedAt)}`,
  );
  return {
    color: COLOURS.good,
    title: `Accepted lately (${aliases.length} in all, every one in /bank export)`,
    description: joinLinesWithin(lines, 1500),
  };
}

/** What a reviewer's Accept did, for the list's heading: the re-grade, and whether the candidate was told. */
export function acceptedHeading(
  candidateId: string,
  keyPointText: string,
  regrade: { previousScore: number; score: number; status: KeyPointStatus },
  told: boolean,
): string {
  const covered = regrade.status === 'hit' ? 'now covered' : 'still not covered';
  return [
    messageFor('appeal_accepted'),
    `<@${candidateId}> · ${regrade.previousScore} → ${regrade.score} · ${MARK[regrade.status]} **${escapeMarkdown(truncate(keyPointText, 200))}** ${covered}`,
    messageFor(told ? 'candidate_told' : 'candidate_not_told'),
  ].join('\n');
}

/** What a reviewer's Reject did, for the list's heading. */
export function rejectedHeading(candidateId: string, keyPointText: string, told: boolean): string {
  return [
    messageFor('appeal_rejected'),
    `<@${candidateId}> · **${escapeMarkdown(truncate(keyPointText, 200))}**`,
    messageFor(told ? 'candidate_told' : 'candidate_not_told'),
  ].join('\n');
}

/** The direct message telling a candidate what became of their appeal. */
export function renderAppealDecision(view: AppealDecisionView): MessageData {
  const fields = [
    { name: 'Question', value: escapeMarkdown(truncate(view.prompt, 300)) },
    { name: 'Key point', value: escapeMarkdown(truncate(view.keyPointText, 300)) },
    { name: 'Your words', value: `“${escapeMarkdown(truncate(view.words, 300))}”` },
  ];
  if (view.regrade !== null) {
    const mark = view.regrade.covered ? '✅ now covered' : '🟡 still not counted as made';
    fields.push({ name: 'Score', value: `${view.regrade.previousScore} → ${view.regrade.score}/100 · ${mark}` });
  }
  return {
    embeds: [
      {
        color: view.accepted ? COLOURS.good : COLOURS.neutral,
        title: view.accepted ? 'Appeal accepted' : 'Appeal not accepted',
        description: messageFor(view.accepted ? 'appeal_accepted_for_you' : 'appeal_rejected_for_you'),
        fields,
      },
    ],
    components: [],
  };
}
