import { z } from 'zod';
import type { ChatMessage } from '../../core/grading/judge/judge-prompt.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { AskModel, JudgeFailure } from '../../interviewer/judged-grader.ts';

export interface ChatCompletionsOptions {
  /** The endpoint, e.g. http://127.0.0.1:11434/v1/chat/completions (see chatCompletionsUrl). */
  url: string;
  model: string;
  /** Sent as "Authorization: Bearer …" only when set; never logged or put in an error. */
  key?: string | undefined;
  timeoutMs: number;
  /** The longest reply asked for, in tokens. */
  maxTokens?: number;
}

const replySchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/** Servers that do not know `response_format` say so with a 400 or 422 (llama.cpp's older builds, some proxies). */
const FORMAT_REFUSED = new Set([400, 422]);

/**
 * An OpenAI-compatible chat completions client (Ollama, llama.cpp's server, vLLM, hosted APIs) over fetch.
 * It asks for a JSON reply at temperature 0; a server that refuses `response_format` is asked again once
 * without it and never with it again. No other retries: a failure is the caller's to handle, at once.
 */
export function chatCompletionsClient(options: ChatCompletionsOptions): AskModel {
  let asksForJson = true;
  return async (messages) => {
    const first = await post(options, messages, asksForJson);
    if (first.ok || !asksForJson || first.status === undefined || !FORMAT_REFUSED.has(first.status))
      return first.result;
    asksForJson = false;
    return (await post(options, messages, false)).result;
  };
}

interface Posted {
  ok: boolean;
  status?: number;
  result: Result<string, JudgeFailure>;
}

async function post(options: ChatCompletionsOptions, messages: ChatMessage[], asksForJson: boolean): Promise<Posted> {
  const body = {
    model: options.model,
    messages,
    temperature: 0,
    stream: false,
    max_tokens: options.maxTokens ?? 1024,
    ...(asksForJson ? { response_format: { type: 'json_object' } } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, result: failureOf(error, options.timeoutMs) };
  }
  if (!response.ok) return { ok: false, status: response.status, result: err('http_error', `HTTP ${response.status}`) };
  const parsed = replySchema.safeParse(safeJson(text));
  const content = parsed.success ? parsed.data.choices[0]!.message.content : null;
  if (content === null) return { ok: false, result: err('invalid_reply', 'not a chat completion') };
  return { ok: true, result: ok(content) };
}

/** Why the request failed, in words that never carry the key or the answer. */
function failureOf(error: unknown, timeoutMs: number): Result<never, JudgeFailure> {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return err('timeout', `no reply within ${timeoutMs} ms`);
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code =
    typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : error instanceof Error
          ? error.message
          : 'network error';
  return err('unreachable', code);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The chat completions endpoint for what a person is likely to paste: the full endpoint as it is, a base
 * ending in /v1 (Ollama's and vLLM's documented base) or a bare server address.
 */
export function chatCompletionsUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(base)) return base;
  return /\/v\d+$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}
