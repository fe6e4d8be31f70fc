/** A small logging port; the composition root decides where lines go. */
export interface Logger {
  debug(message: string, detail?: Record<string, unknown>): void;
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Removes secrets from anything logged: the bot token wherever it appears, and the interaction and
 * webhook tokens that discord.js puts in request paths (they let anyone answer as the bot for 15 min).
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out
    .replace(/(\/interactions\/\d+\/)[^/\s?]+/g, '$1[redacted]')
    .replace(/(\/webhooks\/\d+\/)[^/\s?]+/g, '$1[redacted]')
    .replace(/(Bot\s+)[\w.-]{20,}/g, '$1[redacted]');
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
    stack: error.stack?.split('\n').slice(1, 4).map((l) => l.trim()).join(' | '),
  };
}

/** JSON lines on stderr, with every line passed through `redact`. */
export function createConsoleLogger(level: LogLevel, secrets: readonly string[] = [], write = (line: string) => void process.stderr.write(line)): Logger {
  const log = (at: LogLevel) => (message: string, detail?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...detail });
    write(`${redact(line, secrets)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests that want silence (or to collect lines). */
export function createMemoryLogger(lines: string[] = [], secrets: readonly string[] = []): Logger & { lines: string[] } {
  const logger = createConsoleLogger('debug', secrets, (line) => void lines.push(line));
  return Object.assign(logger, { lines });
}
