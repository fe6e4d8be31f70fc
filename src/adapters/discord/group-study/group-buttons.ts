import type { ButtonStyle } from 'discord-api-types/v10';
import { encodedButtonRow, type ButtonRow } from '../interactions/bot-response.ts';
import { encodeGroupId, type GroupId } from './group-ids.ts';

export interface GroupButton {
  /** A round or daily id, or an already encoded custom id (the interview's Model answer, say). */
  id: GroupId | string;
  label: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  emoji?: string;
}

/** One row of buttons whose custom ids are round or daily ids (see group-ids.ts). */
export function groupButtonRow(buttons: readonly GroupButton[]): ButtonRow {
  return encodedButtonRow(buttons.map((b) => ({ ...b, id: typeof b.id === 'string' ? b.id : encodeGroupId(b.id) })));
}
