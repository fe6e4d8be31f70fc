import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { renderProgress } from '../adapters/terminal/render-progress.ts';
import { createStyle } from '../adapters/terminal/style.ts';
import { renderStats } from '../adapters/terminal/render.ts';
import { baseConfigSchema } from '../config.ts';
import { openApp, commandOptions } from './open-app.ts';
import { localUserId } from './practice.ts';

const optionsSchema = z.object({
  user: z.string().trim().min(1, 'Give the user: mock-interviewer stats --user NAME').max(64),
  json: z.boolean().default(false),
  sessions: z.coerce.number().int().min(1).max(50).default(10),
  png: z.string().trim().min(1).optional(),
});

/** `mock-interviewer stats --user NAME [--json] [--sessions N] [--png FILE]` */
export async function statsMain(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      user: { type: 'string', default: '' },
      json: { type: 'boolean' },
      sessions: { type: 'string' },
      png: { type: 'string' },
    },
  });
  const options = commandOptions(optionsSchema, values);
  const { user: name, json, sessions, png } = options;
  const app = await openApp(baseConfigSchema);
  try {
    const userId = localUserId(name);
    const stats = await app.interviewer.stats(userId);
    const report = await app.learning.progress(userId, { sessions });
    if (png !== undefined) {
      const image = await app.learning.progressImage(userId, `Progress of ${name}`, { sessions });
      await writeFile(png, image.png);
    }
    const { review, progress } = report;
    process.stdout.write(
      json
        ? `${JSON.stringify({ user: name, ...stats, review, sessionScores: progress.sessionScores, practiceCalendar: progress.calendar })}\n`
        : renderStats(name, stats, createStyle(process.stdout.isTTY === true)) +
            renderProgress(report, createStyle(process.stdout.isTTY === true)),
    );
    return 0;
  } finally {
    await app.close();
  }
}
