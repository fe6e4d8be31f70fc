import { applyAliases, mergeBanks } from '../../core/banks/overlay.ts';
import type { Bank } from '../../core/bank/schema.ts';
import type { BankDeps } from './bank-deps.ts';

export interface TopicChoice {
  topic: string;
  origin: 'built-in' | 'server';
}

/**
 * The bank a server plays with: the built-in questions, its own published topics, and the aliases its
 * moderators accepted (on built-in questions as a copy-on-write overlay). Other servers see none of it.
 */
export async function questionBankFor(deps: BankDeps, guildId: string | null): Promise<Bank> {
  const [topics, aliases] = await Promise.all([
    deps.store.listBankTopics(guildId),
    deps.store.listBankAliases(guildId),
  ]);
  return applyAliases(
    mergeBanks(
      deps.builtIn,
      topics.map((t) => t.bundle),
    ),
    aliases,
  );
}

/** The topics a server can pick (for autocomplete): the built-in ones, then its own. */
export async function topicsFor(deps: BankDeps, guildId: string | null): Promise<TopicChoice[]> {
  const own = (await deps.store.listBankTopics(guildId)).map((t): TopicChoice => ({
    topic: t.bundle.topic,
    origin: 'server',
  }));
  return [...deps.builtIn.topics.map((topic): TopicChoice => ({ topic, origin: 'built-in' })), ...own];
}

/** The server's bank when it has anything of its own (topics or accepted aliases); null when it plays the built-in one. */
export async function ownBankFor(deps: Pick<BankDeps, 'builtIn' | 'store'>, guildId: string): Promise<Bank | null> {
  const [topics, aliases] = await Promise.all([
    deps.store.listBankTopics(guildId),
    deps.store.listBankAliases(guildId),
  ]);
  if (topics.length === 0 && aliases.length === 0) return null;
  return applyAliases(
    mergeBanks(
      deps.builtIn,
      topics.map((t) => t.bundle),
    ),
    aliases,
  );
}
