import type { Result } from '../core/result.ts';
import type { ReviewCard } from '../core/review/types.ts';
import type { Appeal, AppealDecision, AppealStatus, BankAlias, BankDraft, BankTopic } from './bank-records.ts';
import type { AnswerSource, Attempt, Session } from '../core/interview/types.ts';
import type { PracticeChannelConfig, Round, RoundAnswer } from '../core/rounds/types.ts';
import type {
  ChannelDailyConfig,
  DailySubscription,
  DeliveryFailureReason,
  JobTarget,
} from '../core/schedule/types.ts';

export interface UserProfile {
  id: string;
  displayName: string;
  /** IANA time zone used for streaks; null means UTC. */
  timeZone: string | null;
  leaderboardOptOut: boolean;
}

export interface LeaderboardQuery {
  /** Only attempts made in this guild; null for all. */
  guildId: string | null;
  /** Only attempts at or after this ISO time; null for all time. */
  since: string | null;
  limit: number;
}

export interface LeaderboardRow {
  userId: string;
  displayName: string;
  attempts: number;
  averageScore: number;
  totalScore: number;
}

export interface MasteryQuery {
  /** Only users with an attempt in this guild; null for all. */
  guildId: string | null;
  /** A key point is mastered when its stability is over this many days. */
  minStabilityDays: number;
  limit: number;
}

export interface MasteryRow {
  userId: string;
  displayName: string;
  /** Key points mastered, over every question (memory is not kept per guild). */
  mastered: number;
}

export interface PracticeTimesQuery {
  /** Only attempts made in this guild; null for all. */
  guildId: string | null;
  /** Only attempts at or after this ISO time; null for all time. */
  since: string | null;
}

export interface PracticeTimes {
  userId: string;
  displayName: string;
  timeZone: string | null;
  /** ISO times of the user's matching attempts, oldest first. */
  times: string[];
}

export type SaveSessionError = 'version_conflict';

/** What `takeJob` found: the job is this caller's to run, its run is over, or another process is running it. */
export type JobClaim = 'claimed' | 'finished' | 'running';

export interface FindActiveSessionOptions {
  /**
   * Only sessions with one of these sources (an interview in Discord: 'discord', 'voice'), so that the
   * one-question sessions of rounds and daily questions, which stay active, cannot hide it. Absent: any
   * source; empty: none.
   */
  sources?: readonly AnswerSource[];
}

export interface ListDailyOptions {
  /** Leave out targets paused by a delivery failure (they resume when configured again). */
  activeOnly?: boolean;
}

export interface ListChannelDailyOptions extends ListDailyOptions {
  /** Only this guild's channels. */
  guildId?: string;
}

/**
 * Everything the bot keeps. Every implementation (SQLite, PostgreSQL) passes tests/store/contract.ts.
 * Writes are transactional: once a promise resolves, the data survives a crash.
 */
export interface Store {
  /** Creates or replaces the profile: every field, leaderboardOptOut included. */
  upsertUser(user: UserProfile): Promise<void>;
  getUser(userId: string): Promise<UserProfile | null>;
  setLeaderboardOptOut(userId: string, optOut: boolean): Promise<void>;
  /**
   * Removes the user, their attempts, sessions, round answers, daily subscription, DM channel id, review
   * cards and appeals.
   */
  deleteUserData(userId: string): Promise<void>;

  /** Idempotent by attempt id: the same attempt saved twice is stored once. */
  addAttempt(attempt: Attempt): Promise<void>;
  /** The user's attempts, oldest first. */
  listAttempts(userId: string): Promise<Attempt[]>;

  /**
   * Saves a session if its stored version still equals `expectedVersion` (null: the session must be new),
   * together with `attempt` when given, in one transaction. The saved session has version expectedVersion+1.
   */
  saveSession(
    session: Session,
    expectedVersion: number | null,
    attempt?: Attempt,
  ): Promise<Result<Session, SaveSessionError>>;
  getSession(sessionId: string): Promise<Session | null>;
  /**
   * The user's most recently updated session with status 'active' (of `options.sources` when given), if
   * any; ties go to the greater id.
   */
  findActiveSession(userId: string, options?: FindActiveSessionOptions): Promise<Session | null>;

  /**
   * Per user: attempts, average (1 decimal) and total score, by total then average, highest first.
   * Lists only users with a profile (upsertUser) who have not opted out.
   */
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardRow[]>;

  /**
   * Users ranked by key points mastered (review cards with stability over `minStabilityDays`), most first,
   * then by user id; users with none are left out. Lists only users with a profile who have not opted out.
   */
  masteryLeaderboard(query: MasteryQuery): Promise<MasteryRow[]>;
  /**
   * For every user with a profile who has not opted out and has a matching attempt: the times of those
   * attempts (to rank by streak), by user id.
   */
  listPracticeTimes(query: PracticeTimesQuery): Promise<PracticeTimes[]>;

  /** The user's review cards (one per key point of a question they answered), by question then key point. */
  listReviewCards(userId: string): Promise<ReviewCard[]>;
  /** Creates or replaces each card (by user, question and key point), all in one transaction. */
  saveReviewCards(cards: readonly ReviewCard[]): Promise<void>;

  /**
   * Claims the scheduled job named `key` (a daily post, closing a round) for `owner` at ISO time `now`.
   * Resolves true for exactly one call per key, ever, across every process sharing the store; every other
   * call resolves false, the same owner's included, until the claim is released (`releaseJob`).
   */
  claimJob(key: string, owner: string, now: string): Promise<boolean>;
  /**
   * Claims the scheduled job `key` for a run by `owner` at ISO time `now`: 'claimed' when no claim was
   * held, or when the one held was never finished and was made before `abandonedBefore` (its process died
   * mid-job: the claim is taken over); 'finished' when its run ended (`finishJob`); 'running' when another
   * unfinished claim, made since `abandonedBefore`, holds it. One caller at a time gets 'claimed'.
   */
  takeJob(key: string, owner: string, now: string, abandonedBefore: string): Promise<JobClaim>;
  /** Marks the claimed job's run as over at ISO time `at` (sent, or given up): it is never run again. */
  finishJob(key: string, at: string): Promise<void>;
  /** Frees `owner`'s unfinished claim of `key` (its message was never sent), so that the next run takes it. */
  releaseJob(key: string, owner: string): Promise<void>;

  /**
   * Creates or replaces the user's daily question subscription: every field, deliveryFailure included,
   * so subscribing again (deliveryFailure null) resumes a paused subscription.
   */
  upsertDailySubscription(subscription: DailySubscription): Promise<void>;
  getDailySubscription(userId: string): Promise<DailySubscription | null>;
  /** Resolves true when there was a subscription to delete. */
  deleteDailySubscription(userId: string): Promise<boolean>;
  /** Every subscription, by user id. */
  listDailySubscriptions(options?: ListDailyOptions): Promise<DailySubscription[]>;

  /** Creates or replaces a channel's daily question (every field, like upsertDailySubscription). */
  upsertChannelDaily(config: ChannelDailyConfig): Promise<void>;
  getChannelDaily(channelId: string): Promise<ChannelDailyConfig | null>;
  /** Resolves true when there was a config to delete. */
  deleteChannelDaily(channelId: string): Promise<boolean>;
  /** Every channel daily, by channel id. */
  listChannelDailies(options?: ListChannelDailyOptions): Promise<ChannelDailyConfig[]>;

  /**
   * Marks a target whose delivery failed (a user's DMs closed, a channel deleted): it stays stored but is
   * left out of `activeOnly` lists until it is upserted again. Resolves true when a subscription (user) or
   * channel daily (channel) was marked, false when the target has none.
   */
  recordDeliveryFailure(target: JobTarget, reason: DeliveryFailureReason, at: string): Promise<boolean>;

  /** Creates or replaces a practice channel's settings. */
  upsertPracticeChannel(config: PracticeChannelConfig): Promise<void>;
  getPracticeChannel(channelId: string): Promise<PracticeChannelConfig | null>;
  /** Resolves true when there were settings to delete. Its rounds are kept. */
  deletePracticeChannel(channelId: string): Promise<boolean>;

  /**
   * Saves a new round. Resolves false and saves nothing when a round with its id exists (so creating a
   * daily round twice creates it once), or when it is a practice round and its channel already has an open
   * practice round (two `/round start` at once: one wins).
   */
  createRound(round: Round): Promise<boolean>;
  getRound(roundId: string): Promise<Round | null>;
  /** Open rounds, soonest to close first (then by id); only `channelId`'s when given. */
  listOpenRounds(channelId?: string): Promise<Round[]>;
  /** The channel's `limit` most recently started rounds, newest first. */
  listRecentRounds(channelId: string, limit: number): Promise<Round[]>;
  /** Records where the round's question was posted. */
  setRoundMessage(roundId: string, messageId: string, threadId: string | null): Promise<void>;
  /** Closes an open round at ISO time `closedAt`. Resolves true for exactly one call per round. */
  closeRound(roundId: string, closedAt: string): Promise<boolean>;

  /**
   * Saves a member's answer in a round and resolves true when it is the member's counted answer: their
   * first in the round, decided atomically. A retry is saved and resolves false; the same attempt id saved
   * again changes nothing and resolves as it did the first time. An answer to a round that is missing,
   * closed, or past its closing time at `answeredAt` is not saved and resolves false.
   */
  addRoundAnswer(answer: Omit<RoundAnswer, 'isFirst'>): Promise<boolean>;
  /** The round's answers (retries included), in the order they were given. */
  listRoundAnswers(roundId: string): Promise<RoundAnswer[]>;

  /**
   * Holds the lease `name` (one process at a time doing a task, such as the daily fan-out) for `owner` at
   * ISO time `now`. Resolves true when the lease was free, had expired (its expiry at or before `now`) or
   * was already `owner`'s: its expiry becomes `now` + `ttlMs`. Resolves false, changing nothing, while
   * another owner holds it. Decided atomically across every process sharing the store.
   */
  holdLease(name: string, owner: string, now: string, ttlMs: number): Promise<boolean>;
  /** Frees the lease `name` at once if `owner` holds it (a clean shutdown); otherwise does nothing. */
  releaseLease(name: string, owner: string): Promise<void>;

  /** The id of the bot's DM channel with the user, null when none was remembered. */
  getDmChannel(userId: string): Promise<string | null>;
  /**
   * Remembers the user's DM channel id (replacing any earlier one), so that a restarted process or another
   * replica sends a DM without opening the channel again.
   */
  rememberDmChannel(userId: string, channelId: string): Promise<void>;

  /** One attempt by id, null when there is none (an appeal names the attempt it is about). */
  getAttempt(attemptId: string): Promise<Attempt | null>;

  /** Saves an imported topic awaiting review (a new id each import). */
  saveBankDraft(draft: BankDraft): Promise<void>;
  getBankDraft(draftId: string): Promise<BankDraft | null>;
  /** Resolves true when there was a draft to delete. */
  deleteBankDraft(draftId: string): Promise<boolean>;
  /**
   * Publishes a draft in one transaction: it becomes (or replaces) its server's topic of the same name and
   * the draft is deleted. Resolves the topic, or null when the draft is gone (published or discarded already).
   */
  publishBankDraft(draftId: string, publishedBy: string, publishedAt: string): Promise<BankTopic | null>;
  /** The server's published topics, by topic name. */
  listBankTopics(guildId: string | null): Promise<BankTopic[]>;
  /** Removes a published topic; its accepted aliases go with it. Resolves true when there was one. */
  deleteBankTopic(guildId: string | null, topic: string): Promise<boolean>;

  /** Files an appeal; resolves false, saving nothing, when the attempt already has one for that key point. */
  fileAppeal(appeal: Appeal): Promise<boolean>;
  getAppeal(appealId: string): Promise<Appeal | null>;
  /** The server's appeals (of `status` when given), oldest first. */
  listAppeals(guildId: string | null, status?: AppealStatus): Promise<Appeal[]>;
  /**
   * Decides a pending appeal in one transaction: an accepted one also stores its alias and the attempt's new
   * score and key points. Resolves the decided appeal, or null when it was not pending (decided already).
   */
  decideAppeal(appealId: string, decision: AppealDecision): Promise<Appeal | null>;
  /** Aliases accepted in the server, oldest first. */
  listBankAliases(guildId: string | null): Promise<BankAlias[]>;
  /** The role whose members may review the server's appeals (as well as Manage Server), null when none is set. */
  getBankReviewerRole(guildId: string): Promise<string | null>;
  /** Sets the server's reviewer role (replacing the one before), or clears it with null. */
  setBankReviewerRole(guildId: string, roleId: string | null, setBy: string, setAt: string): Promise<void>;
  /**
   * A number that changes whenever the server's bank does (a topic published or removed, an alias accepted),
   * read cheaply so a process can tell whether its compiled copy of that bank is still current; 0 before any.
   */
  bankVersion(guildId: string | null): Promise<number>;

  /**
   * Records that the interaction `interactionId` (Discord's id) is being answered at ISO time `now`.
   * Resolves true for the first call per id across every process sharing the store, false for a replay
   * while the id is remembered (INTERACTION_MEMORY_MS after its claim); ids older than that are forgotten.
   */
  claimInteraction(interactionId: string, now: string): Promise<boolean>;

  /** The ISO time the scheduler last ran up to, null before its first run. */
  getSchedulerCursor(): Promise<string | null>;
  /** Moves the scheduler cursor forward to ISO time `at`; a time before the stored one leaves it. */
  setSchedulerCursor(at: string): Promise<void>;
  close(): Promise<void>;
}
