import type { Pool } from 'pg';
import type { LearningMethods } from '../method-groups.ts';
import {
  groupPracticeTimes,
  REVIEW_CARD_COLUMNS,
  toReviewCard,
  toReviewCardRow,
  type PracticeTimeRow,
  type ReviewCardRow,
} from '../rows/review-rows.ts';
import { withTransaction } from './transaction.ts';

const columns = REVIEW_CARD_COLUMNS.join(', ');
const UPSERT = `
  INSERT INTO review_cards (${columns}) VALUES (${REVIEW_CARD_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (user_id, question_id, key_point_id) DO UPDATE SET
    ${REVIEW_CARD_COLUMNS.slice(3)
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`;

// COUNT is a bigint, which pg returns as a string; no user masters 2^31 key points, so int is safe.
const MASTERY = `
  SELECT u.id AS user_id, u.display_name, COUNT(*)::int AS mastered
  FROM review_cards c JOIN users u ON u.id = c.user_id
  WHERE NOT u.leaderboard_opt_out AND c.stability > $2
    AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = u.id AND a.guild_id = $1))
  GROUP BY u.id, u.display_name
  ORDER BY mastered DESC, u.id
  LIMIT $3`;

const PRACTICE = `
  SELECT u.id AS user_id, u.display_name, u.time_zone, a.created_at
  FROM attempts a JOIN users u ON u.id = a.user_id
  WHERE NOT u.leaderboard_opt_out
    AND ($1::text IS NULL OR a.guild_id = $1)
    AND ($2::text IS NULL OR a.created_at >= $2)
  ORDER BY u.id, a.created_at`;

/** Review cards and the learning leaderboards in PostgreSQL. */
export function createLearningMethods(pool: Pool): LearningMethods {
  return {
    async listReviewCards(userId) {
      const result = await pool.query<ReviewCardRow>(
        `SELECT ${columns} FROM review_cards WHERE user_id = $1 ORDER BY question_id, key_point_id`,
        [userId],
      );
      return result.rows.map(toReviewCard);
    },
    async saveReviewCards(cards) {
      if (cards.length === 0) return;
      await withTransaction(pool, async (client) => {
        for (const card of cards) {
          const row = toReviewCardRow(card);
          await client.query(
            UPSERT,
            REVIEW_CARD_COLUMNS.map((c) => row[c]),
          );
        }
      });
    },
    async masteryLeaderboard({ guildId, minStabilityDays, limit }) {
      const result = await pool.query<{ user_id: string; display_name: string; mastered: number }>(MASTERY, [
        guildId,
        minStabilityDays,
        Math.max(0, Math.floor(limit)),
      ]);
      return result.rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, mastered: r.mastered }));
    },
    async listPracticeTimes({ guildId, since }) {
      return groupPracticeTimes((await pool.query<PracticeTimeRow>(PRACTICE, [guildId, since])).rows);
    },
  };
}
