/**
 * Word vectors (GloVe-derived, 8-bit) for telling whether an answer word means what a rubric word means.
 * Pure: the bytes are read by an adapter (src/adapters/fs/word-vectors.ts) and passed in.
 *
 * Format: "WV8\n", then little-endian uint32 word count, dimensions and byte length of the words; the words
 * (UTF-8, one per line); then count × dimensions signed bytes, each vector scaled to unit length first; then
 * a byte K, K bytes k₁…k_K, and K × count bytes: for each k, each word's cosine to its k-th nearest word (× 255),
 * so "b is among a's k nearest words" is a comparison.
 */
const MAGIC = 'WV8\n';
const HEADER_BYTES = 16;

export interface WordVectors {
  readonly size: number;
  has(word: string): boolean;
  /** The word's place in the file: the derived file keeps GloVe's order, most frequent first. */
  rank(word: string): number | undefined;
  /** Cosine similarity of two words' vectors, or undefined when either word has none. */
  cosine(a: string, b: string): number | undefined;
  /** The n words nearest to this one, nearest first (a pass over every word: for authoring, not grading). */
  nearest(word: string, n: number): { word: string; cosine: number }[];
  /** The cosine of the word's k-th nearest word (k one of the file's), or undefined when not known. */
  nearestFloor(word: string, k: number): number | undefined;
}

export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a word-vectors file');
  const count = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  const words = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + wordBytes)).split('\n');
  const start = HEADER_BYTES + wordBytes;
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dimensions);
  if (words.length !== count) throw new Error('word-vectors file: word count does not match');
  return new QuantisedVectors(words, values, dimensions, readFloors(bytes, start + count * dimensions, count));
}

function readFloors(bytes: Uint8Array, at: number, count: number): Map<number, Uint8Array> {
  const floors = new Map<number, Uint8Array>();
  const kCount = bytes[at] ?? 0;
  for (let i = 0; i < kCount; i += 1) {
    const from = at + 1 + kCount + i * count;
    floors.set(bytes[at + 1 + i]!, bytes.subarray(from, from + count));
  }
  return floors;
}

/**
 * The inverse of decodeWordVectors (used by scripts/derive-word-vectors.ts and tests). `floors`: for each k,
 * each word's cosine to its k-th nearest word (see nearestFloors).
 */
export function encodeWordVectors(
  words: readonly string[],
  vectors: readonly number[][],
  dimensions: number,
  floors: ReadonlyMap<number, Float32Array> = new Map(),
): Uint8Array {
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const vectorEnd = HEADER_BYTES + wordBytes.length + words.length * dimensions;
  const bytes = new Uint8Array(vectorEnd + 1 + floors.size * (1 + words.length));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, words.length, true);
  view.setUint32(8, dimensions, true);
  view.setUint32(12, wordBytes.length, true);
  bytes.set(wordBytes, HEADER_BYTES);
  const values = new Int8Array(bytes.buffer, HEADER_BYTES + wordBytes.length);
  vectors.forEach((vector, i) => values.set(quantise(vector), i * dimensions));
  bytes[vectorEnd] = floors.size;
  [...floors].forEach(([k, cosines], i) => {
    bytes[vectorEnd + 1 + i] = k;
    const from = vectorEnd + 1 + floors.size + i * words.length;
    cosines.forEach((c, w) => (bytes[from + w] = Math.round(Math.min(1, Math.max(0, c)) * 255)));
  });
  return bytes;
}

/**
 * For each k, each word's cosine to its k-th nearest other word, over all the words: what makes "b is among
 * a's k nearest" a comparison at run time. Slow (every pair: minutes for 40k words), so only the derive script
 * runs it; `onRow` reports progress.
 */
export function nearestFloors(
  vectors: WordVectors,
  words: readonly string[],
  ks: readonly number[],
  onRow: (row: number) => void = () => undefined,
): Map<number, Float32Array> {
  const floors = new Map(ks.map((k) => [k, new Float32Array(words.length)]));
  const unit = (vectors as QuantisedVectors).unitVectors();
  const dimensions = unit.length / words.length;
  const row = new Float32Array(words.length);
  for (let i = 0; i < words.length; i += 1) {
    for (let j = 0; j < words.length; j += 1)
      row[j] = i === j ? -2 : dotAt(unit, i * dimensions, j * dimensions, dimensions);
    const sorted = row.slice().sort().reverse();
    for (const k of ks) floors.get(k)![i] = sorted[k - 1]!;
    onRow(i);
  }
  return floors;
}

function dotAt(values: Float32Array, a: number, b: number, dimensions: number): number {
  let sum = 0;
  for (let d = 0; d < dimensions; d += 1) sum += values[a + d]! * values[b + d]!;
  return sum;
}

function quantise(vector: readonly number[]): Int8Array {
  const largest = Math.max(...vector.map(Math.abs)) || 1;
  return Int8Array.from(vector, (x) => Math.round((x / largest) * 127));
}

class QuantisedVectors implements WordVectors {
  private readonly index = new Map<string, number>();
  private readonly words: readonly string[];
  private readonly norms: Float64Array;

  constructor(
    words: readonly string[],
    private readonly values: Int8Array,
    private readonly dimensions: number,
    private readonly floors: ReadonlyMap<number, Uint8Array> = new Map(),
  ) {
    this.words = words;
    words.forEach((word, i) => this.index.set(word, i));
    this.norms = new Float64Array(words.length);
    for (let i = 0; i < words.length; i += 1) this.norms[i] = Math.sqrt(this.dot(i, i));
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  nearestFloor(word: string, k: number): number | undefined {
    const i = this.index.get(word);
    const floor = this.floors.get(k);
    return i === undefined || floor === undefined ? undefined : floor[i]! / 255;
  }

  /** Every vector scaled to length 1, one after another (for nearestFloors). */
  unitVectors(): Float32Array {
    const unit = new Float32Array(this.values.length);
    for (let i = 0; i < this.norms.length; i += 1) {
      const norm = this.norms[i]! || 1;
      for (let d = 0; d < this.dimensions; d += 1) {
        unit[i * this.dimensions + d] = this.values[i * this.dimensions + d]! / norm;
      }
    }
    return unit;
  }

  rank(word: string): number | undefined {
    return this.index.get(word);
  }

  nearest(word: string, n: number): { word: string; cosine: number }[] {
    const i = this.index.get(word);
    if (i === undefined) return [];
    const found: { word: string; cosine: number }[] = [];
    for (let j = 0; j < this.words.length; j += 1) {
      const norms = this.norms[i]! * this.norms[j]!;
      if (j === i || norms === 0) continue;
      const cosine = this.dot(i, j) / norms;
      if (found.length < n || cosine > found[found.length - 1]!.cosine) {
        found.push({ word: this.words[j]!, cosine });
        found.sort((a, b) => b.cosine - a.cosine);
        if (found.length > n) found.pop();
      }
    }
    return found;
  }

  cosine(a: string, b: string): number | undefined {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return undefined;
    const norms = this.norms[i]! * this.norms[j]!;
    return norms === 0 ? 0 : this.dot(i, j) / norms;
  }

  private dot(i: number, j: number): number {
    const a = i * this.dimensions;
    const b = j * this.dimensions;
    let sum = 0;
    for (let d = 0; d < this.dimensions; d += 1) sum += this.values[a + d]! * this.values[b + d]!;
    return sum;
  }
}

/** Word vectors with the pairs they must never join: vectors put opposites close ("fast" and "slow"). */
export interface WordMeanings {
  vectors: WordVectors;
  /** Antonym pairs, each "a b" with a < b (assets/word-antonyms.txt). */
  antonyms: ReadonlySet<string>;
}

/** One pair a line, "a b" (scripts/derive-word-vectors.ts writes them sorted within the pair). */
export function parseAntonyms(text: string): ReadonlySet<string> {
  return new Set(text.split('\n').filter((line) => line.includes(' ')));
}

const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis', 'de', 'a'];

/**
 * True for antonyms (also inflected: "easier", "harder") and for a word and its negation by prefix
 * ("structured", "unstructured").
 */
export function areOpposites(a: string, b: string, antonyms: ReadonlySet<string>): boolean {
  for (const x of baseForms(a))
    for (const y of baseForms(b)) if (antonyms.has(x < y ? `${x} ${y}` : `${y} ${x}`)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return NEGATING_PREFIXES.some((prefix) => long === prefix + short || long === `${prefix}-${short}`);
}

/** `baseForms`, and the adjective of an adverb ("locally": "local"), which WordNet opposes instead. */
export function qualityForms(word: string): string[] {
  const forms = baseForms(word);
  if (word.length > 5 && word.endsWith('ly')) forms.push(word.slice(0, -2));
  return forms;
}

/** The word and what it may be inflected from: WordNet lists "easy" and "hard", not "easier" and "harder". */
export function baseForms(word: string): string[] {
  const forms = [word];
  for (const [ending, base] of INFLECTIONS) if (word.endsWith(ending)) forms.push(word.slice(0, -ending.length) + base);
  return forms;
}

const INFLECTIONS: [string, string][] = [
  ['ier', 'y'],
  ['iest', 'y'],
  ['er', ''],
  ['er', 'e'],
  ['est', ''],
  ['est', 'e'],
  ['ies', 'y'],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];
