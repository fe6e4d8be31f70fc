import { z } from 'zod';
import type { AnswerTarget } from '../../../interviewer/answer-targets.ts';

/**
 * Custom ids of a voice answer's transcript message. Each carries what the answer is for, so Grade it and
 * Edit transcript work after a restart or on another process (the transcript itself is read back from the
 * message's embed):
 * `mi:v<action><target>:<key>:<index>:<answersBefore>`, action g (Grade it), e (Edit transcript) or
 * s (the edit modal's submit); target i (an interview session: key is the session id), d (a daily
 * question's session) or r (a round: key is the round id in base64url, index 0).
 */
export type VoiceAction = 'grade' | 'edit' | 'submit';

/** What a transcript answers. */
export type VoiceTarget = AnswerTarget;

export interface VoiceId {
  action: VoiceAction;
  target: VoiceTarget;
}

const PREFIX = 'mi';
const ACTIONS = { grade: 'g', edit: 'e', submit: 's' } as const;
const TARGETS = { interview: 'i', daily: 'd', round: 'r' } as const;
const key = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const index = z.coerce.number().int().min(0).max(99);
const before = z.coerce.number().int().min(0).max(9);
const TAG = /^v([ges])([idr])$/;

export function encodeVoiceId(id: VoiceId): string {
  const { target } = id;
  const tag = `${PREFIX}:v${ACTIONS[id.action]}${TARGETS[target.kind]}`;
  switch (target.kind) {
    case 'interview':
      return `${tag}:${target.sessionId}:${target.index}:${target.answersBefore}`;
    case 'daily':
      return `${tag}:${target.sessionId}:0:${target.answersBefore}`;
    case 'round':
      return `${tag}:${Buffer.from(target.roundId, 'utf8').toString('base64url')}:0:${target.answersBefore}`;
  }
}

/** The id's meaning, or null for any id that is not a voice id (or was tampered with). */
export function parseVoiceId(raw: string): VoiceId | null {
  if (raw.length > 100) return null;
  const parts = raw.split(':');
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const tag = TAG.exec(parts[1] ?? '');
  const target = key.safeParse(parts[2]);
  const at = index.safeParse(parts[3]);
  const answersBefore = before.safeParse(parts[4]);
  if (tag === null || !target.success || !at.success || !answersBefore.success) return null;
  const action = ({ g: 'grade', e: 'edit', s: 'submit' } as const)[tag[1] as 'g' | 'e' | 's'];
  switch (tag[2]) {
    case 'i':
      return {
        action,
        target: { kind: 'interview', sessionId: target.data, index: at.data, answersBefore: answersBefore.data },
      };
    case 'd':
      return at.data === 0
        ? { action, target: { kind: 'daily', sessionId: target.data, answersBefore: answersBefore.data } }
        : null;
    default: {
      const roundId = Buffer.from(target.data, 'base64url').toString('utf8');
      return at.data === 0 && roundId !== ''
        ? { action, target: { kind: 'round', roundId, answersBefore: answersBefore.data } }
        : null;
    }
  }
}
