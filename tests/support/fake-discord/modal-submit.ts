import {
  ComponentType,
  InteractionType,
  type APIMessage,
  type APIModalInteractionResponseCallbackData,
  type APIModalSubmitInteraction,
  type APIModalSubmissionComponent,
  type APIUser,
} from 'discord-api-types/v10';
import { asArray, isRecord } from './form-errors.ts';
import { interactionEnvelope, type EnvelopeDeps, type InteractionWhere } from './interaction-envelope.ts';

export interface ModalSubmitRequest extends InteractionWhere {
  user: APIUser;
  customId: string;
  /** Text inputs by custom_id (string selects inside labels take string[]). */
  fields: Record<string, string | string[]>;
  /** The modal the bot showed; its layout is mirrored and its rules (required, lengths) enforced. */
  modal?: APIModalInteractionResponseCallbackData;
  /** The message whose component opened the modal (Discord includes it; enables update/deferUpdate). */
  message?: APIMessage;
}

/** A modal submission (type 5) as Discord's client sends it, refusing what the modal would not allow. */
export function buildModalSubmit(deps: EnvelopeDeps, request: ModalSubmitRequest): APIModalSubmitInteraction {
  const components = request.modal ? mirrorModal(request.modal, request.fields) : rowsFor(request.fields);
  const where = request.message ? { ...request, channelId: request.message.channel_id } : request;
  return {
    ...interactionEnvelope(deps, where),
    type: InteractionType.ModalSubmit,
    ...(request.message ? { message: request.message } : {}),
    data: { custom_id: request.customId, components },
  } satisfies APIModalSubmitInteraction;
}

function rowsFor(fields: Record<string, string | string[]>): APIModalSubmissionComponent[] {
  return Object.entries(fields).map(([custom_id, value], i) => ({
    type: ComponentType.ActionRow,
    id: i * 2 + 1,
    components: [{ type: ComponentType.TextInput, id: i * 2 + 2, custom_id, value: String(value) }],
  }));
}

function mirrorModal(
  modal: APIModalInteractionResponseCallbackData,
  fields: Record<string, string | string[]>,
): APIModalSubmissionComponent[] {
  const known = new Set<string>();
  let nextId = 1;
  const submitted = asArray(modal.components)
    .filter(isRecord)
    .map((top) => {
      const id = typeof top.id === 'number' ? top.id : nextId++;
      if (top.type === ComponentType.ActionRow) {
        const inputs = asArray(top.components)
          .filter(isRecord)
          .map((input) => submitInput(input, fields, known, () => nextId++));
        return { type: ComponentType.ActionRow, id, components: inputs };
      }
      if (top.type === ComponentType.Label && isRecord(top.component)) {
        return { type: ComponentType.Label, id, component: submitInput(top.component, fields, known, () => nextId++) };
      }
      return { type: top.type, id };
    });
  const unknown = Object.keys(fields).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`modal "${modal.custom_id}" has no input(s) ${unknown.join(', ')}`);
  return submitted as APIModalSubmissionComponent[];
}

function submitInput(
  input: Record<string, unknown>,
  fields: Record<string, string | string[]>,
  known: Set<string>,
  newId: () => number,
) {
  const customId = String(input.custom_id);
  known.add(customId);
  const id = typeof input.id === 'number' ? input.id : newId();
  const given = fields[customId];
  if (input.type !== ComponentType.TextInput) {
    return {
      type: input.type,
      id,
      custom_id: customId,
      values: Array.isArray(given) ? given : given === undefined ? [] : [given],
    };
  }
  const value = Array.isArray(given) ? given.join('\n') : (given ?? '');
  checkTextInput(input, customId, value);
  return { type: ComponentType.TextInput, id, custom_id: customId, value };
}

/** What Discord's client enforces before letting a user press Submit. */
function checkTextInput(input: Record<string, unknown>, customId: string, value: string): void {
  const required = input.required !== false;
  const min = typeof input.min_length === 'number' ? input.min_length : 0;
  const max = typeof input.max_length === 'number' ? input.max_length : 4000;
  if (required && value.length === 0) throw new Error(`modal input "${customId}" is required`);
  if (value.length > 0 && (value.length < min || value.length > max)) {
    throw new Error(`modal input "${customId}": length ${value.length} is outside ${min}..${max}`);
  }
}
