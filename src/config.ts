import { z } from 'zod';
import { err, ok, type Result } from './core/result.ts';
import { databaseUrlProblem } from './core/database-url-problem.ts';

/**
 * Who grades answers: the offline grader (default), or a model behind an OpenAI-compatible chat completions
 * endpoint with the offline grader as its fallback.
 */
export const graderSettings = z.object({
  GRADER: z.enum(['offline', 'llm'], { error: 'GRADER must be offline or llm' }).default('offline'),
  /** e.g. http://127.0.0.1:11434/v1/chat/completions (Ollama); a base ending in /v1 is completed. */
  GRADER_LLM_URL: z
    .url({ protocol: /^https?$/, error: 'GRADER_LLM_URL must be an http:// or https:// URL' })
    .optional(),
  GRADER_LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  GRADER_LLM_KEY: z.string().trim().min(1).optional(),
  GRADER_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  GRADER_LLM_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(1000),
});

/** What a command that only grades reads (`grade`): the grader's settings and how much to log. */
export const graderConfigSchema = graderSettings.extend({
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

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
  ...graderSettings.shape,
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
    .refine((c) => c?.SPEECH_PROVIDER !== 'command' || c.SPEECH_COMMAND !== undefined, {
      path: ['SPEECH_COMMAND'],
      message: 'SPEECH_COMMAND is required when SPEECH_PROVIDER=command',
      when,
    })
    .refine((c) => c?.SPEECH_PROVIDER !== 'http' || c.SPEECH_HTTP_URL !== undefined, {
      path: ['SPEECH_HTTP_URL'],
      message: 'SPEECH_HTTP_URL is required when SPEECH_PROVIDER=http',
      when,
    });
}

/** GRADER=llm needs an endpoint and a model; checked even when other settings have problems, so all are listed. */
export function withGraderRules<S extends z.ZodType>(schema: S): S {
  const when = () => true;
  const isLlm = (c: unknown) => (c as { GRADER?: unknown } | undefined)?.GRADER === 'llm';
  const has = (c: unknown, name: string) => (c as Record<string, unknown> | undefined)?.[name] !== undefined;
  return schema
    .refine((c) => !isLlm(c) || has(c, 'GRADER_LLM_URL'), {
      path: ['GRADER_LLM_URL'],
      message: 'GRADER_LLM_URL is required when GRADER=llm (e.g. http://127.0.0.1:11434/v1/chat/completions)',
      when,
    })
    .refine((c) => !isLlm(c) || has(c, 'GRADER_LLM_MODEL'), {
      path: ['GRADER_LLM_MODEL'],
      message: 'GRADER_LLM_MODEL is required when GRADER=llm (the model name the server knows)',
      when,
    }) as unknown as S;
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
