import type { Database } from 'better-sqlite3';
import type { LearningMethods } from '../method-groups.ts';
import {
  groupPracticeTimes,
  REVIEW_CARD_COLUMNS,
  toReviewCard,
  toReviewCardRow,
  type PracticeTimeRow,
  type ReviewCardRow,
} from '../rows/review-rows.ts';
import type { MasteryRow } from '../store.ts';

const columns = REVIEW_CARD_COLUMNS.join(', ');
const updates = REVIEW_CARD_COLUMNS.slice(3)
  .map((c) => `${c} = excluded.${c}`)
  .join(', ');

/** Review cards and the learning leaderboards in SQLite. */
export function createLearningMethods(db: Database): LearningMethods {
  const select = db.prepare<[string], ReviewCardRow>(
    `SELECT ${columns} FROM review_cards WHERE user_id = ? ORDER BY question_id, key_point_id`,
  );
  const upsert = db.prepare<ReviewCardRow>(`
    INSERT INTO review_cards (${columns}) VALUES (${REVIEW_CARD_COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (user_id, question_id, key_point_id) DO UPDATE SET ${updates}`);
  const saveAll = db.transaction((rows: ReviewCardRow[]) => rows.forEach((row) => upsert.run(row)));
  const mastery = db.prepare<
    { guildId: string | null; minStability: number; limit: number },
    { user_id: string; display_name: string; mastered: number }
  >(`
    SELECT u.id AS user_id, u.display_name, COUNT(*) AS mastered
    FROM review_cards c JOIN users u ON u.id = c.user_id
    WHERE u.leaderboard_opt_out = 0 AND c.stability > @minStability
      AND (@guildId IS NULL OR EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = u.id AND a.guild_id = @guildId))
    GROUP BY u.id, u.display_name
    ORDER BY mastered DESC, u.id
    LIMIT @limit`);
  const practice = db.prepare<{ guildId: string | null; since: string | null }, PracticeTimeRow>(`
    SELECT u.id AS user_id, u.display_name, u.time_zone, a.created_at
    FROM attempts a JOIN users u ON u.id = a.user_id
    WHERE u.leaderboard_opt_out = 0
      AND (@guildId IS NULL OR a.guild_id = @guildId)
      AND (@since IS NULL OR a.created_at >= @since)
    ORDER BY u.id, a.created_at`);

  return {
    async listReviewCards(userId) {
      return select.all(userId).map(toReviewCard);
    },
    async saveReviewCards(cards) {
      saveAll.immediate(cards.map(toReviewCardRow));
    },
    async masteryLeaderboard({ guildId, minStabilityDays, limit }): Promise<MasteryRow[]> {
      const rows = mastery.all({ guildId, minStability: minStabilityDays, limit: Math.max(0, Math.floor(limit)) });
      return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, mastered: r.mastered }));
    },
    async listPracticeTimes({ guildId, since }) {
      return groupPracticeTimes(practice.all({ guildId, since }));
    },
  };
}
