import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeWordVectors, parseAntonyms, type WordMeanings } from '../../core/grading/word-vectors.ts';

/** Derived by scripts/derive-word-vectors.ts; see README ("Word vectors"). */
const VECTORS_FILE = fileURLToPath(new URL('../../../assets/word-vectors.bin', import.meta.url));
const ANTONYMS_FILE = fileURLToPath(new URL('../../../assets/word-antonyms.txt', import.meta.url));

let loaded: WordMeanings | undefined;

/** The shipped word vectors and antonym pairs, read once per process (about 4.7 MB). */
export function loadWordMeanings(): WordMeanings {
  loaded ??= {
    vectors: decodeWordVectors(readFileSync(VECTORS_FILE)),
    antonyms: parseAntonyms(readFileSync(ANTONYMS_FILE, 'utf8')),
  };
  return loaded;
}
