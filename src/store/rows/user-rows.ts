import type { UserProfile } from '../store.ts';
import type { ColumnTypes, RowCodec, WrittenColumns } from './row-codec.ts';

export interface UserRow<C extends ColumnTypes> {
  id: string;
  display_name: string;
  time_zone: string | null;
  leaderboard_opt_out: C['flag'];
}

/** Column order of the users insert and select. */
export const USER_COLUMN_NAMES = ['id', 'display_name', 'time_zone', 'leaderboard_opt_out'] as const;

/** The users mapping for an engine whose columns `codec` reads and writes. */
export const userRows = <C extends ColumnTypes>(codec: RowCodec<C>) => ({
  toUser: (row: UserRow<C>): UserProfile => ({
    id: row.id,
    displayName: row.display_name,
    timeZone: row.time_zone,
    leaderboardOptOut: codec.readFlag(row.leaderboard_opt_out),
  }),
  toUserRow: (user: UserProfile): UserRow<WrittenColumns<C>> => ({
    id: user.id,
    display_name: user.displayName,
    time_zone: user.timeZone,
    leaderboard_opt_out: codec.writeFlag(user.leaderboardOptOut),
  }),
});
