import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { baseConfigSchema } from '../config.ts';
import { openApp, commandOptions } from './open-app.ts';
import { localUserId } from './practice.ts';

const optionsSchema = z.object({
  user: z.string().trim().min(1, 'Give the user: mock-interviewer study-sheet --user NAME [--out FILE]').max(64),
  out: z.string().trim().min(1).optional(),
});

/** `mock-interviewer study-sheet --user NAME [--out FILE]`: Markdown of what to study, to stdout or a file. */
export async function studySheetMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { user: { type: 'string', default: '' }, out: { type: 'string' } },
  });
  const options = commandOptions(optionsSchema, values);
  const app = await openApp(baseConfigSchema);
  try {
    const sheet = await app.learning.studySheet(localUserId(options.user), options.user);
    if (options.out === undefined) {
      process.stdout.write(sheet.markdown);
      return 0;
    }
    await writeFile(options.out, sheet.markdown);
    process.stdout.write(`Wrote ${sheet.items} key point(s), ${sheet.due} due now, to ${options.out}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
