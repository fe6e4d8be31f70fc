import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../src/core/text/edit-distance.ts';

describe('editDistanceWithin', () => {
  it.each([
    ['accessed', 'accessed', 0],
    ['accesed', 'accessed', 1],
    ['lakse', 'lakes', 1],
    ['strucutred', 'structured', 1],
    ['structred', 'structured', 1],
    ['visualise', 'visualize', 1],
    ['pipline', 'pipelines', 2],
  ])('%s → %s is %d edits', (a, b, d) => {
    expect(editDistanceWithin(a, b, 2)).toBe(d);
  });

  it('stops at the limit', () => {
    expect(editDistanceWithin('preprocessing', 'processing', 1)).toBe(2);
    expect(editDistanceWithin('abc', 'xyz', 2)).toBe(3);
  });
});
