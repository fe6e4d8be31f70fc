import { describe, expect, it } from 'vitest';
import { topicMastery } from '../../../src/core/stats/mastery.ts';

describe('topicMastery', () => {
  it.each([
    { scores: [], mastery: 0 },
    { scores: [100], mastery: 0.25 },
    { scores: [100, 100], mastery: 0.5 },
    { scores: [100, 100, 100], mastery: 0.75 },
    { scores: [100, 100, 100, 100], mastery: 1 },
    { scores: [0, 0, 0, 0, 0], mastery: 0 },
    { scores: [50, 50, 50, 50], mastery: 0.5 },
  ])('$scores → $mastery', ({ scores, mastery }) => {
    expect(topicMastery(scores)).toBeCloseTo(mastery, 10);
  });

  it('needs a few attempts before it can be high', () => {
    expect(topicMastery([100])).toBeLessThan(topicMastery([80, 80, 80, 80]));
  });

  it('weighs recent attempts more than old ones', () => {
    expect(topicMastery([20, 20, 90, 90, 90])).toBeGreaterThan(topicMastery([90, 90, 90, 20, 20]));
    expect(topicMastery([20, 20, 20, 20, 100])).toBeGreaterThan(0.2 + 0.8 / 5);
  });

  it('rises with each good recent attempt after poor ones', () => {
    const history = [10, 20, 15];
    const masteries = [90, 95, 100, 100].map((score) => {
      history.push(score);
      return topicMastery(history);
    });
    masteries.reduce(
      (previous, current) => {
        expect(current).toBeGreaterThan(previous);
        return current;
      },
      topicMastery([10, 20, 15]),
    );
  });

  it('treats scores outside 0-100 as their nearest bound', () => {
    expect(topicMastery([150, 150, 150, 150])).toBe(1);
    expect(topicMastery([-20, Number.NaN, 0, 0])).toBe(0);
  });
});
