import { z } from 'zod';

/**
 * The appeal's buttons and box carry what they act on, so they work after a restart:
 * `ap:open:<attemptId>` ("That's in my answer" on the feedback), `ap:point:<attemptId>:<n>` (the n-th key
 * point of the attempt, in rubric order: key point ids have no length limit, a position always fits in
 * 100 characters), `ap:words:<attemptId>:<n>` (the box with the answer to cut down), and
 * `ap:<accept|reject>:<appealId>` (a reviewer's decision). Whose they are is checked against the stored
 * attempt (the candidate's) or the reviewer's permissions, never taken from the id.
 */
export type AppealId =
  | { kind: 'open'; attemptId: string }
  | { kind: 'point' | 'words'; attemptId: string; point: number }
  | { kind: 'accept' | 'reject'; appealId: string };

const PREFIX = 'ap';
const storedId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A rubric has at most 25 key points. */
const point = z.coerce.number().int().min(0).max(24);

const openSchema = z.tuple([z.literal(PREFIX), z.literal('open'), storedId]);
const pointSchema = z.tuple([z.literal(PREFIX), z.enum(['point', 'words']), storedId, point]);
const decideSchema = z.tuple([z.literal(PREFIX), z.enum(['accept', 'reject']), storedId]);

export function encodeAppealId(id: AppealId): string {
  switch (id.kind) {
    case 'open':
      return `${PREFIX}:open:${id.attemptId}`;
    case 'point':
    case 'words':
      return `${PREFIX}:${id.kind}:${id.attemptId}:${id.point}`;
    case 'accept':
    case 'reject':
      return `${PREFIX}:${id.kind}:${id.appealId}`;
  }
}

/** The id's meaning, or null for one that is not an appeal's (or was tampered with). */
export function parseAppealId(raw: string): AppealId | null {
  if (raw.length > 100) return null;
  const parts = raw.split(':');
  const open = openSchema.safeParse(parts);
  if (open.success) return { kind: 'open', attemptId: open.data[2] };
  const pointed = pointSchema.safeParse(parts);
  if (pointed.success) return { kind: pointed.data[1], attemptId: pointed.data[2], point: pointed.data[3] };
  const decided = decideSchema.safeParse(parts);
  if (decided.success) return { kind: decided.data[1], appealId: decided.data[2] };
  return null;
}
