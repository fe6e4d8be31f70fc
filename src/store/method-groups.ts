import type { Store } from './store.ts';

/** The groups of Store methods each engine builds in a file of its own (same names in sqlite/ and postgres/). */
export type UserMethods = Pick<Store, 'upsertUser' | 'getUser' | 'setLeaderboardOptOut' | 'deleteUserData'>;

export type AttemptMethods = Pick<Store, 'addAttempt' | 'listAttempts'>;

export type SessionMethods = Pick<Store, 'saveSession' | 'getSession' | 'findActiveSession'>;

export type RoundMethods = Pick<
  Store,
  | 'upsertPracticeChannel'
  | 'getPracticeChannel'
  | 'deletePracticeChannel'
  | 'createRound'
  | 'getRound'
  | 'listOpenRounds'
  | 'listRecentRounds'
  | 'setRoundMessage'
  | 'closeRound'
>;

export type RoundAnswerMethods = Pick<Store, 'addRoundAnswer' | 'listRoundAnswers'>;

export type DailyMethods = Pick<
  Store,
  | 'upsertDailySubscription'
  | 'getDailySubscription'
  | 'deleteDailySubscription'
  | 'listDailySubscriptions'
  | 'upsertChannelDaily'
  | 'getChannelDaily'
  | 'deleteChannelDaily'
  | 'listChannelDailies'
  | 'recordDeliveryFailure'
>;

export type LearningMethods = Pick<
  Store,
  'masteryLeaderboard' | 'listPracticeTimes' | 'listReviewCards' | 'saveReviewCards'
>;
export type BankMethods = Pick<
  Store,
  | 'getAttempt'
  | 'saveBankDraft'
  | 'getBankDraft'
  | 'deleteBankDraft'
  | 'publishBankDraft'
  | 'listBankTopics'
  | 'deleteBankTopic'
  | 'fileAppeal'
  | 'getAppeal'
  | 'listAppeals'
  | 'decideAppeal'
  | 'listBankAliases'
  | 'getBankReviewerRole'
  | 'setBankReviewerRole'
  | 'bankVersion'
>;
