import type { Database } from 'better-sqlite3';
import type { UserMethods } from '../method-groups.ts';
import { toUser, toUserRow, type UserRow } from './rows.ts';

/** The user half of the SQLite store. `upsertUser` overwrites every profile field, opt-out included. */
export function createUserMethods(db: Database): UserMethods {
  const upsert = db.prepare<UserRow>(`
    INSERT INTO users (id, display_name, time_zone, leaderboard_opt_out)
    VALUES (@id, @display_name, @time_zone, @leaderboard_opt_out)
    ON CONFLICT (id) DO UPDATE SET
      display_name = excluded.display_name,
      time_zone = excluded.time_zone,
      leaderboard_opt_out = excluded.leaderboard_opt_out`);
  const select = db.prepare<[string], UserRow>(
    'SELECT id, display_name, time_zone, leaderboard_opt_out FROM users WHERE id = ?',
  );
  const optOut = db.prepare<[number, string]>('UPDATE users SET leaderboard_opt_out = ? WHERE id = ?');
  const deleteAll = db.transaction((userId: string) => {
    db.prepare('DELETE FROM attempts WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM round_answers WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM daily_subscriptions WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM dm_channels WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM review_cards WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM appeals WHERE user_id = ?').run(userId);
    db.prepare('DELETE FROM users WHERE id = ?').run(userId);
  });

  return {
    async upsertUser(user) {
      upsert.run(toUserRow(user));
    },
    async getUser(userId) {
      const row = select.get(userId);
      return row ? toUser(row) : null;
    },
    async setLeaderboardOptOut(userId, isOptedOut) {
      optOut.run(isOptedOut ? 1 : 0, userId);
    },
    async deleteUserData(userId) {
      deleteAll.immediate(userId);
    },
  };
}
