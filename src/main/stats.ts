import { parseArgs } from 'node:util';
import { createStyle } from '../adapters/terminal/style.ts';
import { renderStats } from '../adapters/terminal/render.ts';
import { baseConfigSchema } from '../config.ts';
import { openApp, UserFacingError } from './open-app.ts';
import { localUserId } from './practice.ts';

/** `mock-interviewer stats --user NAME [--json]` */
export async function statsMain(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { user: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const name = values.user?.trim();
  if (!name) throw new UserFacingError('Give the user: mock-interviewer stats --user NAME');
  const app = await openApp(baseConfigSchema);
  try {
    const stats = await app.interviewer.stats(localUserId(name));
    process.stdout.write(values.json ? `${JSON.stringify({ user: name, ...stats })}\n` : renderStats(name, stats, createStyle(process.stdout.isTTY === true)));
    return 0;
  } finally {
    await app.close();
  }
}
