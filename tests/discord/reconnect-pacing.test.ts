import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../src/adapters/discord/gateway/reconnect-pacing.ts';

describe('backoffDelayMs', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };

  it('does not wait before the first attempt, then doubles up to the cap', () => {
    const waits = Array.from({ length: 10 }, (_, attempt) => backoffDelayMs(attempt, policy, () => 1));
    expect(waits).toEqual([0, 1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('takes up to a fifth off, so processes cut off together spread out', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(3200);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(3600);
    expect(backoffDelayMs(1000, policy, () => 0)).toBe(48_000);
  });
});
