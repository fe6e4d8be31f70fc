import { runBankCheck } from './bank-check.ts';
import { gradeMain } from './grade.ts';
import { baseConfigSchema } from '../config.ts';
import { StoreOpenError } from '../store/store-open-error.ts';
import { readEnv, UserFacingError } from './open-app.ts';
import { practiceMain } from './practice.ts';
import { sayMain } from './say.ts';
import { statsMain } from './stats.ts';

type Command = (args: string[]) => Promise<number>;

const USAGE = `Usage: mock-interviewer <command>

  practice [--topic T] [--count N] [--difficulty 1-3] [--user NAME] [--seed N] [--new]
                                  a mock interview in the terminal (answers end with an empty line;
                                  an unfinished one is resumed unless --new)
  grade (--question ID | --rubric FILE) [--answer TEXT | --answer-file FILE | --audio FILE.ogg] [--json] [--batch]
                                  grade one answer (stdin when no answer is given)
  say (--question ID | --text TEXT) [--out FILE.ogg]  the question read aloud (Ogg Opus, as a Discord voice message)
  stats --user NAME [--json] [--sessions N] [--png FILE]
                                  a user's scores, streak, mastery, weakest key points, reviews due,
                                  session scores and practice days (--png: the progress picture)
  review --user NAME [--count N]  an interview of the questions due for review, most overdue first
  study-sheet --user NAME [--out FILE]  Markdown of the key points missed or nearly covered, by section
  bank check [--json] [--root DIR]  validate question-bank/ and rubrics/ (BANK_DIR's when no --root)
  bank ingest FILE.md|FILE.txt [--topic NAME] [--out DIR] [--json]
                                  draft questions and rubrics from a document (--out writes a bank folder)
  bank appeal --user NAME --key-point ID --words TEXT [--attempt ID]
                                  appeal a point your last (or the given) answer made but was not counted for
  bank appeals [--accept ID | --reject ID] [--by NAME]
                                  review the terminal's appeals; accepting adds the words as an alias and re-grades
  rubric draft --question TEXT --reference TEXT [--id ID] [--json]  a rubric drafted from a reference answer
  rubric suggest --question ID [--json] [--wordnet DIR] [--root DIR]
                                  WordNet forms of each key point's words, for the author to review
  deploy-commands                 register the slash commands (in DISCORD_GUILD_ID if set, else globally)
  bot                             run the Discord bot (gateway) until Ctrl+C
  serve-http [--port N]           serve Discord's HTTP interactions at POST /interactions (+ /healthz, /metrics)
`;

const COMMANDS: Record<string, Command> = {
  practice: practiceMain,
  grade: gradeMain,
  say: sayMain,
  stats: statsMain,
  review: async (args) => (await import('./review.ts')).reviewMain(args),
  'study-sheet': async (args) => (await import('./study-sheet.ts')).studySheetMain(args),
  bank: bankMain,
  rubric: async (args) => (await import('./rubric-draft.ts')).rubricMain(args),
  // discord.js loads only for the commands that use it.
  bot: async () => (await import('./bot.ts')).botMain(),
  'deploy-commands': async () => (await import('./deploy-commands.ts')).deployCommandsMain(),
  'serve-http': async (args) => (await import('./serve-http.ts')).serveHttpMain(args),
  help: async () => (process.stdout.write(USAGE), 0),
};

/** Runs one command and returns the exit code: 0 ok, 1 a failed check, 2 a usage or configuration problem. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(name === undefined ? USAGE : `Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (
      error instanceof UserFacingError ||
      error instanceof StoreOpenError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function bankMain(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'ingest') return (await import('./bank-ingest.ts')).bankIngestMain(rest);
  if (sub === 'appeals' || sub === 'appeal') return (await import('./bank-appeals.ts')).bankAppealsMain(sub, rest);
  if (sub !== 'check')
    throw new UserFacingError('Usage: mock-interviewer bank (check|ingest|appeals|appeal) …  (mock-interviewer help)');
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: { json: { type: 'boolean', default: false }, root: { type: 'string' } },
  });
  const root = values.root ?? readEnv(baseConfigSchema).BANK_DIR;
  const result = await runBankCheck({ json: values.json, ...(root === undefined ? {} : { root }) });
  process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  return result.exitCode;
}
