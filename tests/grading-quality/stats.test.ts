import { describe, expect, it } from 'vitest';
import { median, pearson, percentile, ranks, rmse, spearman } from '../../bench/stats.ts';

describe('pearson', () => {
  it.each([
    [[1, 2, 3, 4], [2, 4, 6, 8], 1],
    [[1, 2, 3, 4], [8, 6, 4, 2], -1],
    [[1, 2, 3], [1, 3, 2], 0.5],
  ])('correlates %j with %j as %d', (xs, ys, r) => {
    expect(pearson(xs, ys)).toBeCloseTo(r, 10);
  });

  it('is NaN when one side has no variance or the lengths differ', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearson([1, 2], [1, 2, 3])).toBeNaN();
  });
});

describe('ranks', () => {
  it('gives tied values their average rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
});

describe('spearman', () => {
  it('is 1 for any increasing relation, linear or not', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 1000])).toBeCloseTo(1, 10);
  });

  it('handles ties like the textbook formula on ranks', () => {
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9486832980505138, 10);
  });
});

describe('rmse', () => {
  it('is the root of the mean squared difference', () => {
    expect(rmse([0, 0, 0, 0], [1, 1, 1, 1])).toBe(1);
    expect(rmse([1, 2], [1, 4])).toBeCloseTo(Math.sqrt(2), 10);
  });
});

describe('median', () => {
  it('takes the middle value, averaging the two middle ones, and skips NaN', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5, 1])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.99)).toBe(99);
    expect(percentile(xs, 1)).toBe(100);
  });
});
