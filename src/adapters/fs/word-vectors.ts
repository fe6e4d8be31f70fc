import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOppositeIndex, type OppositeIndex } from '../../core/grading/opposites.ts';
import { decodeWordVectors, parseAntonyms, type WordMeanings } from '../../core/grading/word-vectors.ts';

/** Derived by scripts/derive-word-vectors.ts; see README ("Word vectors"). */
const VECTORS_FILE = fileURLToPath(new URL('../../../assets/word-vectors.bin', import.meta.url));
const ANTONYMS_FILE = fileURLToPath(new URL('../../../assets/word-antonyms.txt', import.meta.url));

let loaded: WordMeanings | undefined;
let opposites: OppositeIndex | undefined;

/** The shipped word vectors and antonym pairs, read once per process (about 4.7 MB). */
export function loadWordMeanings(): WordMeanings {
  loaded ??= {
    vectors: decodeWordVectors(readFileSync(VECTORS_FILE)),
    antonyms: parseAntonyms(readFileSync(ANTONYMS_FILE, 'utf8')),
  };
  return loaded;
}

/** The shipped antonym pairs as each word's opposites, read once per process (0.47 MB; no vectors). */
export function loadOpposites(): OppositeIndex {
  opposites ??= buildOppositeIndex(parseAntonyms(readFileSync(ANTONYMS_FILE, 'utf8')));
  return opposites;
}
