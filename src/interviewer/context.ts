import type { Random } from '../core/random.ts';
import type { Store } from '../store/store.ts';
import type { ServerBanks } from './banks/server-banks.ts';
import type { GroupMessenger } from './group-messenger.ts';
import type { Interviewer } from './interviewer.ts';
import type { KeyedLock } from './keyed-lock.ts';
import type { Logger } from './logger.ts';
import type { Learning } from './review/index.ts';
import type { OneQuestionDeps } from './one-question.ts';

/** What the use cases of one process work with; every transport (chat, HTTP, terminal, tests) builds the same. */
export interface UseCaseContext {
  /** The interviewer over the bank this interaction plays: the built-in one until `inServerBank` picks a server's. */
  interviewer: Interviewer;
  /** Each server's bank, compiled once per version (shared by every context of the process). */
  serverBanks: ServerBanks;
  store: Store;
  clock: () => Date;
  logger: Logger;
  /** Serialises work on one session inside this process, so a double click is seen as such. */
  sessionLock: KeyedLock;
  /** Reviews, progress picture, study sheet, learning leaderboards; without it the daily pick is by weakest topic only. */
  learning?: Learning;
  /** Practice channels, rounds and daily questions; without it those use cases are not offered. */
  groups?: GroupServices;
}

/** What practice channels, rounds and daily questions add. */
export interface GroupServices {
  messenger: GroupMessenger;
  /** Fresh ids for practice rounds and attempts. */
  newId: () => string;
  random: Random;
}

export type GroupContext = UseCaseContext & { groups: GroupServices };

/**
 * The context whose interviewer plays the bank of `guildId` (built-in + that server's own topics + its accepted
 * aliases); the built-in bank in DMs (null). Every use case that picks or grades a question in a server
 * starts here, so rounds, daily questions and interviews there all play the same bank.
 */
export async function inServerBank<C extends UseCaseContext>(ctx: C, guildId: string | null): Promise<C> {
  const interviewer = await ctx.serverBanks.interviewerFor(guildId);
  return interviewer === ctx.interviewer ? ctx : { ...ctx, interviewer };
}

/** Whether this process offers practice channels, rounds and daily questions. */
export function hasGroups<C extends UseCaseContext>(ctx: C): ctx is C & GroupContext {
  return ctx.groups !== undefined;
}

/** The one-question use cases' dependencies, from the context. */
export function oneQuestionDeps(ctx: GroupContext): OneQuestionDeps {
  return {
    bank: ctx.interviewer.bank,
    store: ctx.store,
    grader: ctx.interviewer.grader,
    judge: ctx.interviewer.judge,
    newId: ctx.groups.newId,
  };
}
