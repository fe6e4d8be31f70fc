/** A small logging port; the composition root decides where lines go. */
export interface Logger {
  debug(message: string, detail?: Record<string, unknown>): void;
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

/** Errors as one safe line: name, message and Discord's code when there is one; never the request body. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    error: `${error.name}: ${error.message}`,
    ...(extra.code === undefined ? {} : { code: extra.code }),
    ...(extra.status === undefined ? {} : { status: extra.status }),
    ...(typeof extra.url === 'string' ? { url: extra.url } : {}),
    stack: error.stack
      ?.split('\n')
      .slice(1, 4)
      .map((l) => l.trim())
      .join(' | '),
  };
}
