import type { Delivery } from '../../../interviewer/group-messenger.ts';

export type { Delivery };
import type { MessageData } from '../interactions/bot-response.ts';

export interface SendOptions {
  /** The one role this message may ping (a channel's daily question); nothing else ever pings. */
  pingRoleId?: string | null;
  /** With `enforce_nonce`, a retried send (timeout, crash of the HTTP call) posts once. */
  nonce?: string;
  /** Once aborted, the message is not sent if it has not been handed to Discord yet (the delivery says `unsent`). */
  stop?: AbortSignal;
}

/** Messages the bot sends on its own (round questions and results, daily questions, nudges). */
export interface Messenger {
  post(channelId: string, message: MessageData, options?: SendOptions): Promise<Delivery>;
  /** A direct message; the DM channel is opened (and remembered) as needed. */
  dm(userId: string, message: MessageData, options?: SendOptions): Promise<Delivery>;
  /** Resolves false when the edit failed (the message was deleted, say); never throws. */
  edit(channelId: string, messageId: string, message: MessageData): Promise<boolean>;
  /** A public thread on a message; its id, or null when it could not be opened. */
  startThread(channelId: string, messageId: string, name: string): Promise<string | null>;
}
