import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType } from 'discord-api-types/v10';
import { asArray, charCount, isRecord, type FieldPath, FormErrors } from './form-errors.ts';

/** Modal (callback type 9) data: title 1–45, custom_id 1–100, 1–5 components, text inputs within limits. */
export function checkModalData(data: unknown, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(data)) {
    errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  errors.lengthBetween([...path, 'title'], data.title, 1, 45);
  errors.lengthBetween([...path, 'custom_id'], data.custom_id, 1, 100);
  const components = asArray(data.components);
  errors.lengthBetween([...path, 'components'], components, 1, 5);
  components.forEach((c, i) => {
    if (!isRecord(c)) return;
    const p = [...path, 'components', i];
    if (c.type === ComponentType.ActionRow) {
      const inner = asArray(c.components);
      errors.lengthBetween([...p, 'components'], inner, 1, 1);
      inner.forEach((input, j) => isRecord(input) && checkTextInput(input, errors, [...p, 'components', j], true));
    } else if (c.type === ComponentType.Label) {
      errors.lengthBetween([...p, 'label'], c.label, 1, 45);
      errors.maxLength([...p, 'description'], c.description, 100);
      const inner = c.component;
      if (isRecord(inner) && inner.type === ComponentType.TextInput)
        checkTextInput(inner, errors, [...p, 'component'], false);
    }
  });
}

function checkTextInput(
  input: Record<string, unknown>,
  errors: FormErrors,
  path: FieldPath,
  needsLabel: boolean,
): void {
  errors.lengthBetween([...path, 'custom_id'], input.custom_id, 1, 100);
  if (needsLabel) errors.lengthBetween([...path, 'label'], input.label, 1, 45);
  errors.maxLength([...path, 'value'], input.value, 4000);
  errors.maxLength([...path, 'placeholder'], input.placeholder, 100);
  for (const key of ['min_length', 'max_length'] as const) {
    const n = input[key];
    const min = key === 'min_length' ? 0 : 1;
    if (n !== undefined && (typeof n !== 'number' || n < min || n > 4000)) {
      errors.add([...path, key], 'NUMBER_TYPE_MAX', `int value should be between ${min} and 4000.`);
    }
  }
}

/** Autocomplete result (callback type 8): at most 25 choices, names 1–100, string values ≤ 100. */
export function checkAutocompleteData(data: unknown, errors: FormErrors, path: FieldPath): void {
  const choices = isRecord(data) ? asArray(data.choices) : [];
  if (choices.length > 25) errors.add([...path, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((c, i) => isRecord(c) && checkChoice(c, errors, [...path, 'choices', i]));
}

function checkChoice(choice: Record<string, unknown>, errors: FormErrors, path: FieldPath): void {
  errors.lengthBetween([...path, 'name'], choice.name, 1, 100);
  errors.maxLength([...path, 'value'], choice.value, 100);
}

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Bulk command registration: names, descriptions, option and choice counts, required-before-optional. */
export function checkCommandList(list: unknown, errors: FormErrors): void {
  const commands = asArray(list);
  const chatInput = commands.filter((c) => isRecord(c) && (c.type ?? 1) === ApplicationCommandType.ChatInput);
  if (chatInput.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const seen = new Set<string>();
  commands.forEach((c, i) => {
    if (!isRecord(c)) return;
    const key = `${String(c.type ?? 1)}:${String(c.name)}`;
    if (seen.has(key))
      errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    seen.add(key);
    checkCommand(c, errors, [i]);
  });
}

function checkCommand(command: Record<string, unknown>, errors: FormErrors, path: FieldPath): void {
  const isChatInput = (command.type ?? 1) === ApplicationCommandType.ChatInput;
  checkName(command.name, errors, [...path, 'name'], isChatInput);
  if (isChatInput) errors.lengthBetween([...path, 'description'], command.description, 1, 100);
  checkOptions(command.options, errors, [...path, 'options']);
  if (commandCharCount(command) > 4000) {
    errors.add(path, 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)');
  }
}

function checkName(name: unknown, errors: FormErrors, path: FieldPath, mustBeLowercase: boolean): void {
  const ok = typeof name === 'string' && NAME_PATTERN.test(name) && (!mustBeLowercase || name === name.toLowerCase());
  if (!ok) errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
}

const NESTING_TYPES: readonly unknown[] = [
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
];

function checkOptions(value: unknown, errors: FormErrors, path: FieldPath): void {
  const options = asArray(value);
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  options.forEach((o, i) => {
    if (!isRecord(o)) return;
    const p = [...path, i];
    checkName(o.name, errors, [...p, 'name'], true);
    errors.lengthBetween([...p, 'description'], o.description, 1, 100);
    if (o.required === true && sawOptional) {
      errors.add(
        p,
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (o.required !== true && !NESTING_TYPES.includes(o.type)) sawOptional = true;
    const choices = asArray(o.choices);
    if (choices.length > 25) errors.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    choices.forEach((c, j) => isRecord(c) && checkChoice(c, errors, [...p, 'choices', j]));
    if (o.autocomplete === true && choices.length > 0) {
      errors.add(
        [...p, 'autocomplete'],
        'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES',
        'Autocomplete cannot be set with choices',
      );
    }
    if (NESTING_TYPES.includes(o.type)) checkOptions(o.options, errors, [...p, 'options']);
  });
}

/** Name + description + option names/descriptions + choice names and values, as Discord totals them. */
function commandCharCount(node: Record<string, unknown>): number {
  let total = charCount(node.name) + charCount(node.description);
  for (const o of asArray(node.options)) if (isRecord(o)) total += commandCharCount(o);
  for (const c of asArray(node.choices)) if (isRecord(c)) total += charCount(c.name) + charCount(String(c.value ?? ''));
  return total;
}
