import type { Session } from '../../core/interview/types.ts';
import { columnList, type ColumnTypes, type RowCodec, type WrittenColumns } from './row-codec.ts';

export interface SessionRow<C extends ColumnTypes> {
  id: string;
  user_id: string;
  status: string;
  version: number;
  data: C['json'];
  updated_at: string;
}

/** Column order of every session insert and select. */
export const SESSION_COLUMN_NAMES = ['id', 'user_id', 'status', 'version', 'data', 'updated_at'] as const;
export const SESSION_COLUMNS = columnList(SESSION_COLUMN_NAMES);

/**
 * The sessions mapping for an engine whose columns `codec` reads and writes. The version column is the
 * only source of truth for the version, so `data` leaves it out.
 */
export const sessionRows = <C extends ColumnTypes>(codec: RowCodec<C>) => ({
  toSession: (row: SessionRow<C>): Session => ({
    ...(codec.readJson(row.data) as Omit<Session, 'version'>),
    version: row.version,
  }),
  /** The row of `session` saved as `version`. */
  toSessionRow: (session: Session, version: number): SessionRow<WrittenColumns<C>> => {
    const { version: _ignored, ...data } = session;
    return {
      id: session.id,
      user_id: session.userId,
      status: session.status,
      version,
      data: JSON.stringify(data),
      updated_at: session.updatedAt,
    };
  },
});
