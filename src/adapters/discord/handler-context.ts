import type { Actor, Interviewer } from '../../interviewer/interviewer.ts';
import type { Store } from '../../store/store.ts';
import type { Logger } from './logger.ts';
import { createKeyedLock, type KeyedLock } from './keyed-lock.ts';

/** What the interaction handlers work with; created once per bot by createBot. */
export interface HandlerContext {
  interviewer: Interviewer;
  /** For what the interview use cases do not cover: reading a session, privacy settings, deleting data. */
  store: Store;
  clock: () => Date;
  logger: Logger;
  /** Serialises work on one session inside this process, so a double click is seen as such. */
  sessionLock: KeyedLock;
}

/** The context for one process's handlers (gateway or HTTP), with its own session lock. */
export function createHandlerContext(deps: Omit<HandlerContext, 'sessionLock' | 'clock'> & { clock?: () => Date }): HandlerContext {
  return { ...deps, clock: deps.clock ?? (() => new Date()), sessionLock: createKeyedLock() };
}

/** A user mentioned in a command option, as the transport resolved it. */
export interface MentionedUser {
  id: string;
  displayName: string;
  isBot: boolean;
}

/** Interactions as plain data, independent of discord.js (an HTTP-interactions transport builds the same). */
export type InteractionInput =
  | {
    kind: 'slash'; actor: Actor; command: string; subcommand: string | null;
    options: Record<string, unknown>; users: Record<string, MentionedUser>;
  }
  | { kind: 'button'; actor: Actor; customId: string }
  | { kind: 'modal'; actor: Actor; customId: string; fields: Record<string, string> }
  | { kind: 'autocomplete'; actor: Actor; command: string; focused: { name: string; value: string } };
