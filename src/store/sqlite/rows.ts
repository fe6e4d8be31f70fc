import { attemptRows, type AttemptRow as SharedAttemptRow } from '../rows/attempt-rows.ts';
import type { RowCodec } from '../rows/row-codec.ts';
import { roundAnswerRows, type RoundAnswerRow as SharedRoundAnswerRow } from '../rows/round-rows.ts';
import { sessionRows, type SessionRow as SharedSessionRow } from '../rows/session-rows.ts';
import { userRows, type UserRow as SharedUserRow } from '../rows/user-rows.ts';

/** Column values as SQLite returns them: booleans as 0/1, JSON as text. */
interface SqliteColumns {
  flag: number;
  json: string;
}

const sqliteCodec: RowCodec<SqliteColumns> = {
  readFlag: (stored) => stored === 1,
  writeFlag: (value) => (value ? 1 : 0),
  readJson: (stored) => JSON.parse(stored),
};

export type UserRow = SharedUserRow<SqliteColumns>;
export type AttemptRow = SharedAttemptRow<SqliteColumns>;
export type SessionRow = SharedSessionRow<SqliteColumns>;
export type RoundAnswerRow = SharedRoundAnswerRow<SqliteColumns>;

export const { toUser, toUserRow } = userRows(sqliteCodec);
export const { toAttempt, toAttemptRow } = attemptRows(sqliteCodec);
export const { toSession, toSessionRow } = sessionRows(sqliteCodec);
export const { toRoundAnswer, toRoundAnswerRow } = roundAnswerRows(sqliteCodec);
