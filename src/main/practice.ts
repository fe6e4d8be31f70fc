import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createLineReader, type LineReader } from '../adapters/terminal/line-reader.ts';
import { runPractice, type PracticeIo } from '../adapters/terminal/practice-loop.ts';
import { createStyle } from '../adapters/terminal/style.ts';
import { baseConfigSchema } from '../config.ts';
import type { Actor } from '../interviewer/interviewer.ts';
import { openApp, UserFacingError } from './open-app.ts';

const optionsSchema = z.object({
  topic: z.string().trim().min(1).optional(),
  count: z.coerce.number().int().min(1).max(20).default(5),
  difficulty: z.coerce.number().int().min(1).max(3).optional(),
  user: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .default(() => safeUserName()),
  seed: z.coerce.number().int().optional(),
  new: z.boolean().default(false),
});

/** `mock-interviewer practice`: a mock interview in the terminal, saved to the store. */
export async function practiceMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      topic: { type: 'string' },
      count: { type: 'string' },
      difficulty: { type: 'string' },
      user: { type: 'string' },
      seed: { type: 'string' },
      new: { type: 'boolean' },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success)
    throw new UserFacingError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const options = parsed.data;
  const app = await openApp(baseConfigSchema, options.seed);
  const reader = createLineReader(process.stdin);
  try {
    const actor = terminalActor(options.user);
    const session = {
      topic: options.topic ?? null,
      difficulty: (options.difficulty ?? null) as 1 | 2 | 3 | null,
      count: options.count,
    };
    const io = terminalIo(reader);
    process.stdout.write(`Mock interview for ${options.user}. Scores are saved as you go.\n`);
    // Asking for particular questions means a fresh interview; a bare `practice` picks up where it stopped.
    const resume =
      !options.new && values.topic === undefined && values.count === undefined && values.difficulty === undefined;
    return await runPractice(app.interviewer, actor, session, io, resume);
  } finally {
    reader.close();
    await app.close();
  }
}

/** Who answers at this terminal, as the use cases see them. */
export function terminalActor(name: string): Actor {
  return { userId: localUserId(name), displayName: name, guildId: null, source: 'terminal' };
}

/** Standard input and output as a practice loop reads and writes them; coloured and interactive only at a terminal. */
export function terminalIo(reader: LineReader): PracticeIo {
  const isInteractive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  return {
    reader,
    write: (t) => void process.stdout.write(t),
    style: createStyle(process.stdout.isTTY === true),
    isInteractive,
  };
}

/** Terminal users are named, not authenticated; their ids cannot collide with Discord's numeric ones. */
export function localUserId(name: string): string {
  return `local:${name.toLowerCase()}`;
}

/** The login name, for commands whose --user is optional. */
export function safeUserName(): string {
  try {
    return userInfo().username || 'me';
  } catch {
    return 'me';
  }
}
