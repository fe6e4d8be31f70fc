import { parseArgs } from 'node:util';
import { defaultBankRoot, loadBankFiles } from '../adapters/fs/load-bank.ts';
import { DEFAULT_WORDNET_DIR, openWordNet } from '../adapters/fs/wordnet.ts';
import { checkBank } from '../core/bank/validate.ts';
import { suggestionsJson, suggestionsText } from '../core/rubric-suggest/format-suggestions.ts';
import { suggestForms } from '../core/rubric-suggest/suggest-forms.ts';
import { vectorNeighbours } from '../core/grading/vector-neighbours.ts';
import { loadWordMeanings } from '../adapters/fs/word-vectors.ts';
import { baseConfigSchema } from '../config.ts';
import { readEnv, UserFacingError } from './open-app.ts';

/** Vector neighbours proposed per word of a key point, beside WordNet's forms. */
const NEIGHBOURS = 6;

export const SUGGEST_USAGE =
  'Usage: mock-interviewer rubric suggest --question ID [--json] [--wordnet DIR] [--root DIR]';

/**
 * `mock-interviewer rubric suggest`: other ways to say each key point of a bank question, from WordNet and the
 * word vectors (assets/word-vectors.bin), for an author to review and copy into rubrics/concepts.json or the
 * point's aliases. Grading never reads WordNet or the vectors.
 */
export async function rubricSuggestMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      question: { type: 'string' },
      json: { type: 'boolean', default: false },
      wordnet: { type: 'string' },
      root: { type: 'string' },
    },
  });
  if (values.question === undefined) throw new UserFacingError(SUGGEST_USAGE);
  const wordnetDir = values.wordnet ?? DEFAULT_WORDNET_DIR;
  const senses = await openWordNet(wordnetDir);
  if (senses === null)
    throw new UserFacingError(
      `WordNet is not installed: ${wordnetDir} has no index.noun and data.noun. ` +
        'Install the Debian package wordnet-base (apt-get install wordnet-base) or pass --wordnet DIR.',
    );
  const root = values.root ?? readEnv(baseConfigSchema).BANK_DIR ?? defaultBankRoot();
  const { input } = await loadBankFiles(root);
  // A bank with problems still gets its suggestions: the author may be fixing it.
  const { bank } = checkBank(input);
  const question = bank.byId.get(values.question);
  if (question === undefined) throw new UserFacingError(`No question "${values.question}" in the bank at ${root}.`);
  const meanings = loadWordMeanings();
  const neighbours = (word: string) => vectorNeighbours(word, meanings, NEIGHBOURS);
  const suggestions = suggestForms(question, bank, senses, input.documents[question.document] ?? '', neighbours);
  process.stdout.write(values.json ? suggestionsJson(suggestions) : suggestionsText(suggestions));
  return 0;
}
