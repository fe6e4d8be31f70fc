import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArpa } from './arpa.ts';
import { COMMON_WORDS } from './common-words.ts';
import { toSentences } from './corpus.ts';
import { buildLexicon, formatDictionary, type LexiconSources } from './lexicon.ts';

/** Bump when the model's construction changes, so cached files from an older build are not reused. */
const BUILD_VERSION = 'bank-lm-1';

export interface LanguageModelFiles {
  lm: string;
  dict: string;
  /** Words the model can recognise. */
  words: number;
  /** False when the files came from the cache. */
  built: boolean;
}

const building = new Map<string, Promise<LanguageModelFiles>>();

/**
 * The ARPA bigram model and matching pronunciation dictionary for texts (the question bank's wording),
 * written once to cacheDir under a hash of their inputs; later calls, in this process or the next, reuse
 * the files.
 */
export function ensureLanguageModel(
  texts: readonly string[],
  cacheDir: string,
  sources: LexiconSources,
): Promise<LanguageModelFiles> {
  const key = createHash('sha256')
    .update(JSON.stringify([BUILD_VERSION, sources.dictPath, sources.espeak !== null, texts]))
    .digest('hex')
    .slice(0, 16);
  // Remembered per folder: the same texts under another cacheDir (a second data folder) get their own files.
  const memo = `${cacheDir}\n${key}`;
  const pending = building.get(memo) ?? buildOrReuse(key, texts, cacheDir, sources);
  building.set(memo, pending);
  pending.catch(() => building.delete(memo));
  return pending;
}

async function buildOrReuse(
  key: string,
  texts: readonly string[],
  cacheDir: string,
  sources: LexiconSources,
): Promise<LanguageModelFiles> {
  const files = { lm: join(cacheDir, `bank-${key}.lm`), dict: join(cacheDir, `bank-${key}.dic`) };
  const cached = await readFile(files.dict, 'utf8').catch(() => null);
  if (
    cached !== null &&
    (await access(files.lm).then(
      () => true,
      () => false,
    ))
  ) {
    return {
      ...files,
      words: cached.split('\n').filter((l) => l !== '' && !/^\S+\(\d+\) /.test(l)).length,
      built: false,
    };
  }
  const sentences = toSentences(texts);
  const lexicon = await buildLexicon(new Set([...sentences.flat(), ...COMMON_WORDS]), sources);
  const heard = sentences.flatMap((words) => splitAtUnknown(words, (w) => lexicon.has(w)));
  const arpa = buildArpa(
    heard,
    COMMON_WORDS.filter((w) => lexicon.has(w)),
  );
  await mkdir(cacheDir, { recursive: true });
  // The model is written first and the dictionary last: a dictionary on disk means both are complete.
  await writeAtomically(files.lm, arpa);
  await writeAtomically(files.dict, formatDictionary(lexicon));
  return { ...files, words: lexicon.size, built: true };
}

/** A sentence broken where a word cannot be pronounced, so no bigram spans the gap. */
function splitAtUnknown(words: string[], isKnown: (word: string) => boolean): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (isKnown(word)) parts[parts.length - 1]!.push(word);
    else parts.push([]);
  }
  return parts.filter((p) => p.length > 0);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
