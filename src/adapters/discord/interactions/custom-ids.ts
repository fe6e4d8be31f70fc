import { z } from 'zod';

/**
 * Every button and modal carries what it acts on, so it works after a restart or on another process:
 * `mi:<action>:<sessionId>:<questionIndex>` for session buttons, `mi:submit:<sessionId>:<index>:<answersBefore>`
 * for the answer modal, `mi:fsubmit:<sessionId>:<index>` for the follow-up's answer modal,
 * `mi:data:<delete|keep>:<userId>` for the data-deletion confirmation.
 */
const SESSION_ACTIONS = ['answer', 'hint', 'skip', 'end', 'next', 'retry', 'model', 'follow-up'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

export type CustomId =
  | { kind: 'session'; action: SessionAction; sessionId: string; index: number }
  | { kind: 'submit'; sessionId: string; index: number; answersBefore: number }
  | { kind: 'follow-up-submit'; sessionId: string; index: number }
  | { kind: 'data'; choice: 'delete' | 'keep'; userId: string };

const PREFIX = 'mi';
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const index = z.coerce.number().int().min(0).max(99);

const sessionSchema = z.tuple([z.literal(PREFIX), z.enum(SESSION_ACTIONS), sessionId, index]);
const submitSchema = z.tuple([
  z.literal(PREFIX),
  z.literal('submit'),
  sessionId,
  index,
  z.coerce.number().int().min(0).max(9),
]);
const followUpSubmitSchema = z.tuple([z.literal(PREFIX), z.literal('fsubmit'), sessionId, index]);
const dataSchema = z.tuple([
  z.literal(PREFIX),
  z.literal('data'),
  z.enum(['delete', 'keep']),
  z.string().regex(/^\d{1,25}$/),
]);

/** The text input's custom id inside the answer modal. */
export const ANSWER_FIELD = 'answer';

export function encodeCustomId(id: CustomId): string {
  switch (id.kind) {
    case 'session':
      return `${PREFIX}:${id.action}:${id.sessionId}:${id.index}`;
    case 'submit':
      return `${PREFIX}:submit:${id.sessionId}:${id.index}:${id.answersBefore}`;
    case 'follow-up-submit':
      return `${PREFIX}:fsubmit:${id.sessionId}:${id.index}`;
    case 'data':
      return `${PREFIX}:data:${id.choice}:${id.userId}`;
  }
}

/** The custom id's meaning, or null for anything this bot did not make (or that was tampered with). */
export function parseCustomId(raw: string): CustomId | null {
  if (raw.length > 100) return null;
  const parts = raw.split(':');
  const session = sessionSchema.safeParse(parts);
  if (session.success) {
    const [, action, id, at] = session.data;
    return { kind: 'session', action, sessionId: id, index: at };
  }
  const submit = submitSchema.safeParse(parts);
  if (submit.success) {
    const [, , id, at, answersBefore] = submit.data;
    return { kind: 'submit', sessionId: id, index: at, answersBefore };
  }
  const followUp = followUpSubmitSchema.safeParse(parts);
  if (followUp.success) return { kind: 'follow-up-submit', sessionId: followUp.data[2], index: followUp.data[3] };
  const data = dataSchema.safeParse(parts);
  if (data.success) return { kind: 'data', choice: data.data[2], userId: data.data[3] };
  return null;
}
