import type { Store } from '../../store/store.ts';
import { BoundedCache } from '../bounded-cache.ts';
import type { Interviewer } from '../interviewer.ts';
import { ownBankFor } from './server-bank.ts';

/** The interviewer of each server's bank, compiled once per version of that bank. */
export interface ServerBanks {
  /** The interviewer over the built-in bank, shared by every server without one of its own and by DMs. */
  readonly builtIn: Interviewer;
  /**
   * The interviewer over the server's bank (built-in + its own topics + accepted aliases), or the built-in one
   * in DMs (null) and in a server with nothing of its own. One cheap read of the server's bank version per call;
   * the bank is read and compiled again only when that version moved (in this process or any other).
   */
  interviewerFor(guildId: string | null): Promise<Interviewer>;
}

interface Compiled {
  version: number;
  interviewer: Promise<Interviewer>;
}

/** Servers whose compiled bank is kept; the least recently used one is compiled again when it comes back. */
const DEFAULT_CAPACITY = 64;

export function createServerBanks(builtIn: Interviewer, store: Store, capacity = DEFAULT_CAPACITY): ServerBanks {
  const compiled = new BoundedCache<string, Compiled>(capacity);

  async function compile(guildId: string): Promise<Interviewer> {
    const bank = await ownBankFor({ builtIn: builtIn.bank, store }, guildId);
    return bank === null ? builtIn : builtIn.withBank(bank);
  }

  return {
    builtIn,
    async interviewerFor(guildId) {
      if (guildId === null) return builtIn;
      // Read before the bank: a change landing in between makes the next call compile again, never a stale hit.
      const version = await store.bankVersion(guildId);
      const cached = compiled.get(guildId);
      if (cached?.version === version) return cached.interviewer;
      const interviewer = compile(guildId);
      compiled.set(guildId, { version, interviewer });
      interviewer.catch(() => {
        if (compiled.get(guildId)?.interviewer === interviewer) compiled.delete(guildId);
      });
      return interviewer;
    },
  };
}
