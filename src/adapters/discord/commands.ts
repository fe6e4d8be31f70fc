import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { bankCommand } from './banks/bank-command.ts';
import { dailyCommand } from './daily/daily-command.ts';
import { practiceChannelCommand } from './group-study/practice-channel-command.ts';
import { roundCommand } from './group-study/round-command.ts';
import type { SlashCommand } from './interactions/slash-command.ts';
import { mockInterviewCommand } from './interview/mock-interview-command.ts';
import { questionCommand } from './interview/question-command.ts';
import { leaderboardCommand } from './users/leaderboard-command.ts';
import { privacyCommand } from './users/privacy-command.ts';
import { statsCommand } from './users/stats-command.ts';
import { reviewCommand } from './learning/review-command.ts';
import { studySheetCommand } from './learning/study-sheet-command.ts';

/** Every slash command of the bot, in the order Discord lists them: the router and `deploy-commands` both read this. */
export const slashCommands: readonly SlashCommand[] = [
  mockInterviewCommand,
  questionCommand,
  statsCommand,
  leaderboardCommand,
  privacyCommand,
  practiceChannelCommand,
  roundCommand,
  dailyCommand,
  reviewCommand,
  studySheetCommand,
  bankCommand,
];

/** The slash commands as plain data: `deploy-commands` registers exactly this list. */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = slashCommands.map(
  (c) => c.definition,
);

const byName = new Map(slashCommands.map((c) => [c.definition.name, c]));

/** The command of that name, or undefined for one this bot no longer has. */
export function slashCommandNamed(name: string): SlashCommand | undefined {
  return byName.get(name);
}
