/** Discord's error body: `{ code, message, errors? }` with nested `_errors` leaves for form errors. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: FormErrorTree;
}

export interface FormErrorLeaf {
  code: string;
  message: string;
}

export type FormErrorTree = { _errors?: FormErrorLeaf[] } & {
  [key: string]: FormErrorTree | FormErrorLeaf[] | undefined;
};

/** Thrown by route handlers; the router turns it into a JSON response (and records a violation). */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
    /** Why the fake refused: shown in `fake.violations`. */
    readonly kind: ViolationKind = 'rule',
  ) {
    super(`${status} ${body.code} ${body.message}`);
  }
}

export type ViolationKind = 'rule' | 'limit' | 'schema' | 'auth' | 'unknown-route' | 'not-found';

/** Error codes used by the fake, with Discord's own messages. */
export const ErrorCode = {
  General: 0,
  UnknownChannel: 10003,
  UnknownGuild: 10004,
  UnknownMessage: 10008,
  UnknownUser: 10013,
  UnknownWebhook: 10015,
  UnknownInteraction: 10062,
  Unauthorized: 40001,
  AlreadyAcknowledged: 40060,
  CannotSendToUser: 50007,
  MissingAccess: 50001,
  MissingPermissions: 50013,
  InvalidWebhookToken: 50027,
  InvalidFormBody: 50035,
} as const;

export const unknownInteraction = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownInteraction, message: 'Unknown interaction' }, 'rule');
export const alreadyAcknowledged = () =>
  new DiscordHttpError(
    400,
    { code: ErrorCode.AlreadyAcknowledged, message: 'Interaction has already been acknowledged.' },
    'rule',
  );
export const invalidWebhookToken = () =>
  new DiscordHttpError(401, { code: ErrorCode.InvalidWebhookToken, message: 'Invalid Webhook Token' }, 'rule');
export const unknownWebhook = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownWebhook, message: 'Unknown Webhook' }, 'not-found');
export const unknownMessage = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownMessage, message: 'Unknown Message' }, 'not-found');
export const unknownChannel = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownChannel, message: 'Unknown Channel' }, 'not-found');
export const unknownUser = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownUser, message: 'Unknown User' }, 'not-found');
export const unknownGuild = () =>
  new DiscordHttpError(404, { code: ErrorCode.UnknownGuild, message: 'Unknown Guild' }, 'not-found');
export const unauthorized = () =>
  new DiscordHttpError(401, { code: ErrorCode.General, message: '401: Unauthorized' }, 'auth');
export const missingPermissions = () =>
  new DiscordHttpError(403, { code: ErrorCode.MissingPermissions, message: 'Missing Permissions' }, 'rule');
export const cannotSendToUser = () =>
  new DiscordHttpError(403, { code: ErrorCode.CannotSendToUser, message: 'Cannot send messages to this user' }, 'rule');

/** 400 Invalid Form Body with the field errors in Discord's nested format. */
export const invalidFormBody = (errors: FormErrorTree, kind: ViolationKind = 'limit') =>
  new DiscordHttpError(400, { code: ErrorCode.InvalidFormBody, message: 'Invalid Form Body', errors }, kind);
