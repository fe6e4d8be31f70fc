import { bundleWithAliases } from '../../core/banks/overlay.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { BankDeps } from './bank-deps.ts';

export interface ExportedFile {
  name: string;
  content: string;
}

/**
 * `/bank export`: one bank file per topic of the server's own (accepted aliases written in), to edit and
 * import again, and `accepted-aliases.json` listing every alias accepted in the server with who accepted it
 * (aliases on built-in questions live only there).
 */
export async function exportBank(deps: BankDeps, guildId: string | null): Promise<ExportedFile[]> {
  const [topics, aliases] = await Promise.all([
    deps.store.listBankTopics(guildId),
    deps.store.listBankAliases(guildId),
  ]);
  const files = topics.map((t): ExportedFile => ({
    name: `${t.bundle.topic}.bank.json`,
    content: `${JSON.stringify(bundleWithAliases(t.bundle, aliases), null, 2)}\n`,
  }));
  if (aliases.length === 0) return files;
  const listed = aliases.map(({ questionId, keyPointId, alias, acceptedBy, acceptedAt }) => ({
    questionId,
    keyPointId,
    alias,
    acceptedBy,
    acceptedAt,
  }));
  return [...files, { name: 'accepted-aliases.json', content: `${JSON.stringify({ aliases: listed }, null, 2)}\n` }];
}

/** `/bank remove`: the server's topic goes, with the aliases accepted on its questions. Built-in topics stay. */
export async function removeTopic(
  deps: BankDeps,
  guildId: string | null,
  topic: string,
): Promise<Result<null, 'unknown_server_topic' | 'built_in_topic'>> {
  if (deps.builtIn.topics.includes(topic)) return err('built_in_topic', topic);
  return (await deps.store.deleteBankTopic(guildId, topic)) ? ok(null) : err('unknown_server_topic', topic);
}
