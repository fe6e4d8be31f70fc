import type { JobKind, JobTarget } from './types.ts';

/**
 * The exactly-once key of one occurrence: `daily:user:<id>:<date>`, `daily:channel:<id>:<date>`,
 * `nudge:user:<id>:<date>`. Whoever claims it through the store first runs it; everyone else skips it.
 */
export function jobKey(kind: JobKind, target: JobTarget, localDate: string): string {
  return `${kind}:${target.type}:${target.id}:${localDate}`;
}

/** The exactly-once key for closing a round and posting its results. */
export function roundCloseKey(roundId: string): string {
  return `round-close:${roundId}`;
}
