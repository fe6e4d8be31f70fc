import type { Attempt, Session } from '../../core/interview/types.ts';
import type { PracticeChannelConfig, Round, RoundAnswer } from '../../core/rounds/types.ts';
import type { ChannelDailyConfig, DailySubscription } from '../../core/schedule/types.ts';
import type { UserProfile } from '../store.ts';
import { ATTEMPT_COLUMN_NAMES, attemptRows, type AttemptRow as SharedAttemptRow } from '../rows/attempt-rows.ts';
import {
  CHANNEL_DAILY_COLUMN_NAMES,
  SUBSCRIPTION_COLUMN_NAMES,
  toChannelDailyRow,
  toDailySubscriptionRow,
} from '../rows/daily-rows.ts';
import type { RowCodec } from '../rows/row-codec.ts';
import {
  PRACTICE_CHANNEL_COLUMN_NAMES,
  ROUND_ANSWER_COLUMN_NAMES,
  ROUND_COLUMN_NAMES,
  roundAnswerRows,
  toPracticeChannelRow,
  toRoundRow,
  type RoundAnswerRow as SharedRoundAnswerRow,
} from '../rows/round-rows.ts';
import { SESSION_COLUMN_NAMES, sessionRows, type SessionRow as SharedSessionRow } from '../rows/session-rows.ts';
import { USER_COLUMN_NAMES, userRows, type UserRow as SharedUserRow } from '../rows/user-rows.ts';

export { SESSION_COLUMNS } from '../rows/session-rows.ts';

/** Column values as pg returns them: booleans as booleans, JSON columns already parsed. */
interface PostgresColumns {
  flag: boolean;
  json: unknown;
}

const postgresCodec: RowCodec<PostgresColumns> = {
  readFlag: (stored) => stored,
  writeFlag: (value) => value,
  readJson: (stored) => stored,
};

/** The values of `row` in the order `names` gives, for a query's $1, $2, … */
export const valuesIn = <Row>(row: Row, names: readonly (keyof Row)[]): unknown[] => names.map((name) => row[name]);

export type UserRow = SharedUserRow<PostgresColumns>;
export type AttemptRow = SharedAttemptRow<PostgresColumns>;
export type SessionRow = SharedSessionRow<PostgresColumns>;
export type RoundAnswerRow = SharedRoundAnswerRow<PostgresColumns>;

const users = userRows(postgresCodec);
const attempts = attemptRows(postgresCodec);
const sessions = sessionRows(postgresCodec);
const roundAnswers = roundAnswerRows(postgresCodec);

export const { toUser } = users;
export const { toAttempt } = attempts;
export const { toSession } = sessions;
export const { toRoundAnswer } = roundAnswers;

export const userValues = (user: UserProfile): unknown[] => valuesIn(users.toUserRow(user), USER_COLUMN_NAMES);

export const attemptValues = (attempt: Attempt): unknown[] =>
  valuesIn(attempts.toAttemptRow(attempt), ATTEMPT_COLUMN_NAMES);

/** Values in SESSION_COLUMNS order for a session saved as `version`. */
export const sessionValues = (session: Session, version: number): unknown[] =>
  valuesIn(sessions.toSessionRow(session, version), SESSION_COLUMN_NAMES);

export const roundAnswerValues = (answer: Omit<RoundAnswer, 'isFirst'>, isFirst: boolean): unknown[] =>
  valuesIn(roundAnswers.toRoundAnswerRow(answer, isFirst), ROUND_ANSWER_COLUMN_NAMES);

export const practiceChannelValues = (config: PracticeChannelConfig): unknown[] =>
  valuesIn(toPracticeChannelRow(config), PRACTICE_CHANNEL_COLUMN_NAMES);

export const roundValues = (round: Round): unknown[] => valuesIn(toRoundRow(round), ROUND_COLUMN_NAMES);

export const subscriptionValues = (sub: DailySubscription): unknown[] =>
  valuesIn(toDailySubscriptionRow(sub), SUBSCRIPTION_COLUMN_NAMES);

export const channelDailyValues = (config: ChannelDailyConfig): unknown[] =>
  valuesIn(toChannelDailyRow(config), CHANNEL_DAILY_COLUMN_NAMES);
