import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PartOfSpeech, WordSense, WordSenses } from '../../core/rubric-suggest/word-senses.ts';

/** Where Debian's `wordnet-base` package puts the WordNet 3.0 database. */
export const DEFAULT_WORDNET_DIR = '/usr/share/wordnet';

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: 'noun', verb: 'verb', adjective: 'adj', adverb: 'adv' };
const POINTER_FILE: Record<string, PartOfSpeech> = {
  n: 'noun',
  v: 'verb',
  a: 'adjective',
  s: 'adjective',
  r: 'adverb',
};

/** WordNet's own detachment rules (morphy): how an inflected form reaches the form the index lists. */
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adjective: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adverb: [],
};

interface PartFiles {
  index: Map<string, number[]>;
  exceptions: Map<string, string[]>;
  data: Buffer;
}

interface Synset {
  type: string;
  words: string[];
  pointers: { symbol: string; offset: number; file: PartOfSpeech; source: number; target: number }[];
  gloss: string;
}

/**
 * The WordNet database in wndb(5) format under dir (index.noun, data.noun, noun.exc, …), or null when it is
 * not there. A part of speech whose files are missing simply has no senses.
 */
export async function openWordNet(dir: string = DEFAULT_WORDNET_DIR): Promise<WordSenses | null> {
  const parts = new Map<PartOfSpeech, PartFiles>();
  for (const pos of Object.keys(FILE_SUFFIX) as PartOfSpeech[]) {
    const files = await readPart(dir, FILE_SUFFIX[pos]);
    if (files !== null) parts.set(pos, files);
  }
  if (!parts.has('noun')) return null;
  return new WordNetSenses(parts);
}

async function readPart(dir: string, suffix: string): Promise<PartFiles | null> {
  const [index, data] = await Promise.all([
    readOptional(join(dir, `index.${suffix}`)),
    readOptional(join(dir, `data.${suffix}`)),
  ]);
  if (index === null || data === null) return null;
  const exceptions = await readOptional(join(dir, `${suffix}.exc`));
  return {
    index: parseIndex(index.toString('latin1')),
    exceptions: parseExceptions(exceptions?.toString('latin1') ?? ''),
    data,
  };
}

async function readOptional(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`; the licence lines start with a space. */
function parseIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const synsetCount = Number(fields[2]);
    index.set(fields[0]!, fields.slice(fields.length - synsetCount).map(Number));
  }
  return index;
}

function parseExceptions(text: string): Map<string, string[]> {
  const exceptions = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [inflected, ...bases] = line.trim().split(/\s+/);
    if (inflected && bases.length > 0) exceptions.set(inflected, bases);
  }
  return exceptions;
}

class WordNetSenses implements WordSenses {
  private readonly synsets = new Map<string, Synset>();

  constructor(private readonly parts: Map<PartOfSpeech, PartFiles>) {}

  sensesOf(lemma: string): WordSense[] {
    const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
    const senses: WordSense[] = [];
    for (const [pos, files] of this.parts)
      for (const offset of this.offsetsFor(key, pos, files)) senses.push(this.senseAt(pos, offset));
    return senses;
  }

  private offsetsFor(key: string, pos: PartOfSpeech, files: PartFiles): number[] {
    const exact = files.index.get(key);
    if (exact !== undefined) return exact;
    for (const base of files.exceptions.get(key) ?? []) {
      const found = files.index.get(base);
      if (found !== undefined) return found;
    }
    for (const [ending, replacement] of DETACHMENTS[pos]) {
      if (!key.endsWith(ending) || key.length <= ending.length + 1) continue;
      const found = files.index.get(key.slice(0, key.length - ending.length) + replacement);
      if (found !== undefined) return found;
    }
    return [];
  }

  private senseAt(pos: PartOfSpeech, offset: number): WordSense {
    const synset = this.synset(pos, offset);
    const related = (symbol: string): string[] =>
      synset.pointers.filter((p) => p.symbol === symbol).flatMap((p) => this.synset(p.file, p.offset).words);
    return {
      partOfSpeech: pos,
      synonyms: synset.words,
      antonyms: [...new Set([...this.antonymsOf(synset), ...this.headAntonyms(synset)])],
      hypernyms: related('@'),
      hyponyms: related('~'),
      gloss: synset.gloss,
    };
  }

  private antonymsOf(synset: Synset): string[] {
    return synset.pointers
      .filter((p) => p.symbol === '!')
      .map((p) => {
        const target = this.synset(p.file, p.offset).words;
        return p.target === 0 ? target : [target[p.target - 1] ?? ''];
      })
      .flat()
      .filter((w) => w !== '');
  }

  /** A satellite adjective ("faraway") is opposed to what its head ("distant") is opposed to ("near"). */
  private headAntonyms(synset: Synset): string[] {
    if (synset.type !== 's') return [];
    return synset.pointers
      .filter((p) => p.symbol === '&')
      .flatMap((p) => this.antonymsOf(this.synset(p.file, p.offset)));
  }

  private synset(pos: PartOfSpeech, offset: number): Synset {
    const key = `${pos}:${offset}`;
    const cached = this.synsets.get(key);
    if (cached !== undefined) return cached;
    const data = this.parts.get(pos)?.data;
    const end = data === undefined ? -1 : data.indexOf(10, offset);
    const line = data === undefined ? '' : data.toString('latin1', offset, end < 0 ? data.length : end);
    const synset = parseSynset(line);
    this.synsets.set(key, synset);
    return synset;
  }
}

/** `offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos source/target]… [frames] | gloss` */
function parseSynset(line: string): Synset {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(/\s+/);
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i += 1) words.push(readableWord(fields[4 + i * 2] ?? ''));
  const pointerAt = 4 + wordCount * 2;
  const pointerCount = Number(fields[pointerAt] ?? 0);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i += 1) {
    const at = pointerAt + 1 + i * 4;
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      file: POINTER_FILE[fields[at + 2] ?? 'n'] ?? 'noun',
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { type: fields[2] ?? 'n', words, pointers, gloss };
}

/** "command_line" → "command line"; an adjective's position marker ("galore(ip)") is dropped. */
function readableWord(raw: string): string {
  return raw.replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' ');
}
