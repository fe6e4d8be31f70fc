import type { APIMessage, APIUser } from 'discord-api-types/v10';
import { expect } from 'vitest';
import type { FakeDiscord, InteractionHandle } from '../../support/fake-discord/index.ts';
import { answerWith, questionByPrompt } from './e2e-bank.ts';

/** The buttons of a message, in order, as label → custom_id. */
export function buttons(message: APIMessage): { label: string; customId: string }[] {
  const rows = (message.components ?? []) as unknown as { components?: { custom_id?: string; label?: string }[] }[];
  return rows
    .flatMap((row) => row.components ?? [])
    .flatMap((c) =>
      c.custom_id !== undefined && c.label !== undefined ? [{ label: c.label, customId: c.custom_id }] : [],
    );
}

export function buttonId(message: APIMessage, label: string): string {
  const found = buttons(message).find((b) => b.label === label);
  if (!found)
    throw new Error(
      `no button "${label}" on message ${message.id}; has ${
        buttons(message)
          .map((b) => b.label)
          .join(', ') || 'none'
      }`,
    );
  return found.customId;
}

export const embedOf = (message: APIMessage) => message.embeds[0] ?? {};
export const titleOf = (message: APIMessage) => embedOf(message).title ?? '';

/** All the text a person reads in a message: content, titles, descriptions and fields. */
export function textOf(message: APIMessage): string {
  return [
    message.content,
    ...message.embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ]
    .filter(Boolean)
    .join('\n');
}

/** An answer to the question shown that states every key point (or only those listed). */
export function goodAnswer(message: APIMessage, keyPointIds?: readonly string[]): string {
  return answerWith(questionByPrompt(embedOf(message).description ?? '').id, keyPointIds);
}

/** The e2e-bank question a message shows. */
export function questionOf(message: APIMessage) {
  return questionByPrompt(embedOf(message).description ?? '');
}

export async function click(
  fake: FakeDiscord,
  user: APIUser,
  message: APIMessage,
  label: string,
): Promise<InteractionHandle> {
  return fake.clickButton({ user, message, customId: buttonId(message, label) });
}

/** Runs a slash command and returns the bot's reply message. */
export async function slash(
  fake: FakeDiscord,
  user: APIUser,
  name: string,
  options: Record<string, string | number | APIUser> = {},
  where: { channelId?: string; subcommand?: string } = {},
): Promise<APIMessage> {
  const handle = await fake.slash({ user, name, options, ...where });
  return handle.original();
}

/** Answer → modal → submit; returns the message as the bot updated it (the feedback) and the submit handle. */
export async function answer(fake: FakeDiscord, user: APIUser, question: APIMessage, text: string, label = 'Answer') {
  const opened = await click(fake, user, question, label);
  await opened.response();
  expect(opened.modal, `the ${label} button should open a modal`).toBeDefined();
  const submit = await fake.submitModal({ from: opened, fields: { answer: text } });
  await submit.response();
  return { submit, message: await submit.original() };
}

/** The polite sentence an interaction was answered with (an ephemeral reply or follow-up). */
export async function noticeOf(handle: InteractionHandle): Promise<string> {
  const first = await handle.response();
  if (first.type === 4 || first.type === 5) return (await handle.original()).content;
  return (await handle.followUp(0)).content;
}

export function isEphemeral(message: APIMessage): boolean {
  return ((message.flags ?? 0) & 64) === 64;
}

/** Waits until the message (by id) satisfies `ready`, e.g. after a deferred update's edit. */
export function waitForEdit(
  fake: FakeDiscord,
  messageId: string,
  ready: (m: APIMessage) => boolean,
  timeoutMs = 5000,
): Promise<APIMessage> {
  return fake.core.notifier.waitFor(
    () => {
      const message = fake.message(messageId);
      return message !== undefined && ready(message) ? message : undefined;
    },
    timeoutMs,
    () => `message ${messageId} did not reach the expected state within ${timeoutMs} ms`,
  );
}
