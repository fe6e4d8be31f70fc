import type { AudioAttachment } from './voice-input.ts';

/** Media types an Ogg Opus recording may come with (Discord labels voice messages audio/ogg). */
const AUDIO_TYPE = /^(audio\/|application\/ogg\b|video\/ogg\b)/i;

/**
 * Whether Discord labels the attachment as something other than audio (a PDF, an image): refused before
 * anything is downloaded. An attachment with no type is fetched and its bytes decide; the Ogg check after
 * the download refuses a file that only claims to be audio.
 */
export function isLabelledNotAudio(attachment: Pick<AudioAttachment, 'contentType'>): boolean {
  const type = attachment.contentType?.trim() ?? '';
  return type !== '' && !AUDIO_TYPE.test(type);
}
