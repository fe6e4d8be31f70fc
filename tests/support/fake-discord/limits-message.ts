import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { asArray, charCount, isRecord, type FieldPath, FormErrors } from './form-errors.ts';

/** Bots may send 2000 characters of content (the 4000 in Discord's spec is for Nitro users). */
export const MESSAGE_CONTENT_MAX = 2000;

export interface MessageCheckOptions {
  /** True when the body creates a message (empty messages are refused), false for edits. */
  creating: boolean;
  /** Attachments uploaded alongside (multipart files) count as content. */
  fileCount?: number;
}

/** Checks content, embeds and components of a message body the way Discord does; adds to `errors`. */
export function checkMessageBody(
  body: Record<string, unknown>,
  errors: FormErrors,
  path: FieldPath,
  options: MessageCheckOptions,
): void {
  errors.maxLength([...path, 'content'], body.content, MESSAGE_CONTENT_MAX);
  checkEmbeds(body.embeds, errors, [...path, 'embeds']);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if ((flags & MessageFlags.IsComponentsV2) === 0) checkActionRows(body.components, errors, [...path, 'components']);
  if (options.creating && isEmptyMessage(body, options.fileCount ?? 0)) {
    errors.add(path, 'MESSAGE_EMPTY', 'Cannot send an empty message');
  }
}

function isEmptyMessage(body: Record<string, unknown>, fileCount: number): boolean {
  const hasContent = charCount(body.content) > 0;
  const hasOther = ['embeds', 'components', 'attachments', 'sticker_ids'].some((k) => asArray(body[k]).length > 0);
  return !hasContent && !hasOther && !body.poll && fileCount === 0;
}

const EMBED_TOTAL_MAX = 6000;

function checkEmbeds(value: unknown, errors: FormErrors, path: FieldPath): void {
  const embeds = asArray(value);
  if (embeds.length > 10) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isRecord(embed)) return;
    total += checkEmbed(embed, errors, [...path, i]);
  });
  if (total > EMBED_TOTAL_MAX) {
    errors.add(path, 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${EMBED_TOTAL_MAX}`);
  }
}

/** Checks one embed and returns the characters it counts toward the 6000 total. */
function checkEmbed(embed: Record<string, unknown>, errors: FormErrors, path: FieldPath): number {
  const footer = isRecord(embed.footer) ? embed.footer : {};
  const author = isRecord(embed.author) ? embed.author : {};
  errors.maxLength([...path, 'title'], embed.title, 256);
  errors.maxLength([...path, 'description'], embed.description, 4096);
  errors.maxLength([...path, 'footer', 'text'], footer.text, 2048);
  errors.maxLength([...path, 'author', 'name'], author.name, 256);
  let total = charCount(embed.title) + charCount(embed.description) + charCount(footer.text) + charCount(author.name);
  const fields = asArray(embed.fields);
  if (fields.length > 25) errors.add([...path, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  fields.forEach((field, i) => {
    if (!isRecord(field)) return;
    errors.lengthBetween([...path, 'fields', i, 'name'], field.name, 1, 256);
    errors.lengthBetween([...path, 'fields', i, 'value'], field.value, 1, 1024);
    total += charCount(field.name) + charCount(field.value);
  });
  return total;
}

function checkActionRows(value: unknown, errors: FormErrors, path: FieldPath): void {
  const rows = asArray(value);
  if (rows.length > 5) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const seenIds = new Set<string>();
  rows.forEach((row, r) => {
    if (!isRecord(row)) return;
    const rowPath = [...path, r];
    if (row.type !== ComponentType.ActionRow) {
      errors.add([...rowPath, 'type'], 'UNION_TYPE_CHOICES', 'Top-level components must be action rows');
      return;
    }
    const children = asArray(row.components);
    errors.lengthBetween([...rowPath, 'components'], children, 1, 5);
    const hasSelect = children.some((c) => isRecord(c) && c.type !== ComponentType.Button);
    if (hasSelect && children.length > 1) {
      errors.add(
        [...rowPath, 'components'],
        'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        'The specified component exceeds the maximum width',
      );
    }
    children.forEach((c, i) => {
      if (isRecord(c)) checkComponent(c, errors, [...rowPath, 'components', i], seenIds);
    });
  });
}

function checkComponent(c: Record<string, unknown>, errors: FormErrors, path: FieldPath, seenIds: Set<string>): void {
  if (typeof c.custom_id === 'string') {
    errors.lengthBetween([...path, 'custom_id'], c.custom_id, 1, 100);
    if (seenIds.has(c.custom_id)) {
      errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    }
    seenIds.add(c.custom_id);
  }
  if (c.type === ComponentType.Button) {
    errors.maxLength([...path, 'label'], c.label, 80);
    return;
  }
  errors.maxLength([...path, 'placeholder'], c.placeholder, 150);
  if (c.type === ComponentType.StringSelect) {
    const options = asArray(c.options);
    errors.lengthBetween([...path, 'options'], options, 1, 25);
    options.forEach((o, i) => {
      if (!isRecord(o)) return;
      errors.lengthBetween([...path, 'options', i, 'label'], o.label, 1, 100);
      errors.lengthBetween([...path, 'options', i, 'value'], o.value, 1, 100);
      errors.maxLength([...path, 'options', i, 'description'], o.description, 100);
    });
  }
}
