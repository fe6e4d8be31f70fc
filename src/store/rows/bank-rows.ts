import type { BankBundle } from '../../core/banks/bundle.ts';
import type { Appeal, AppealStatus, BankAlias, BankDraft, BankTopic } from '../bank-records.ts';

/** Rows of the server-bank tables, shared by both engines; a JSON column arrives as text (SQLite) or parsed (pg). */

/** The terminal's scope (guildId null) is stored as '' so that it is a key like any server's. */
export const scopeOf = (guildId: string | null): string => guildId ?? '';
const guildOf = (scope: string): string | null => (scope === '' ? null : scope);
const readJson = (stored: unknown): unknown => (typeof stored === 'string' ? JSON.parse(stored) : stored);

export interface BankDraftRow {
  id: string;
  guild_id: string;
  topic: string;
  bundle: unknown;
  created_by: string;
  created_at: string;
}
export interface BankTopicRow {
  guild_id: string;
  topic: string;
  bundle: unknown;
  published_by: string;
  published_at: string;
}
export interface AppealRow {
  id: string;
  guild_id: string;
  user_id: string;
  attempt_id: string;
  question_id: string;
  key_point_id: string;
  words: string;
  status: string;
  filed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  regraded_score: number | null;
}
export interface BankAliasRow {
  id: string;
  guild_id: string;
  question_id: string;
  key_point_id: string;
  alias: string;
  accepted_by: string;
  accepted_at: string;
}

export const DRAFT_COLUMNS = 'id, guild_id, topic, bundle, created_by, created_at';
export const TOPIC_COLUMNS = 'guild_id, topic, bundle, published_by, published_at';
export const APPEAL_COLUMN_NAMES = [
  'id',
  'guild_id',
  'user_id',
  'attempt_id',
  'question_id',
  'key_point_id',
  'words',
  'status',
  'filed_at',
  'decided_by',
  'decided_at',
  'regraded_score',
] as const;
export const APPEAL_COLUMNS = APPEAL_COLUMN_NAMES.join(', ');
export const ALIAS_COLUMN_NAMES = [
  'id',
  'guild_id',
  'question_id',
  'key_point_id',
  'alias',
  'accepted_by',
  'accepted_at',
] as const;
export const ALIAS_COLUMNS = ALIAS_COLUMN_NAMES.join(', ');

export const toBankDraft = (row: BankDraftRow): BankDraft => ({
  id: row.id,
  guildId: guildOf(row.guild_id),
  bundle: readJson(row.bundle) as BankBundle,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export const toBankTopic = (row: BankTopicRow): BankTopic => ({
  guildId: guildOf(row.guild_id),
  bundle: readJson(row.bundle) as BankBundle,
  publishedBy: row.published_by,
  publishedAt: row.published_at,
});

export const toAppeal = (row: AppealRow): Appeal => ({
  id: row.id,
  guildId: guildOf(row.guild_id),
  userId: row.user_id,
  attemptId: row.attempt_id,
  questionId: row.question_id,
  keyPointId: row.key_point_id,
  words: row.words,
  status: row.status as AppealStatus,
  filedAt: row.filed_at,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  regradedScore: row.regraded_score,
});

export const toAppealRow = (appeal: Appeal): AppealRow => ({
  id: appeal.id,
  guild_id: scopeOf(appeal.guildId),
  user_id: appeal.userId,
  attempt_id: appeal.attemptId,
  question_id: appeal.questionId,
  key_point_id: appeal.keyPointId,
  words: appeal.words,
  status: appeal.status,
  filed_at: appeal.filedAt,
  decided_by: appeal.decidedBy,
  decided_at: appeal.decidedAt,
  regraded_score: appeal.regradedScore,
});

export const toBankAlias = (row: BankAliasRow): BankAlias => ({
  id: row.id,
  guildId: guildOf(row.guild_id),
  questionId: row.question_id,
  keyPointId: row.key_point_id,
  alias: row.alias,
  acceptedBy: row.accepted_by,
  acceptedAt: row.accepted_at,
});

export const toBankAliasRow = (alias: BankAlias): BankAliasRow => ({
  id: alias.id,
  guild_id: scopeOf(alias.guildId),
  question_id: alias.questionId,
  key_point_id: alias.keyPointId,
  alias: alias.alias,
  accepted_by: alias.acceptedBy,
  accepted_at: alias.acceptedAt,
});
