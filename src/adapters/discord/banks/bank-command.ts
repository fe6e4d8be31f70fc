import { ApplicationCommandOptionType as Option, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { messageFor, messageWithDetail } from '../../../interviewer/messages.ts';
import {
  appealsToReview,
  exportBank,
  mayChangeBank,
  importDocument,
  removeTopic,
  setReviewerRole,
} from '../../../interviewer/banks/index.ts';
import { isModerator } from '../group-study/moderator.ts';
import { notice, reply, type BotResponse } from '../interactions/bot-response.ts';
import { IN_SERVERS, topicOption } from '../interactions/command-options.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import { escapeMarkdown, LIMITS, truncate } from '../interactions/limits.ts';
import type { SlashCommand, SlashInput } from '../interactions/slash-command.ts';
import { bankDepsOf } from './bank-deps.ts';
import { fetchImportFile } from './import-file.ts';
import { renderImportSummary } from './render-import.ts';
import { renderAppealList } from './render-appeals.ts';
import { mayReview } from './reviewer.ts';

/** Discord's limit of files on one message. */
const MAX_FILES = 10;

const importOptions = z.object({ topic: z.string().trim().min(1).max(100).optional() });
const removeOptions = z.object({ topic: z.string().trim().min(1).max(100) });
const reviewersOptions = z.object({ role: z.string().regex(/^\d{1,25}$/) });

/**
 * `/bank import|export|remove|reviewers`: a server's own bank, kept by its moderators (Manage Server);
 * `/bank appeals`: its appeals, reviewed by moderators and members with the reviewer role.
 */
export const bankCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'bank',
    description: 'This server’s own questions (moderators)',
    ...IN_SERVERS,
    options: [
      {
        type: Option.Subcommand,
        name: 'import',
        description: 'Draft a topic from a document (.md, .txt) or a bank file (.json)',
        options: [
          {
            type: Option.Attachment,
            name: 'file',
            description: 'Markdown, plain text or a bank file from /bank export',
            required: true,
          },
          {
            type: Option.String,
            name: 'topic',
            description: 'Topic name for a document, e.g. sql-interviews',
            max_length: 100,
          },
        ],
      },
      {
        type: Option.Subcommand,
        name: 'export',
        description: 'This server’s topics as files to edit and import again',
      },
      {
        type: Option.Subcommand,
        name: 'remove',
        description: 'Remove one of this server’s topics',
        options: [{ ...topicOption('The topic to remove'), required: true }],
      },
      {
        type: Option.Subcommand,
        name: 'appeals',
        description: 'Review “That’s in my answer” appeals (Manage Server or the reviewer role)',
      },
      {
        type: Option.Subcommand,
        name: 'reviewers',
        description: 'Set the role whose members may review appeals',
        options: [{ type: Option.Role, name: 'role', description: 'The reviewers’ role', required: true }],
      },
    ],
  },
  async handle(ctx, input) {
    const guildId = input.actor.guildId;
    if (guildId === null) return notice(messageFor('bank_needs_server'));
    // Reviewers need not be moderators: only /bank appeals lets them in.
    if (input.subcommand === 'appeals') return showAppeals(ctx, guildId, input);
    if (!mayChangeBank({ canManageServer: isModerator(input) })) return notice(messageFor('bank_needs_manage_server'));
    switch (input.subcommand) {
      case 'import':
        return importFile(ctx, input);
      case 'export':
        return exportFiles(ctx, guildId);
      case 'remove':
        return removeOne(ctx, guildId, input);
      case 'reviewers':
        return setReviewers(ctx, guildId, input);
      default:
        return notice(messageFor('unknown_bank_command'));
    }
  },
};

async function showAppeals(ctx: HandlerContext, guildId: string, input: SlashInput): Promise<BotResponse> {
  if (!(await mayReview(ctx, guildId, input))) return notice(messageFor('bank_needs_reviewer'));
  const deps = bankDepsOf(ctx);
  const { pending, aliases } = await appealsToReview(deps, guildId);
  return reply(renderAppealList(pending, aliases));
}

async function setReviewers(ctx: HandlerContext, guildId: string, input: SlashInput): Promise<BotResponse> {
  const parsed = reviewersOptions.safeParse(input.options);
  if (!parsed.success) return notice(messageFor('unknown_bank_command'));
  const { role } = parsed.data;
  // @everyone shares the server's id, and Discord never lists it among a member's roles.
  if (role === guildId) return notice(messageFor('reviewer_role_everyone'));
  await setReviewerRole(bankDepsOf(ctx), { userId: input.actor.userId, guildId }, role);
  return notice(messageWithDetail('reviewer_role_set', `<@&${role}>`));
}

async function importFile(ctx: HandlerContext, input: SlashInput): Promise<BotResponse> {
  const parsed = importOptions.safeParse(input.options);
  const file = input.attachments?.file;
  if (!parsed.success || file === undefined) return notice(messageFor('no_file_attached'));
  const fetched = await fetchImportFile(file);
  if (!fetched.ok) {
    return notice(
      fetched.error === 'download_failed'
        ? messageFor('bank_download_failed')
        : messageWithDetail(fetched.error, escapeMarkdown(fetched.detail ?? '') || undefined),
    );
  }
  const { topic } = parsed.data;
  const imported = await importDocument(bankDepsOf(ctx), input.actor, {
    fileName: file.name,
    content: fetched.value,
    ...(topic === undefined ? {} : { topic }),
  });
  if (!imported.ok)
    return notice(
      messageWithDetail(imported.error, imported.detail === undefined ? undefined : escapeMarkdown(imported.detail)),
    );
  return reply(renderImportSummary(imported.value));
}

async function exportFiles(ctx: HandlerContext, guildId: string): Promise<BotResponse> {
  const files = await exportBank(bankDepsOf(ctx), guildId);
  if (files.length === 0) return notice(messageFor('nothing_to_export'));
  const attached = files.slice(0, MAX_FILES);
  const names = attached.map((f) => `\`${f.name}\``).join(', ');
  const left =
    files.length > MAX_FILES
      ? ` (the first ${MAX_FILES} of ${files.length} files: a message carries at most ${MAX_FILES})`
      : '';
  return reply({
    content: truncate(
      `This server’s bank: ${names}${left}. Edit a topic’s file and \`/bank import\` it to replace that topic.`,
      LIMITS.content,
    ),
    embeds: [],
    components: [],
    files: attached.map((f) => ({ name: f.name, data: Buffer.from(f.content, 'utf8') })),
  });
}

async function removeOne(ctx: HandlerContext, guildId: string, input: SlashInput): Promise<BotResponse> {
  const parsed = removeOptions.safeParse(input.options);
  if (!parsed.success) return notice(messageFor('unknown_bank_command'));
  const removed = await removeTopic(bankDepsOf(ctx), guildId, parsed.data.topic);
  if (!removed.ok) return notice(messageWithDetail(removed.error, escapeMarkdown(truncate(parsed.data.topic, 100))));
  return notice(`Removed **${escapeMarkdown(parsed.data.topic)}** from this server’s bank.`);
}
