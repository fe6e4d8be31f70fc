import { readFile } from 'node:fs/promises';
import { runProcess } from '../run-process.ts';
import { ipaToArpabet, spellLetters } from './ipa-to-arpabet.ts';

/** Pronunciations (CMU phones) for each word, several where the dictionary or the guesses give several. */
export type Lexicon = Map<string, string[]>;

export interface LexiconSources {
  /** pocketsphinx-en-us's CMU dictionary. */
  dictPath: string;
  /** espeak-ng on PATH, used to guess words the dictionary lacks (numpy, jupyter); null skips guessing. */
  espeak: string | null;
}

/**
 * Looks the words up in the CMU dictionary and guesses the rest: a possessive from its base word, other
 * words from espeak-ng's pronunciation, and short ones also letter by letter (ssh, etl, ml). Words with
 * no pronunciation at all are left out (the recogniser cannot hear them anyway).
 */
export async function buildLexicon(words: ReadonlySet<string>, sources: LexiconSources): Promise<Lexicon> {
  const lexicon = await readDictionary(sources.dictPath, words);
  const missing = [...words].filter((w) => !lexicon.has(w));
  const guesses = sources.espeak === null ? new Map<string, string>() : await guessWithEspeak(sources.espeak, missing);
  for (const word of missing) {
    const base = word.endsWith("'s") ? lexicon.get(word.slice(0, -2))?.[0] : undefined;
    const candidates = [
      base === undefined ? undefined : `${base} Z`,
      guesses.get(word),
      word.length <= 4 ? (spellLetters(word) ?? undefined) : undefined,
    ].filter((p): p is string => p !== undefined && p !== '');
    if (candidates.length > 0) lexicon.set(word, [...new Set(candidates)]);
  }
  return lexicon;
}

/** The dictionary file pocketsphinx reads with `-dict`: "word PHONES", then "word(2) PHONES" for variants. */
export function formatDictionary(lexicon: Lexicon): string {
  const lines: string[] = [];
  for (const word of [...lexicon.keys()].sort()) {
    lexicon.get(word)!.forEach((phones, i) => lines.push(`${i === 0 ? word : `${word}(${i + 1})`} ${phones}`));
  }
  return `${lines.join('\n')}\n`;
}

async function readDictionary(path: string, words: ReadonlySet<string>): Promise<Lexicon> {
  const lexicon: Lexicon = new Map();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space).replace(/\(\d+\)$/, '');
    if (!words.has(word)) continue;
    const phones = line
      .slice(space + 1)
      .replace(/#.*$/, '')
      .trim();
    lexicon.set(word, [...(lexicon.get(word) ?? []), phones]);
  }
  return lexicon;
}

/** One espeak-ng run for all the words, one per line in and out (the full stop keeps the lines apart). */
async function guessWithEspeak(espeak: string, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const run = await runProcess(espeak, ['-q', '-v', 'en-us', '--ipa=3', '--stdin'], {
    input: Buffer.from(words.map((w) => `${w}.\n`).join('')),
    signal: AbortSignal.timeout(30_000),
  });
  const lines = run.stdout
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (run.code !== 0 || lines.length !== words.length) return new Map();
  return new Map(words.map((w, i) => [w, ipaToArpabet(lines[i]!)]));
}
