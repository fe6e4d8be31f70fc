import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { cleanUserText } from '../../../core/text/clean-text.ts';

/** Discord's limits for what a bot sends (characters are code points, as Discord counts them). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  choices: 25,
  choiceName: 100,
  customId: 100,
  buttonLabel: 80,
  modalTitle: 45,
  textInput: 4000,
  textInputPlaceholder: 100,
} as const;

const ELLIPSIS = '…';

export function length(text: string): number {
  return [...text].length;
}

/** The text cut to at most `max` code points, ending in "…" when something was cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return (
    chars
      .slice(0, max - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

/**
 * Joins lines with newlines, keeping whole lines while they fit in `max`; when some are left out
 * it ends with a line saying how many (so a long checklist never breaks a limit or a line mid-way).
 */
export function joinLinesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const more = lines.length - i - 1;
    const cost = length(line) + (kept.length > 0 ? 1 : 0);
    const reserve = more > 0 ? 24 : 0;
    if (used + cost + reserve > max) {
      const rest = `${ELLIPSIS} and ${lines.length - i} more`;
      return kept.length === 0 ? truncate(line, max) : `${kept.join('\n')}\n${rest}`;
    }
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}

const MARKDOWN = /[\\`*_>|~[\]]/g;

/**
 * Escapes text a user wrote (or any text shown verbatim) so it cannot break the layout: markdown
 * characters get a backslash, mentions are broken with a zero-width space so they render as text, and
 * control characters, bidirectional overrides and lone surrogates are taken out (see cleanUserText).
 */
export function escapeMarkdown(text: string): string {
  return cleanUserText(text)
    .replace(/\r?\n+/g, ' ')
    .replace(MARKDOWN, (c) => `\\${c}`)
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<@/g, '<@\u200b');
}

function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + length(f.name) + length(f.value), 0);
  return (
    length(embed.title ?? '') +
    length(embed.description ?? '') +
    length(embed.footer?.text ?? '') +
    length(embed.author?.name ?? '') +
    fields
  );
}

/** One embed within every per-part limit (title, description, ≤25 fields of ≤1024, footer). */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const fields: APIEmbedField[] = (embed.fields ?? []).slice(0, LIMITS.embedFields).map((f) => ({
    ...f,
    name: truncate(f.name, LIMITS.fieldName) || '\u200b',
    value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
  }));
  return {
    ...embed,
    ...(embed.title === undefined ? {} : { title: truncate(embed.title, LIMITS.embedTitle) }),
    ...(embed.description === undefined ? {} : { description: truncate(embed.description, LIMITS.embedDescription) }),
    ...(embed.footer === undefined
      ? {}
      : { footer: { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) } }),
    ...(embed.fields === undefined ? {} : { fields }),
  };
}

/**
 * Embeds within Discord's limits: each part fitted, at most 10, and at most 6000 characters in all.
 * Over the total, fields are dropped from the end of the last embed first, then descriptions shortened.
 */
export function fitEmbeds(embeds: readonly APIEmbed[], total: number = LIMITS.embedTotal): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  const size = () => fitted.reduce((sum, e) => sum + embedSize(e), 0);
  for (let i = fitted.length - 1; i >= 0 && size() > total; i--) {
    const embed = fitted[i]!;
    while ((embed.fields?.length ?? 0) > 0 && size() > total) embed.fields = embed.fields!.slice(0, -1);
    const excess = size() - total;
    if (excess > 0 && embed.description !== undefined) {
      embed.description = truncate(embed.description, Math.max(1, length(embed.description) - excess));
    }
  }
  return fitted;
}
