import { parseSections } from '../bank/document.ts';
import type { StudyItem } from './study-items.ts';

/** Longest quotes of the document and of the user's answer, in characters. */
export const SECTION_QUOTE_LIMIT = 800;
export const ANSWER_QUOTE_LIMIT = 600;

export interface StudySheetInput {
  /** Whose sheet: shown in the title. */
  name: string;
  items: readonly StudyItem[];
  /** Source documents by file name (question-bank/documents/), for each section's own wording. */
  documents: Readonly<Record<string, string>>;
  now: Date;
}

/**
 * The study sheet as Markdown: one part per document section (the key point's `source`), in the order
 * their first item comes (due items first), each with the section's text, then per question the key
 * points to study, the model answer and the user's last answer.
 */
export function renderStudySheet(input: StudySheetInput): string {
  const due = input.items.filter((i) => i.isDue).length;
  const lines = [
    `# Study sheet: ${escapeMarkdown(input.name)}`,
    '',
    `${input.now.toISOString().slice(0, 10)} · ${input.items.length} key point${input.items.length === 1 ? '' : 's'} to study, ${due} due for review now.`,
    '',
  ];
  if (input.items.length === 0)
    return [...lines, 'Nothing to study: your last answers covered every key point.', ''].join('\n');
  for (const [section, items] of groupBySection(input.items)) {
    lines.push(...renderSection(section, items, input.documents));
  }
  return lines.join('\n');
}

function groupBySection(items: readonly StudyItem[]): Map<string, StudyItem[]> {
  const groups = new Map<string, StudyItem[]>();
  for (const item of items) {
    const key = `${item.question.document}\u0000${item.keyPoint.source ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function renderSection(key: string, items: StudyItem[], documents: Readonly<Record<string, string>>): string[] {
  const [document = '', heading = ''] = key.split('\u0000');
  const lines = [`## ${heading === '' ? 'Other key points' : heading}`, '', `*${document}*`, ''];
  const body =
    heading === '' ? undefined : parseSections(documents[document] ?? '').find((s) => s.heading === heading)?.body;
  if (body !== undefined && body !== '') lines.push(...quote(clip(body, SECTION_QUOTE_LIMIT)), '');
  const byQuestion = new Map<string, StudyItem[]>();
  for (const item of items) byQuestion.set(item.question.id, [...(byQuestion.get(item.question.id) ?? []), item]);
  for (const questionItems of byQuestion.values()) lines.push(...renderQuestion(questionItems));
  return lines;
}

function renderQuestion(items: StudyItem[]): string[] {
  const { question, lastAttempt } = items[0] as StudyItem;
  return [
    `### ${question.prompt}`,
    '',
    ...items.map(
      (i) =>
        `- ${i.isDue ? '**Due** · ' : ''}${i.status === 'missed' ? 'Missed' : 'Nearly covered'}: ${i.keyPoint.text}`,
    ),
    '',
    `Model answer: ${question.modelAnswer}`,
    '',
    `Your last answer (${lastAttempt.createdAt.slice(0, 10)}, score ${Math.round(lastAttempt.score)}):`,
    '',
    ...quote(escapeMarkdown(clip(lastAttempt.answer, ANSWER_QUOTE_LIMIT))),
    '',
  ];
}

const quote = (text: string): string[] => text.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${line}`));

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The user's own words as plain text: no heading, link, emphasis, code, HTML or table can come of them. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}
