/** Expected failures travel as values with a snake_case code; one place (messages) turns codes into words. */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E; detail?: string };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E extends string>(error: E, detail?: string): Result<never, E> =>
  detail === undefined ? { ok: false, error } : { ok: false, error, detail };
