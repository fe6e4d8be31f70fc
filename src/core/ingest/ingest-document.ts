import type { QuestionFile, RubricFile } from '../bank/schema.ts';
import { questionIdFor } from '../rubric-draft/format-draft.ts';
import type { BankInput } from '../bank/validate.ts';
import { parseBlocks, type Section } from './blocks.ts';
import type { Candidate } from './candidate.ts';
import { draftQuestion, MAX_KEY_POINTS, type DraftedQuestion } from './draft-question.ts';
import { findDefinitions } from './find-definitions.ts';
import { findLists } from './find-lists.ts';
import { findPairs } from './find-pairs.ts';
import { findSection } from './find-sections.ts';
import { isMarkdown, plainTextToMarkdown } from './plain-text.ts';
import { kebab, stripMarkup } from './markup.ts';
import { keepSpecific } from './specificity.ts';

export interface IngestInput {
  /** The document's text (Markdown or plain text). */
  text: string;
  /** Its file name, for the bank's documents/ folder and the default topic. */
  fileName: string;
  /** A kebab-case topic for every drafted question; default: from the document's title or file name. */
  topic?: string;
  /** Question ids already in use (the built-in bank's): drafted ids avoid them. */
  takenIds?: ReadonlySet<string>;
}

export type IngestProblemCode = 'no_questions' | 'key_points_cut';

export interface IngestProblem {
  code: IngestProblemCode;
  message: string;
}

/** A drafted bank: one topic, its document (as markdown, so headings are what sources cite) and its questions. */
export interface IngestedBank {
  topic: string;
  document: { name: string; text: string };
  questions: DraftedQuestion[];
  problems: IngestProblem[];
}

/**
 * Drafts a bank from a document: its own question-and-answer pairs, lists introduced as a whole,
 * definitions, and every other heading with a body. Deterministic: the same text gives the same bank.
 */
export function ingestDocument(input: IngestInput): IngestedBank {
  const stem = input.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'document';
  const isMd = isMarkdown(input.text);
  const markdown = isMd ? input.text : plainTextToMarkdown(input.text, stem);
  const sections = parseBlocks(markdown);
  const topic = input.topic ?? (kebab(titleOf(sections) ?? stem, 4) || 'document');
  const candidates = sections.flatMap(candidatesOf).sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const taken = new Set(input.takenIds ?? []);
  const seenPrompts = new Set<string>();
  const questions: DraftedQuestion[] = [];
  const problems: IngestProblem[] = [];
  for (const candidate of candidates) {
    const key = candidate.prompt.toLowerCase();
    if (seenPrompts.has(key)) continue;
    seenPrompts.add(key);
    const id = uniqueId(`${kebab(topic, 3)}-${questionIdFor(candidate.prompt, 5)}`, taken);
    if (candidate.points.length > MAX_KEY_POINTS) {
      problems.push({
        code: 'key_points_cut',
        message: `"${candidate.prompt}" has ${candidate.points.length} key points; the first ${MAX_KEY_POINTS} are kept`,
      });
    }
    questions.push(draftQuestion(candidate, id, topic));
  }
  if (questions.length === 0)
    problems.push({
      code: 'no_questions',
      message: 'no question could be drafted: the document has no headed section with text',
    });
  const name = isMd ? safeFileName(input.fileName, `${stem}.md`) : safeFileName(`${stem}.md`, 'document.md');
  return { topic, document: { name, text: markdown }, questions: keepSpecific(questions), problems };
}

function candidatesOf(section: Section): Candidate[] {
  const used = new Set<number>();
  return [
    // Lists first: a list introduced as a whole is a question of its own, not the end of the answer above it.
    ...findLists(section, used),
    ...findPairs(section, used),
    ...findDefinitions(section, used),
    ...findSection(section, used),
  ];
}

function titleOf(sections: Section[]): string | undefined {
  const title = sections.find((s) => s.level === 1)?.heading;
  return title === undefined ? undefined : stripMarkup(title);
}

function uniqueId(base: string, taken: Set<string>): string {
  const trimmed = base.replace(/-+$/, '');
  let id = trimmed;
  for (let n = 2; taken.has(id); n += 1) id = `${trimmed}-${n}`;
  taken.add(id);
  return id;
}

function safeFileName(name: string, fallback: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/[^\w.-]+/g, '-');
  return /^[\w][\w.-]*$/.test(base) ? base : fallback;
}

/** The drafted bank as the files a bank folder holds, ready for the bank check. */
export function bankFilesOf(bank: IngestedBank): {
  questionFile: QuestionFile;
  rubricFile: RubricFile;
  input: BankInput;
} {
  const questionFile: QuestionFile = { document: bank.document.name, questions: bank.questions.map((q) => q.question) };
  const rubricFile: RubricFile = { rubrics: bank.questions.map((q) => q.rubric) };
  const input: BankInput = {
    questionFiles: [{ file: `question-bank/${bank.topic}.json`, data: questionFile }],
    rubricFiles: [{ file: `rubrics/${bank.topic}.json`, data: rubricFile }],
    documents: { [bank.document.name]: bank.document.text },
  };
  return { questionFile, rubricFile, input };
}
