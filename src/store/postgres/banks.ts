import type { Pool } from 'pg';
import type { BankMethods } from '../method-groups.ts';
import { ATTEMPT_COLUMNS } from '../rows/attempt-rows.ts';
import {
  ALIAS_COLUMN_NAMES,
  ALIAS_COLUMNS,
  APPEAL_COLUMN_NAMES,
  APPEAL_COLUMNS,
  DRAFT_COLUMNS,
  scopeOf,
  TOPIC_COLUMNS,
  toAppeal,
  toAppealRow,
  toBankAlias,
  toBankAliasRow,
  toBankDraft,
  toBankTopic,
  type AppealRow,
  type BankAliasRow,
  type BankDraftRow,
  type BankTopicRow,
} from '../rows/bank-rows.ts';
import { toAttempt, valuesIn, type AttemptRow } from './rows.ts';
import { withTransaction } from './transaction.ts';

const placeholders = (n: number): string => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
const UPSERT_TOPIC = `
  INSERT INTO bank_topics (${TOPIC_COLUMNS}) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (guild_id, topic) DO UPDATE SET bundle = excluded.bundle, published_by = excluded.published_by, published_at = excluded.published_at
  RETURNING ${TOPIC_COLUMNS}`;
const BUMP_VERSION = `
  INSERT INTO bank_versions (guild_id, version) VALUES ($1, 1)
  ON CONFLICT (guild_id) DO UPDATE SET version = bank_versions.version + 1`;

/** Servers' own banks and appeals in PostgreSQL; publishing and deciding are one transaction each. */
export function createBankMethods(pool: Pool): BankMethods {
  return {
    async getAttempt(attemptId) {
      const result = await pool.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE id = $1`, [attemptId]);
      return result.rows[0] === undefined ? null : toAttempt(result.rows[0]);
    },
    async saveBankDraft(draft) {
      await pool.query(`INSERT INTO bank_drafts (${DRAFT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
        draft.id,
        scopeOf(draft.guildId),
        draft.bundle.topic,
        JSON.stringify(draft.bundle),
        draft.createdBy,
        draft.createdAt,
      ]);
    },
    async getBankDraft(draftId) {
      const result = await pool.query<BankDraftRow>(`SELECT ${DRAFT_COLUMNS} FROM bank_drafts WHERE id = $1`, [
        draftId,
      ]);
      return result.rows[0] === undefined ? null : toBankDraft(result.rows[0]);
    },
    async deleteBankDraft(draftId) {
      return ((await pool.query('DELETE FROM bank_drafts WHERE id = $1', [draftId])).rowCount ?? 0) > 0;
    },
    async publishBankDraft(draftId, publishedBy, publishedAt) {
      return withTransaction(pool, async (client) => {
        const taken = await client.query<BankDraftRow>(
          `DELETE FROM bank_drafts WHERE id = $1 RETURNING ${DRAFT_COLUMNS}`,
          [draftId],
        );
        const draft = taken.rows[0];
        if (draft === undefined) return null;
        const topic = await client.query<BankTopicRow>(UPSERT_TOPIC, [
          draft.guild_id,
          draft.topic,
          JSON.stringify(draft.bundle),
          publishedBy,
          publishedAt,
        ]);
        await client.query(BUMP_VERSION, [draft.guild_id]);
        return toBankTopic(topic.rows[0]!);
      });
    },
    async listBankTopics(guildId) {
      const result = await pool.query<BankTopicRow>(
        `SELECT ${TOPIC_COLUMNS} FROM bank_topics WHERE guild_id = $1 ORDER BY topic`,
        [scopeOf(guildId)],
      );
      return result.rows.map(toBankTopic);
    },
    async deleteBankTopic(guildId, topic) {
      return withTransaction(pool, async (client) => {
        const removed = await client.query<BankTopicRow>(
          `DELETE FROM bank_topics WHERE guild_id = $1 AND topic = $2 RETURNING ${TOPIC_COLUMNS}`,
          [scopeOf(guildId), topic],
        );
        const row = removed.rows[0];
        if (row === undefined) return false;
        const ids = toBankTopic(row).bundle.questions.questions.map((q) => q.id);
        await client.query('DELETE FROM bank_aliases WHERE guild_id = $1 AND question_id = ANY($2)', [
          scopeOf(guildId),
          ids,
        ]);
        await client.query(BUMP_VERSION, [scopeOf(guildId)]);
        return true;
      });
    },
    async fileAppeal(appeal) {
      const result = await pool.query(
        `INSERT INTO appeals (${APPEAL_COLUMNS}) VALUES (${placeholders(APPEAL_COLUMN_NAMES.length)}) ON CONFLICT DO NOTHING`,
        valuesIn(toAppealRow(appeal), APPEAL_COLUMN_NAMES),
      );
      return (result.rowCount ?? 0) > 0;
    },
    async getAppeal(appealId) {
      const result = await pool.query<AppealRow>(`SELECT ${APPEAL_COLUMNS} FROM appeals WHERE id = $1`, [appealId]);
      return result.rows[0] === undefined ? null : toAppeal(result.rows[0]);
    },
    async listAppeals(guildId, status) {
      const result = await pool.query<AppealRow>(
        `SELECT ${APPEAL_COLUMNS} FROM appeals WHERE guild_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY filed_at, seq`,
        [scopeOf(guildId), status ?? null],
      );
      return result.rows.map(toAppeal);
    },
    async decideAppeal(appealId, decision) {
      return withTransaction(pool, async (client) => {
        const score = decision.status === 'accepted' ? decision.regrade.score : null;
        const decided = await client.query<AppealRow>(
          `UPDATE appeals SET status = $1, decided_by = $2, decided_at = $3, regraded_score = $4 WHERE id = $5 AND status = 'pending' RETURNING ${APPEAL_COLUMNS}`,
          [decision.status, decision.decidedBy, decision.decidedAt, score, appealId],
        );
        const row = decided.rows[0];
        if (row === undefined) return null;
        if (decision.status === 'accepted') {
          await client.query(
            `INSERT INTO bank_aliases (${ALIAS_COLUMNS}) VALUES (${placeholders(ALIAS_COLUMN_NAMES.length)})`,
            valuesIn(toBankAliasRow(decision.alias), ALIAS_COLUMN_NAMES),
          );
          await client.query('UPDATE attempts SET score = $1, key_points = $2 WHERE id = $3', [
            decision.regrade.score,
            JSON.stringify(decision.regrade.keyPoints),
            row.attempt_id,
          ]);
          await client.query(BUMP_VERSION, [row.guild_id]);
        }
        return toAppeal(row);
      });
    },
    async listBankAliases(guildId) {
      const result = await pool.query<BankAliasRow>(
        `SELECT ${ALIAS_COLUMNS} FROM bank_aliases WHERE guild_id = $1 ORDER BY accepted_at, seq`,
        [scopeOf(guildId)],
      );
      return result.rows.map(toBankAlias);
    },
    async getBankReviewerRole(guildId) {
      const result = await pool.query<{ role_id: string }>('SELECT role_id FROM bank_reviewers WHERE guild_id = $1', [
        guildId,
      ]);
      return result.rows[0]?.role_id ?? null;
    },
    async setBankReviewerRole(guildId, roleId, setBy, setAt) {
      if (roleId === null) {
        await pool.query('DELETE FROM bank_reviewers WHERE guild_id = $1', [guildId]);
        return;
      }
      await pool.query(
        `INSERT INTO bank_reviewers (guild_id, role_id, set_by, set_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (guild_id) DO UPDATE SET role_id = excluded.role_id, set_by = excluded.set_by, set_at = excluded.set_at`,
        [guildId, roleId, setBy, setAt],
      );
    },
    async bankVersion(guildId) {
      const result = await pool.query<{ version: number }>('SELECT version FROM bank_versions WHERE guild_id = $1', [
        scopeOf(guildId),
      ]);
      return result.rows[0]?.version ?? 0;
    },
  };
}
