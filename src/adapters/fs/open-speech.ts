import { defaultBankRoot, loadBank } from './load-bank.ts';
import type { SpeechSettings } from '../../config.ts';
import { createSpeech, type Speech } from '../../speech/create-speech.ts';
import { bankTexts } from '../../speech/lm/corpus.ts';

/**
 * Speech for an entry point that has its configuration: the bank under BANK_DIR (or this repository's)
 * feeds the language model, read only when the first voice answer needs it. A bank with problems gives
 * no wording rather than an error: recognition then works from the general words and any context.
 */
export function openSpeech(
  config: SpeechSettings & { DATA_DIR: string; BANK_DIR?: string | undefined },
  log?: (line: string) => void,
): Promise<Speech> {
  let texts: Promise<string[]> | null = null;
  const readBank = async () => {
    const { bank } = await loadBank(config.BANK_DIR ?? defaultBankRoot());
    if (bank === null) log?.('speech: the question bank has problems, so the language model uses general words only');
    return bank === null ? [] : bankTexts(bank);
  };
  return createSpeech({ config, bankTexts: () => (texts ??= readBank()), ...(log ? { log } : {}) });
}
