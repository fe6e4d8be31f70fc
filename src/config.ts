import { z } from 'zod';
import { err, ok, type Result } from './core/result.ts';

const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const KNOWN_SCHEME = /^(postgres|postgresql|sqlite|file):\/\//i;

/** Settings every entry point reads; Discord and scale-out settings extend this schema. */
export const baseConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => !OTHER_SCHEME.test(url) || KNOWN_SCHEME.test(url), 'use sqlite:PATH, a file path or postgres://…')
    .optional(),
  /** PostgreSQL only: connections each process may open; their sum must stay below the server's max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().trim().min(1).default('data'),
  BANK_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/**
 * Validates the environment once at start-up and lists every problem at once. Values are never echoed
 * back: a mistyped secret must not end up in a log.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Result<z.infer<S>, 'invalid_config'> {
  const parsed = schema.safeParse(withoutEmptyValues(env));
  if (parsed.success) return ok(parsed.data);
  const lines = parsed.error.issues.map(formatIssue);
  return err('invalid_config', `Configuration problems:\n${lines.join('\n')}`);
}

/** "- NAME: message", or just "- message" when the message already starts with the variable's name. */
function formatIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(environment)';
  return issue.message.startsWith(name) ? `- ${issue.message}` : `- ${name}: ${issue.message}`;
}

/** `FOO=` in a .env file means "not set", as it does for most tools. */
function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
}
