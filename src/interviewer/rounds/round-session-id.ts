import { createHash } from 'node:crypto';

/** Each member's one-question session in a round: derived, so every process finds the same one. */
export function roundSessionId(roundId: string, userId: string): string {
  return `r-${createHash('sha256').update(`${roundId}\n${userId}`).digest('base64url').slice(0, 40)}`;
}
