import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { INSTALL_HINT, findSpeechTools, missingPackages } from '../../src/speech/find-tools.ts';
import { runProcess } from '../../src/speech/run-process.ts';
import { encodeOggOpus } from '../../src/speech/tts/encode-ogg.ts';

export const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
export const tools = await findSpeechTools(MODEL_DIR);
const missing = missingPackages(tools);

if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(
    `CI must run the speech tests, but Debian packages are missing: ${missing.join(', ')} (.ci/system-packages.sh installs them)`,
  );
}
if (missing.length > 0) {
  console.warn(
    `Skipping the speech tests that need Debian packages: missing ${missing.join(', ')}. Install with: ${INSTALL_HINT}`,
  );
}

/** describe, or describe.skip with the reason printed above when the speech packages are not installed. */
export const describeWithSpeech = missing.length === 0 ? describe : describe.skip;

export function tempDir(prefix = 'mi-speech-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Text spoken by espeak-ng and encoded as Discord records a voice message (Ogg Opus, 48 kHz, mono, 32 kbit/s). */
export async function speak(text: string): Promise<Buffer> {
  const wav = join(tempDir(), 'speech.wav');
  const run = await runProcess(tools.espeak!, ['-v', 'en-us', '-w', wav, text]);
  if (run.code !== 0) throw new Error(`espeak-ng failed: ${run.stderr}`);
  const ogg = await encodeOggOpus(await readFile(wav), tools.opusenc!);
  if (!ogg.ok) throw new Error(`opusenc failed: ${ogg.detail}`);
  return ogg.value;
}

/** A quiet hiss of the given length, as a real Ogg Opus file. */
export async function noiseOgg(seconds: number): Promise<Buffer> {
  const samples = Buffer.alloc(seconds * 8_000 * 2);
  for (let i = 0; i < samples.length; i += 2) samples.writeInt16LE(Math.round(Math.sin(i * 7.3) * 40), i);
  const run = await runProcess(
    tools.opusenc!,
    ['--quiet', '--raw', '--raw-rate', '8000', '--raw-chan', '1', '--bitrate', '32', '-', '-'],
    { input: samples },
  );
  if (run.code !== 0) throw new Error(`opusenc failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * Ogg pages that look like an Opus stream of the given length (an OpusHead page, then one page whose
 * granule position ends the stream) but hold no real audio: enough for everything that only reads
 * headers, without any Debian package.
 */
export function fakeOggOpus(seconds: number, channels = 1): Buffer {
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'latin1');
  head[8] = 1;
  head[9] = channels;
  head.writeUInt16LE(312, 10);
  head.writeUInt32LE(48_000, 12);
  return Buffer.concat([
    oggPage(head, 0n, 0),
    oggPage(Buffer.from('OpusTags'), 0n, 1),
    oggPage(Buffer.alloc(40, 1), BigInt(seconds * 48_000 + 312), 2),
  ]);
}

function oggPage(body: Buffer, granule: bigint, sequence: number): Buffer {
  const header = Buffer.alloc(28);
  header.write('OggS', 0, 'latin1');
  header.writeBigUInt64LE(granule, 6);
  header.writeUInt32LE(0x1234, 14);
  header.writeUInt32LE(sequence, 18);
  header[26] = 1;
  header[27] = body.length;
  return Buffer.concat([header, body]);
}
