import { z } from 'zod';

/** `bank:<publish|discard>:<draftId>`: the buttons under an import's summary, valid after a restart. */
export type BankId = { kind: 'publish' | 'discard'; draftId: string };

const PREFIX = 'bank';
const idSchema = z.tuple([
  z.literal(PREFIX),
  z.enum(['publish', 'discard']),
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
]);

export function encodeBankId(id: BankId): string {
  return `${PREFIX}:${id.kind}:${id.draftId}`;
}

/** The id's meaning, or null for one that is not the bank's (or was tampered with). */
export function parseBankId(raw: string): BankId | null {
  if (raw.length > 100) return null;
  const parsed = idSchema.safeParse(raw.split(':'));
  return parsed.success ? { kind: parsed.data[1], draftId: parsed.data[2] } : null;
}
