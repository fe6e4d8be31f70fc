import { z } from 'zod';
import { err, ok, type Result } from './core/result.ts';
import { databaseUrlProblem } from './store/database-url-problem.ts';


/** Settings every entry point reads; Discord and scale-out settings extend this schema. */
export const baseConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .superRefine((url, ctx) => {
      const problem = databaseUrlProblem(url);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** PostgreSQL only: connections each process may open; their sum must stay below the server's max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().trim().min(1).default('data'),
  BANK_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** Voice answers and spoken questions (src/speech); every setting is optional. */
export const speechSettings = z.object({
  /** Unset: pocketsphinx when it is installed, otherwise off. */
  SPEECH_PROVIDER: z.enum(['pocketsphinx', 'command', 'http', 'off']).optional(),
  /** A shell command that prints the transcript; {file} is replaced by the audio's path, else audio comes on stdin. */
  SPEECH_COMMAND: z.string().trim().min(1).optional(),
  /** An OpenAI-compatible transcription endpoint, e.g. http://127.0.0.1:8080/v1/audio/transcriptions */
  SPEECH_HTTP_URL: z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
  SPEECH_HTTP_KEY: z.string().trim().min(1).optional(),
  SPEECH_HTTP_MODEL: z.string().trim().min(1).default('whisper-1'),
  SPEECH_MODEL_DIR: z.string().trim().min(1).default('/usr/share/pocketsphinx/model/en-us'),
  SPEECH_CONCURRENCY: positiveInt(2, 16),
  SPEECH_TIMEOUT_SECONDS: positiveInt(120, 3600),
  VOICE_MAX_SECONDS: positiveInt(180, 3600),
  TTS_VOICE: z.enum(['auto', 'espeak', 'flite', 'festival', 'off']).default('auto'),
});

export type SpeechSettings = z.infer<typeof speechSettings>;

/** The rules that join two speech settings; run even when other settings have problems, so all are listed. */
export function withSpeechRules<S extends z.ZodType<SpeechSettings>>(schema: S): S {
  const when = () => true;
  return schema
    .refine((c) => c?.SPEECH_PROVIDER !== 'command' || c.SPEECH_COMMAND !== undefined,
      { path: ['SPEECH_COMMAND'], message: 'SPEECH_COMMAND is required when SPEECH_PROVIDER=command', when })
    .refine((c) => c?.SPEECH_PROVIDER !== 'http' || c.SPEECH_HTTP_URL !== undefined,
      { path: ['SPEECH_HTTP_URL'], message: 'SPEECH_HTTP_URL is required when SPEECH_PROVIDER=http', when });
}

/** Settings for the commands that hear or speak (grade --audio, say). */
export const speechConfigSchema = withSpeechRules(baseConfigSchema.extend(speechSettings.shape));

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
