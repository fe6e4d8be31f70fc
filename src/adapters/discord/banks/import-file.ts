import { BANK_LIMITS } from '../../../core/banks/limits.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import { downloadAttachment } from '../voice/download.ts';
import type { AttachedFile } from '../interactions/interaction-input.ts';

/** Types Discord may label a text, Markdown or JSON file with; no label leaves it to the bytes. */
const TEXT_TYPE = /^(text\/|application\/(json|markdown|x-markdown)\b)/i;

export type FetchError = 'file_too_large' | 'not_text' | 'download_failed';

/**
 * The attachment's bytes when it may be a bank file or document: its declared size and type are checked
 * before anything is downloaded, and the download stops at the size limit.
 */
export async function fetchImportFile(file: AttachedFile): Promise<Result<Buffer, FetchError>> {
  if (file.size > BANK_LIMITS.maxFileBytes)
    return err('file_too_large', `${file.size} > ${BANK_LIMITS.maxFileBytes} bytes`);
  const type = file.contentType?.trim() ?? '';
  if (type !== '' && !TEXT_TYPE.test(type)) return err('not_text', type);
  const downloaded = await downloadAttachment(file.url, BANK_LIMITS.maxFileBytes);
  if (downloaded.ok) return ok(downloaded.value);
  return downloaded.error === 'too_large'
    ? err('file_too_large', downloaded.detail)
    : err('download_failed', downloaded.detail);
}
