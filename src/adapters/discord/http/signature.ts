import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Discord's application public key (64 hex characters, as the developer portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('an Ed25519 public key is 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/** How far a request's timestamp may be from now (replayed or delayed requests are refused). */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export type SignatureProblem = 'missing_signature' | 'bad_signature' | 'stale_timestamp';

export interface SignedRequest {
  /** The `X-Signature-Ed25519` header: 64 bytes in hex. */
  signature: string | undefined;
  /** The `X-Signature-Timestamp` header: Unix seconds. */
  timestamp: string | undefined;
  /** The body exactly as received: the signature covers `timestamp + body`. */
  rawBody: Buffer;
}

/** Null when Discord signed this request within the last five minutes; otherwise what is wrong. */
export function checkSignature(key: KeyObject, request: SignedRequest, nowMs: number): SignatureProblem | null {
  const { signature, timestamp } = request;
  if (signature === undefined || timestamp === undefined) return 'missing_signature';
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'bad_signature';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), request.rawBody]);
  if (!verify(null, signed, key, Buffer.from(signature, 'hex'))) return 'bad_signature';
  // Checked after the signature, so the timestamp is Discord's and not an attacker's.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return 'stale_timestamp';
  return null;
}
