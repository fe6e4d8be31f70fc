import type { Store } from '../store/store.ts';

/** Keeps the user's profile (display name) current without touching their settings; leaderboards need one. */
export async function rememberUser(
  store: Store,
  userId: string,
  displayName: string,
  timeZone?: string,
): Promise<void> {
  const existing = await store.getUser(userId);
  if (existing?.displayName === displayName && (timeZone === undefined || existing.timeZone === timeZone)) return;
  await store.upsertUser({
    id: userId,
    displayName,
    timeZone: timeZone ?? existing?.timeZone ?? null,
    leaderboardOptOut: existing?.leaderboardOptOut ?? false,
  });
}
