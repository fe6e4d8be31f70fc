/** How much each older attempt counts relative to the next newer one. */
export const MASTERY_DECAY = 0.7;
/** Attempts needed before mastery can reach the full recency-weighted mean. */
export const MASTERY_MIN_ATTEMPTS = 4;

/**
 * Mastery of a topic, 0-1, from its scores (0-100) oldest first:
 *
 *   mastery = (Σ wᵢ·sᵢ/100 / Σ wᵢ) × min(1, n / 4),   wᵢ = 0.7^(number of attempts after i)
 *
 * The newest attempt weighs 1, the one before 0.7, then 0.49…, so recent answers dominate and an
 * old failure fades after a few good answers. The second factor keeps one lucky answer from
 * claiming mastery: a single 100 gives 0.25, and only 4 or more attempts can reach 1.
 */
export function topicMastery(scores: readonly number[]): number {
  const n = scores.length;
  if (n === 0) return 0;
  let weighted = 0;
  let totalWeight = 0;
  scores.forEach((score, i) => {
    const weight = MASTERY_DECAY ** (n - 1 - i);
    weighted += (weight * clampScore(score)) / 100;
    totalWeight += weight;
  });
  return (weighted / totalWeight) * Math.min(1, n / MASTERY_MIN_ATTEMPTS);
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}
