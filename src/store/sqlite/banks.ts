import type { Database } from 'better-sqlite3';
import type { BankMethods } from '../method-groups.ts';
import { ATTEMPT_COLUMNS } from '../rows/attempt-rows.ts';
import {
  ALIAS_COLUMNS,
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
import { toAttempt, type AttemptRow } from './rows.ts';

const named = (columns: string): string =>
  columns
    .split(', ')
    .map((c) => `@${c}`)
    .join(', ');

/** Servers' own banks and appeals in SQLite; publishing and deciding are one transaction each. */
export function createBankMethods(db: Database): BankMethods {
  const getAttempt = db.prepare<[string], AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE id = ?`);
  const insertDraft = db.prepare<BankDraftRowWritten>(
    `INSERT INTO bank_drafts (${DRAFT_COLUMNS}) VALUES (${named(DRAFT_COLUMNS)})`,
  );
  const getDraft = db.prepare<[string], BankDraftRow>(`SELECT ${DRAFT_COLUMNS} FROM bank_drafts WHERE id = ?`);
  const deleteDraft = db.prepare<[string]>('DELETE FROM bank_drafts WHERE id = ?');
  const upsertTopic = db.prepare<BankTopicRowWritten>(`
    INSERT INTO bank_topics (${TOPIC_COLUMNS}) VALUES (${named(TOPIC_COLUMNS)})
    ON CONFLICT (guild_id, topic) DO UPDATE SET bundle = excluded.bundle, published_by = excluded.published_by, published_at = excluded.published_at`);
  const listTopics = db.prepare<[string], BankTopicRow>(
    `SELECT ${TOPIC_COLUMNS} FROM bank_topics WHERE guild_id = ? ORDER BY topic`,
  );
  const getTopic = db.prepare<[string, string], BankTopicRow>(
    `SELECT ${TOPIC_COLUMNS} FROM bank_topics WHERE guild_id = ? AND topic = ?`,
  );
  const deleteTopic = db.prepare<[string, string]>('DELETE FROM bank_topics WHERE guild_id = ? AND topic = ?');
  const deleteAliasesOf = db.prepare<[string, string]>(
    `DELETE FROM bank_aliases WHERE guild_id = ? AND question_id = ?`,
  );
  const insertAppeal = db.prepare<AppealRow>(
    `INSERT OR IGNORE INTO appeals (${APPEAL_COLUMNS}) VALUES (${named(APPEAL_COLUMNS)})`,
  );
  const getAppeal = db.prepare<[string], AppealRow>(`SELECT ${APPEAL_COLUMNS} FROM appeals WHERE id = ?`);
  const listAppeals = db.prepare<[string, string | null, string | null], AppealRow>(
    `SELECT ${APPEAL_COLUMNS} FROM appeals WHERE guild_id = ? AND (? IS NULL OR status = ?) ORDER BY filed_at, rowid`,
  );
  const decide = db.prepare<[string, string, string, number | null, string]>(
    `UPDATE appeals SET status = ?, decided_by = ?, decided_at = ?, regraded_score = ? WHERE id = ? AND status = 'pending'`,
  );
  const insertAlias = db.prepare<BankAliasRow>(
    `INSERT INTO bank_aliases (${ALIAS_COLUMNS}) VALUES (${named(ALIAS_COLUMNS)})`,
  );
  const regrade = db.prepare<[number, string, string]>('UPDATE attempts SET score = ?, key_points = ? WHERE id = ?');
  const bumpVersion = db.prepare<[string]>(BUMP_VERSION);
  const getVersion = db.prepare<[string], { version: number }>('SELECT version FROM bank_versions WHERE guild_id = ?');
  const listAliases = db.prepare<[string], BankAliasRow>(
    `SELECT ${ALIAS_COLUMNS} FROM bank_aliases WHERE guild_id = ? ORDER BY accepted_at, rowid`,
  );
  const getReviewerRole = db.prepare<[string], { role_id: string }>(
    'SELECT role_id FROM bank_reviewers WHERE guild_id = ?',
  );
  const upsertReviewerRole = db.prepare<[string, string, string, string]>(`
    INSERT INTO bank_reviewers (guild_id, role_id, set_by, set_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (guild_id) DO UPDATE SET role_id = excluded.role_id, set_by = excluded.set_by, set_at = excluded.set_at`);
  const clearReviewerRole = db.prepare<[string]>('DELETE FROM bank_reviewers WHERE guild_id = ?');

  const publish = db.transaction((draftId: string, publishedBy: string, publishedAt: string) => {
    const draft = getDraft.get(draftId);
    if (draft === undefined) return null;
    upsertTopic.run({
      guild_id: draft.guild_id,
      topic: draft.topic,
      bundle: draft.bundle as string,
      published_by: publishedBy,
      published_at: publishedAt,
    });
    deleteDraft.run(draftId);
    bumpVersion.run(draft.guild_id);
    return toBankTopic(getTopic.get(draft.guild_id, draft.topic)!);
  });
  const removeTopic = db.transaction((scope: string, topic: string) => {
    const row = getTopic.get(scope, topic);
    if (row === undefined) return false;
    for (const q of toBankTopic(row).bundle.questions.questions) deleteAliasesOf.run(scope, q.id);
    deleteTopic.run(scope, topic);
    bumpVersion.run(scope);
    return true;
  });
  const decideAppeal: BankMethods['decideAppeal'] = async (appealId, decision) =>
    db
      .transaction(() => {
        const score = decision.status === 'accepted' ? decision.regrade.score : null;
        if (decide.run(decision.status, decision.decidedBy, decision.decidedAt, score, appealId).changes === 0)
          return null;
        const appeal = toAppeal(getAppeal.get(appealId)!);
        if (decision.status === 'accepted') {
          insertAlias.run(toBankAliasRow(decision.alias));
          regrade.run(decision.regrade.score, JSON.stringify(decision.regrade.keyPoints), appeal.attemptId);
          bumpVersion.run(scopeOf(appeal.guildId));
        }
        return appeal;
      })
      .immediate();

  return {
    async getAttempt(attemptId) {
      const row = getAttempt.get(attemptId);
      return row === undefined ? null : toAttempt(row);
    },
    async saveBankDraft(draft) {
      insertDraft.run({
        id: draft.id,
        guild_id: scopeOf(draft.guildId),
        topic: draft.bundle.topic,
        bundle: JSON.stringify(draft.bundle),
        created_by: draft.createdBy,
        created_at: draft.createdAt,
      });
    },
    async getBankDraft(draftId) {
      const row = getDraft.get(draftId);
      return row === undefined ? null : toBankDraft(row);
    },
    async deleteBankDraft(draftId) {
      return deleteDraft.run(draftId).changes > 0;
    },
    async publishBankDraft(draftId, publishedBy, publishedAt) {
      return publish.immediate(draftId, publishedBy, publishedAt);
    },
    async listBankTopics(guildId) {
      return listTopics.all(scopeOf(guildId)).map(toBankTopic);
    },
    async deleteBankTopic(guildId, topic) {
      return removeTopic.immediate(scopeOf(guildId), topic);
    },
    async fileAppeal(appeal) {
      return insertAppeal.run(toAppealRow(appeal)).changes > 0;
    },
    async getAppeal(appealId) {
      const row = getAppeal.get(appealId);
      return row === undefined ? null : toAppeal(row);
    },
    async listAppeals(guildId, status) {
      return listAppeals.all(scopeOf(guildId), status ?? null, status ?? null).map(toAppeal);
    },
    decideAppeal,
    async listBankAliases(guildId) {
      return listAliases.all(scopeOf(guildId)).map(toBankAlias);
    },
    async getBankReviewerRole(guildId) {
      return getReviewerRole.get(guildId)?.role_id ?? null;
    },
    async setBankReviewerRole(guildId, roleId, setBy, setAt) {
      if (roleId === null) clearReviewerRole.run(guildId);
      else upsertReviewerRole.run(guildId, roleId, setBy, setAt);
    },
    async bankVersion(guildId) {
      return getVersion.get(scopeOf(guildId))?.version ?? 0;
    },
  };
}

const BUMP_VERSION = `
  INSERT INTO bank_versions (guild_id, version) VALUES (?, 1)
  ON CONFLICT (guild_id) DO UPDATE SET version = bank_versions.version + 1`;

type BankDraftRowWritten = Omit<BankDraftRow, 'bundle'> & { bundle: string };
type BankTopicRowWritten = Omit<BankTopicRow, 'bundle'> & { bundle: string };
