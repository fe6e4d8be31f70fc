import type { BankAlias } from '../../store/bank-records.ts';
import { listAcceptedAliases, listPendingAppeals, type AppealView } from './appeals.ts';
import type { BankDeps } from './bank-deps.ts';

/**
 * Who may change a server's bank (import, publish, discard, export, remove, set reviewers): members who can
 * Manage Server. The reviewer role lets its members review appeals, nothing more.
 */
export function mayChangeBank(member: { canManageServer: boolean }): boolean {
  return member.canManageServer;
}

/** Who may review a server's appeals: members who can Manage Server, and members with its reviewer role. */
export async function mayReviewAppeals(
  deps: BankDeps,
  guildId: string,
  member: { canManageServer: boolean; roles: readonly string[] },
): Promise<boolean> {
  if (member.canManageServer) return true;
  if (member.roles.length === 0) return false;
  const role = await reviewerRoleOf(deps, guildId);
  return role !== null && member.roles.includes(role);
}

/** What a reviewer's list shows: the pending appeals, and the aliases accepted so far with who accepted them. */
export async function appealsToReview(
  deps: BankDeps,
  guildId: string,
): Promise<{ pending: AppealView[]; aliases: BankAlias[] }> {
  const [pending, aliases] = await Promise.all([listPendingAppeals(deps, guildId), listAcceptedAliases(deps, guildId)]);
  return { pending, aliases };
}

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
