import { z } from 'zod';
import { err, ok, type Result } from '../../result.ts';
import type { KeyPointStatus } from '../types.ts';

/** One key point as the model judged it; `quotes` are the passages it says state the point. */
export interface Verdict {
  id: string;
  status: KeyPointStatus;
  quotes: string[];
}

const quoteSchema = z.union([z.string(), z.array(z.string()), z.null()]).optional();

const verdictSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  status: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['hit', 'partial', 'miss'])),
  quote: quoteSchema,
  // Some models name the field after the task ("evidence") whatever the instructions say.
  evidence: quoteSchema,
});

const replySchema = z.union([
  z.object({ keyPoints: z.array(verdictSchema).max(100) }).transform((r) => r.keyPoints),
  z.array(verdictSchema).max(100),
]);

const FENCED = /```[a-z]*\s*\n?([\s\S]*?)```/i;
const PASSAGE_SEPARATOR = /\s*(?:\.\.\.|…)\s*/;

/**
 * The model's reply as verdicts, or `invalid_reply`. Tolerates a reply wrapped in a ```json fence and a bare
 * array of verdicts; anything else that is not the asked-for JSON is refused whole.
 */
export function parseJudgeReply(content: string): Result<Verdict[], 'invalid_reply'> {
  const text = (FENCED.exec(content)?.[1] ?? content).trim();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('invalid_reply', 'not JSON');
  }
  const parsed = replySchema.safeParse(data);
  if (!parsed.success) return err('invalid_reply', parsed.error.issues[0]?.message ?? 'unexpected shape');
  return ok(parsed.data.map((v) => ({ id: v.id, status: v.status, quotes: passagesOf(v.quote ?? v.evidence) })));
}

function passagesOf(quote: string | string[] | null | undefined): string[] {
  const all = quote === null || quote === undefined ? [] : Array.isArray(quote) ? quote : [quote];
  return all
    .flatMap((q) => q.split(PASSAGE_SEPARATOR))
    .map((q) => q.trim())
    .filter((q) => q !== '');
}
