import { BANK_LIMITS } from '../core/banks/limits.ts';
import type { AppealError, DecideError, DraftError, ImportError } from './banks/index.ts';

type BankError = ImportError | DraftError | AppealError | DecideError | 'unknown_topic' | 'built_in_topic';

/** Server-bank and appeal error codes as sentences (the detail, when given, says which file, id or number). */
const BANK_MESSAGES: Record<BankError, string> = {
  unsupported_file: 'Import a Markdown (.md) or plain-text (.txt) document, or a bank file (.json) from /bank export.',
  file_too_large: `That file is too large: at most ${Math.round(BANK_LIMITS.maxFileBytes / 1024)} KB.`,
  not_text: 'That file is not UTF-8 text.',
  invalid_bank_file: 'That .json file is not a bank file as /bank export writes them.',
  invalid_topic: 'A topic name is lowercase words joined by hyphens, e.g. sql-interviews.',
  no_questions: 'No question could be drafted: the document needs headings with text under them.',
  too_many_questions: `Too many questions: at most ${BANK_LIMITS.maxQuestionsPerImport} per import and ${BANK_LIMITS.maxQuestionsPerServer} per server.`,
  too_many_topics: `A server can have at most ${BANK_LIMITS.maxTopicsPerServer} topics of its own; remove one first.`,
  topic_taken: 'That topic name belongs to the built-in bank; choose another.',
  question_id_taken: 'A question id of that file is already used by another topic or the built-in bank.',
  bank_problems: 'The bank check found problems in that file; nothing was stored.',
  unknown_draft: 'That draft is gone (published or discarded already).',
  unknown_topic: 'This server has no topic of its own by that name.',
  built_in_topic: 'Built-in topics cannot be removed.',
  unknown_attempt: 'That answer is no longer stored.',
  not_your_attempt: 'Only the person who answered can appeal their grade.',
  unknown_key_point: 'That question has no such key point.',
  point_already_made: 'That point was already counted as made.',
  no_words: 'Pick the words of your answer that make the point.',
  words_too_long: `Pick at most ${BANK_LIMITS.maxAppealCharacters} characters: just the words that make the point.`,
  words_not_in_answer:
    'Those words are not all in your answer (in its order); cut your answer down instead of rewriting it.',
  already_appealed: 'You have already appealed that point for this answer.',
  unknown_appeal: 'There is no such appeal here.',
  already_decided: 'That appeal has already been decided.',
  unknown_question: 'That question or key point is no longer in the bank.',
};

export function bankErrorMessage(error: BankError, detail?: string): string {
  return detail === undefined ? BANK_MESSAGES[error] : `${BANK_MESSAGES[error]} (${detail})`;
}
