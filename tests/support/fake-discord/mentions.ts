import { isRecord } from './form-errors.ts';

/** Who a message's content would actually notify, given its `allowed_mentions` (absent = parse all). */
export interface Pings {
  users: string[];
  roles: string[];
  everyone: boolean;
}

const USER_MENTION = /<@!?(\d{15,25})>/g;
const ROLE_MENTION = /<@&(\d{15,25})>/g;
const EVERYONE = /@(everyone|here)\b/;

export function resolvePings(content: unknown, allowedMentions: unknown): Pings {
  const text = typeof content === 'string' ? content : '';
  const allowed = isRecord(allowedMentions) ? allowedMentions : undefined;
  const parse = allowed && Array.isArray(allowed.parse) ? (allowed.parse as unknown[]) : undefined;
  const parses = (kind: string) => allowed === undefined || (parse?.includes(kind) ?? false);
  const listed = (key: 'users' | 'roles') =>
    new Set(allowed && Array.isArray(allowed[key]) ? (allowed[key] as unknown[]).map(String) : []);
  const users = [...new Set([...text.matchAll(USER_MENTION)].map((m) => m[1] ?? ''))];
  const roles = [...new Set([...text.matchAll(ROLE_MENTION)].map((m) => m[1] ?? ''))];
  const allowedUsers = listed('users');
  const allowedRoles = listed('roles');
  return {
    users: users.filter((id) => parses('users') || allowedUsers.has(id)),
    roles: roles.filter((id) => parses('roles') || allowedRoles.has(id)),
    everyone: EVERYONE.test(text) && parses('everyone'),
  };
}

export function pingsAnyone(pings: Pings): boolean {
  return pings.everyone || pings.users.length > 0 || pings.roles.length > 0;
}
