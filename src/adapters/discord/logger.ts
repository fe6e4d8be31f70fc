import { describeError, type Logger } from '../../interviewer/logger.ts';

export { describeError, type Logger };

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

/** JSON lines on stderr, with every line passed through `redact`. */
export function createConsoleLogger(
  level: LogLevel,
  secrets: readonly string[] = [],
  write = (line: string) => void process.stderr.write(line),
): Logger {
  const log = (at: LogLevel) => (message: string, detail?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...detail });
    write(`${redact(line, secrets)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests that want silence (or to collect lines). */
export function createMemoryLogger(
  lines: string[] = [],
  secrets: readonly string[] = [],
): Logger & { lines: string[] } {
  const logger = createConsoleLogger('debug', secrets, (line) => void lines.push(line));
  return Object.assign(logger, { lines });
}
