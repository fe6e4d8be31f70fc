import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createLineReader } from '../adapters/terminal/line-reader.ts';
import { runSession } from '../adapters/terminal/practice-loop.ts';
import { nothingDueMessage } from '../interviewer/review/review-messages.ts';
import { messageFor } from '../interviewer/messages.ts';
import { baseConfigSchema } from '../config.ts';
import { openApp, commandOptions } from './open-app.ts';
import { terminalActor, terminalIo } from './practice.ts';

const optionsSchema = z.object({
  user: z.string().trim().min(1, 'Give the user: mock-interviewer review --user NAME').max(64),
  count: z.coerce.number().int().min(1).max(20).default(5),
});

/** `mock-interviewer review --user NAME [--count N]`: an interview of the questions due for review. */
export async function reviewMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { user: { type: 'string', default: '' }, count: { type: 'string' } },
  });
  const options = commandOptions(optionsSchema, values);
  const app = await openApp(baseConfigSchema);
  const reader = createLineReader(process.stdin);
  try {
    const actor = terminalActor(options.user);
    const started = await app.learning.startReview(actor, options.count);
    if (!started.ok) {
      const message =
        started.error === 'nothing_due' ? nothingDueMessage(started.detail, new Date()) : messageFor(started.error);
      process.stdout.write(`${message}\n`);
      return 0;
    }
    const io = terminalIo(reader);
    process.stdout.write(
      `Review for ${options.user}: ${started.value.session.questionIds.length} question(s) due, most overdue first.\n`,
    );
    return await runSession(app.interviewer, actor, started.value, io);
  } finally {
    reader.close();
    await app.close();
  }
}
