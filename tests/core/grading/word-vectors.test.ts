import { describe, expect, it } from 'vitest';
import {
  areOpposites,
  decodeWordVectors,
  encodeWordVectors,
  nearestFloors,
  parseAntonyms,
} from '../../../src/core/grading/word-vectors.ts';

const WORDS = ['linux', 'unix', 'fast', 'slow', 'banana'];
const VECTORS = [
  [1, 0.1, 0],
  [0.9, 0.2, 0],
  [0, 1, 0.1],
  [0, 0.9, 0.3],
  [0, 0, 1],
];

describe('word vectors file', () => {
  const vectors = decodeWordVectors(encodeWordVectors(WORDS, VECTORS, 3));

  it('round-trips words, their order and (8-bit) cosines', () => {
    expect(vectors.size).toBe(5);
    expect(vectors.rank('fast')).toBe(2);
    expect(vectors.cosine('linux', 'unix')).toBeCloseTo(0.99, 1);
    expect(vectors.cosine('linux', 'banana')).toBeCloseTo(0, 1);
    expect(vectors.cosine('linux', 'windows')).toBeUndefined();
  });

  it("keeps each word's cosine to its k-th nearest word", () => {
    const floors = nearestFloors(vectors, WORDS, [1, 2]);
    const withFloors = decodeWordVectors(encodeWordVectors(WORDS, VECTORS, 3, floors));
    expect(withFloors.nearestFloor('linux', 1)).toBeCloseTo(vectors.cosine('linux', 'unix')!, 1);
    expect(withFloors.nearestFloor('linux', 3)).toBeUndefined();
    expect(vectors.nearestFloor('linux', 1)).toBeUndefined();
  });

  it('rejects a file that is not one', () => {
    expect(() => decodeWordVectors(new TextEncoder().encode('hello world, not vectors'))).toThrow();
  });
});

describe('opposites', () => {
  const antonyms = parseAntonyms('fast slow\nbad good\n');

  it('are WordNet antonyms either way round, or a word and its negation by prefix', () => {
    expect(areOpposites('slow', 'fast', antonyms)).toBe(true);
    expect(areOpposites('good', 'bad', antonyms)).toBe(true);
    expect(areOpposites('structured', 'unstructured', antonyms)).toBe(true);
    expect(areOpposites('relevant', 'irrelevant', antonyms)).toBe(true);
    expect(areOpposites('unix', 'linux', antonyms)).toBe(false);
  });

  it('are also inflected antonyms', () => {
    const easyHard = parseAntonyms('easy hard\nrough smooth\n');
    expect(areOpposites('easier', 'harder', easyHard)).toBe(true);
    expect(areOpposites('smoother', 'rough', easyHard)).toBe(true);
    expect(areOpposites('easier', 'simpler', easyHard)).toBe(false);
  });
});
