import { z } from 'zod';

/**
 * Custom ids of rounds and daily questions. Like the interview's, each carries what it acts on, so it
 * works after a restart or on another process:
 * - `mi:ra:<roundKey>` Answer on a round's public message; `mi:rr:<roundKey>` Retry on the private feedback;
 *   `mi:rs:<roundKey>:<answersBefore>` the answer box. The round key is the round id in base64url.
 * - `mi:da:<sessionId>` Answer on a daily DM, `mi:dr:<sessionId>` Retry, `mi:ds:<sessionId>:<answersBefore>`.
 */
export type GroupId =
  | { kind: 'round-answer' | 'round-retry'; roundId: string }
  | { kind: 'round-submit'; roundId: string; answersBefore: number }
  | { kind: 'daily-answer' | 'daily-retry'; sessionId: string }
  | { kind: 'daily-submit'; sessionId: string; answersBefore: number };

const PREFIX = 'mi';
const key = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const before = z.coerce.number().int().min(0).max(9);
const SHORT = {
  'round-answer': 'ra',
  'round-retry': 'rr',
  'round-submit': 'rs',
  'daily-answer': 'da',
  'daily-retry': 'dr',
  'daily-submit': 'ds',
} as const;

const encodeRound = (roundId: string): string => Buffer.from(roundId, 'utf8').toString('base64url');
const decodeRound = (text: string): string => Buffer.from(text, 'base64url').toString('utf8');

export function encodeGroupId(id: GroupId): string {
  const tag = `${PREFIX}:${SHORT[id.kind]}`;
  switch (id.kind) {
    case 'round-answer':
    case 'round-retry':
      return `${tag}:${encodeRound(id.roundId)}`;
    case 'round-submit':
      return `${tag}:${encodeRound(id.roundId)}:${id.answersBefore}`;
    case 'daily-answer':
    case 'daily-retry':
      return `${tag}:${id.sessionId}`;
    case 'daily-submit':
      return `${tag}:${id.sessionId}:${id.answersBefore}`;
  }
}

/** The id's meaning, or null for any id that is not a round or daily id (or was tampered with). */
export function parseGroupId(raw: string): GroupId | null {
  if (raw.length > 100) return null;
  const [prefix, short, target, count, ...extra] = raw.split(':');
  if (prefix !== PREFIX || extra.length > 0 || !key.safeParse(target).success || target === undefined) return null;
  const n = count === undefined ? null : before.safeParse(count);
  if (n !== null && !n.success) return null;
  const answersBefore = n?.data;
  switch (short) {
    case 'ra':
      return answersBefore === undefined ? { kind: 'round-answer', roundId: decodeRound(target) } : null;
    case 'rr':
      return answersBefore === undefined ? { kind: 'round-retry', roundId: decodeRound(target) } : null;
    case 'rs':
      return answersBefore === undefined ? null : { kind: 'round-submit', roundId: decodeRound(target), answersBefore };
    case 'da':
      return answersBefore === undefined ? { kind: 'daily-answer', sessionId: target } : null;
    case 'dr':
      return answersBefore === undefined ? { kind: 'daily-retry', sessionId: target } : null;
    case 'ds':
      return answersBefore === undefined ? null : { kind: 'daily-submit', sessionId: target, answersBefore };
    default:
      return null;
  }
}
