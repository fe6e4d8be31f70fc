import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { messageWithDetail } from '../interviewer/messages.ts';
import { baseConfigSchema } from '../config.ts';
import {
  acceptAppeal,
  fileAppeal,
  listAcceptedAliases,
  listPendingAppeals,
  rejectAppeal,
  type BankDeps,
} from '../interviewer/banks/index.ts';
import { openApp, UserFacingError, type App } from './open-app.ts';
import { localUserId, safeUserName } from './practice.ts';

const name = z.string().trim().min(1).max(64);
const appealsSchema = z
  .object({
    accept: z.string().trim().min(1).optional(),
    reject: z.string().trim().min(1).optional(),
    by: name.optional(),
  })
  .refine((o) => o.accept === undefined || o.reject === undefined, 'give --accept or --reject, not both');
const appealSchema = z.object({
  user: name,
  'key-point': z.string().trim().min(1),
  words: z.string().trim().min(1),
  attempt: z.string().trim().min(1).optional(),
});

/** `bank appeals` (review the terminal's appeals) and `bank appeal` (file one on your last answer). */
export async function bankAppealsMain(sub: 'appeals' | 'appeal', args: string[]): Promise<number> {
  const app = await openApp(baseConfigSchema);
  try {
    const { bank: builtIn, store, interviewer } = app;
    const deps: BankDeps = {
      builtIn,
      store,
      clock: () => new Date(),
      newId: randomUUID,
      opposites: interviewer.opposites,
    };
    return sub === 'appeal' ? await fileLocalAppeal(app, deps, args) : await reviewAppeals(deps, args);
  } finally {
    await app.close();
  }
}

async function reviewAppeals(deps: BankDeps, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { accept: { type: 'string' }, reject: { type: 'string' }, by: { type: 'string' } },
  });
  const options = parse(appealsSchema, values);
  const moderator = { userId: localUserId(options.by ?? safeUserName()), guildId: null };
  if (options.accept !== undefined) {
    const accepted = await acceptAppeal(deps, moderator, options.accept);
    if (!accepted.ok) return fail(messageWithDetail(accepted.error, accepted.detail));
    const { alias, previousScore, score } = accepted.value;
    process.stdout.write(
      `Accepted: “${alias.alias}” now makes key point ${alias.keyPointId} of ${alias.questionId} (accepted by ${alias.acceptedBy}).\nThe answer was graded again: ${previousScore} → ${score}.\n`,
    );
    return 0;
  }
  if (options.reject !== undefined) {
    const rejected = await rejectAppeal(deps, moderator, options.reject);
    if (!rejected.ok) return fail(messageWithDetail(rejected.error, rejected.detail));
    process.stdout.write(`Rejected appeal ${rejected.value.id} (by ${rejected.value.decidedBy}).\n`);
    return 0;
  }
  const pending = await listPendingAppeals(deps, null);
  const lines = pending.map(
    ({ appeal, prompt, keyPointText }) =>
      `${appeal.id}  ${appeal.userId} on “${prompt}”\n    key point: ${keyPointText}\n    their words: “${appeal.words}”`,
  );
  const aliases = await listAcceptedAliases(deps, null);
  const accepted = aliases.map(
    (a) => `    “${a.alias}” → ${a.questionId} / ${a.keyPointId} (accepted by ${a.acceptedBy}, ${a.acceptedAt})`,
  );
  process.stdout.write(
    `${pending.length === 0 ? 'No pending appeals.' : `Pending appeals:\n${lines.join('\n')}`}\n` +
      (accepted.length === 0 ? '' : `Accepted aliases:\n${accepted.join('\n')}\n`),
  );
  return 0;
}

async function fileLocalAppeal(app: App<unknown>, deps: BankDeps, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      user: { type: 'string' },
      'key-point': { type: 'string' },
      words: { type: 'string' },
      attempt: { type: 'string' },
    },
  });
  const options = parse(appealSchema, values);
  const userId = localUserId(options.user);
  const attemptId = options.attempt ?? (await app.store.listAttempts(userId)).at(-1)?.id;
  if (attemptId === undefined) return fail(`${options.user} has no answer to appeal yet.`);
  const filed = await fileAppeal(
    deps,
    { userId, guildId: null },
    { attemptId, keyPointId: options['key-point'], words: options.words },
  );
  if (!filed.ok) return fail(messageWithDetail(filed.error, filed.detail));
  process.stdout.write(
    `Appeal ${filed.value.id} filed: “${filed.value.words}” for key point ${filed.value.keyPointId} of ${filed.value.questionId}.\nReview it with: mock-interviewer bank appeals\n`,
  );
  return 0;
}

function parse<S extends z.ZodType>(schema: S, values: unknown): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(
    parsed.error.issues.map((i) => `${i.path.length > 0 ? `--${i.path.join('.')}: ` : ''}${i.message}`).join('\n'),
  );
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}
