import type { BankDeps } from './bank-deps.ts';

/**
 * `/bank reviewers`: the role whose members may review the server's appeals, as well as those who can
 * Manage Server (the transport checks who may set it); null clears it.
 */
export async function setReviewerRole(
  deps: BankDeps,
  moderator: { userId: string; guildId: string },
  roleId: string | null,
): Promise<void> {
  await deps.store.setBankReviewerRole(moderator.guildId, roleId, moderator.userId, deps.clock().toISOString());
}

/** The server's reviewer role, null when none is set. */
export function reviewerRoleOf(deps: BankDeps, guildId: string): Promise<string | null> {
  return deps.store.getBankReviewerRole(guildId);
}
