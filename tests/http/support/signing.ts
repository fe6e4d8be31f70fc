import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair like a Discord application's: the public key as the portal shows it (hex). */
export function makeSigner(): { publicKeyHex: string; sign(timestamp: string, body: string): string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicKeyHex, sign: (timestamp, body) => signWith(privateKey, timestamp, body) };
}

function signWith(key: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body), key).toString('hex');
}

/** Discord's headers for a body signed at `nowMs`. */
export function signedHeaders(
  signer: ReturnType<typeof makeSigner>,
  body: string,
  nowMs = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signer.sign(timestamp, body),
    'x-signature-timestamp': timestamp,
  };
}
