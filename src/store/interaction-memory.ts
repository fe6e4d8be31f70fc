/*
 * How long the store remembers an interaction it answered, so a replayed one (the same signed request sent
 * again, to any replica) is answered once. A signature is only accepted within 5 minutes of its timestamp,
 * so an hour is far past any replay that could still pass; older ids are deleted now and then.
 */
export const INTERACTION_MEMORY_MS = 60 * 60 * 1000;

/** Old ids are deleted once every this many claims in a process: a small, bounded cost per claim. */
const CLEAN_UP_EVERY = 256;

/** The ISO time before which a remembered interaction is forgotten, at ISO time `now`. */
export function forgottenBefore(now: string): string {
  return new Date(Date.parse(now) - INTERACTION_MEMORY_MS).toISOString();
}

/** Counts claims and says when it is time to delete the forgotten ones (the first claim included). */
export function cleanUpSchedule(): () => boolean {
  let claims = 0;
  return () => claims++ % CLEAN_UP_EVERY === 0;
}
