/**
 * The column types that differ between engines. SQLite returns a boolean as 0/1 and a JSON column as
 * text; pg returns booleans and JSON already parsed. Every engine is sent JSON as text (pg would send a
 * JS array as a PostgreSQL array), so only what comes back varies.
 */
export interface ColumnTypes {
  flag: unknown;
  json: unknown;
}

/** Column types of a row as it is written: booleans as the engine takes them, JSON as text. */
export interface WrittenColumns<C extends ColumnTypes> {
  flag: C['flag'];
  json: string;
}

/** The tiny per-engine adapter the shared row mappings take. */
export interface RowCodec<C extends ColumnTypes> {
  readFlag(stored: C['flag']): boolean;
  writeFlag(value: boolean): C['flag'];
  readJson(stored: C['json']): unknown;
}

/** A comma-separated column list for SQL, in the order `names` gives. */
export const columnList = (names: readonly string[]): string => names.join(', ');
