import { err, ok, type Result } from '../core/result.ts';
import type { AudioInfo } from './types.ts';

const PAGE_HEADER_BYTES = 27;
const OPUS_GRANULE_RATE = 48_000;
const NO_GRANULE = 0xffff_ffff_ffff_ffffn;

interface OggPage {
  offset: number;
  granule: bigint;
  serial: number;
  bodyStart: number;
  bodyEnd: number;
}

/** The page that starts at offset, or null when the bytes there are not a whole Ogg page. */
function readPage(audio: Buffer, offset: number): OggPage | null {
  if (offset + PAGE_HEADER_BYTES > audio.length || audio.toString('latin1', offset, offset + 4) !== 'OggS') return null;
  const segments = audio[offset + 26]!;
  const bodyStart = offset + PAGE_HEADER_BYTES + segments;
  if (bodyStart > audio.length) return null;
  let bodyLength = 0;
  for (let i = 0; i < segments; i += 1) bodyLength += audio[offset + PAGE_HEADER_BYTES + i]!;
  const bodyEnd = bodyStart + bodyLength;
  if (bodyEnd > audio.length) return null;
  return {
    offset,
    granule: audio.readBigUInt64LE(offset + 6),
    serial: audio.readUInt32LE(offset + 14),
    bodyStart,
    bodyEnd,
  };
}

/**
 * Length, channels and recorded rate of an Ogg Opus file, read from its page headers without decoding:
 * the last granule position of the stream, less the encoder's pre-skip, counts 48 kHz samples. Cheap
 * enough to run on every upload before any child process starts.
 */
export function probeOggOpus(audio: Buffer): Result<AudioInfo, 'unreadable_audio'> {
  const first = readPage(audio, 0);
  if (first === null) return err('unreadable_audio', 'not an Ogg file');
  const head = audio.subarray(first.bodyStart, first.bodyEnd);
  if (head.length < 19 || head.toString('latin1', 0, 8) !== 'OpusHead')
    return err('unreadable_audio', 'an Ogg file, but not Opus audio');
  const channels = head[9]!;
  const preSkip = head.readUInt16LE(10);
  const inputRate = head.readUInt32LE(12) || OPUS_GRANULE_RATE;
  if (channels === 0) return err('unreadable_audio', 'Opus header with no channels');
  let lastGranule = 0n;
  for (let page: OggPage | null = first; page !== null; page = readPage(audio, page.bodyEnd)) {
    if (page.serial === first.serial && page.granule !== NO_GRANULE && page.granule > lastGranule)
      lastGranule = page.granule;
  }
  const samples = Math.max(0, Number(lastGranule) - preSkip);
  if (samples === 0) return err('unreadable_audio', 'no audio in the Opus stream');
  return ok({ durationSec: samples / OPUS_GRANULE_RATE, channels, inputRate });
}
