import type { Bank } from '../../core/bank/schema.ts';
import type { OppositeIndex } from '../../core/grading/opposites.ts';
import type { Store } from '../../store/store.ts';

/** What the bank use cases need: the built-in bank (shared, never changed), the store, a clock and ids. */
export interface BankDeps {
  builtIn: Bank;
  store: Store;
  clock: () => Date;
  newId: () => string;
  /** Opposite words, so that an accepted appeal re-grades the attempt as the product grades it. */
  opposites?: OppositeIndex | undefined;
}

/** Who acts: a Discord member in a server (guildId), or the terminal's user (guildId null). */
export interface BankActor {
  userId: string;
  guildId: string | null;
}
