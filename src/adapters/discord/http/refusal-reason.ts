/** Interaction types this endpoint answers: ping, command, component, autocomplete, modal. */
const KNOWN_TYPES = new Set([1, 2, 3, 4, 5]);
const BUTTON = 2;

/**
 * Why a signed body is refused, for the 400's `error` (Discord's dashboard shows it): only numbers from the
 * body are repeated, never its text.
 */
export function unsupportedReason(body: unknown): string {
  const { type, data } = (typeof body === 'object' && body !== null ? body : {}) as { type?: unknown; data?: unknown };
  if (!Number.isInteger(type)) return 'not an interaction: no integer "type"';
  if (!KNOWN_TYPES.has(type as number)) return `unsupported interaction type ${type as number}`;
  const componentType = (typeof data === 'object' && data !== null ? data : {}) as { component_type?: unknown };
  if (type === 3 && Number.isInteger(componentType.component_type) && componentType.component_type !== BUTTON) {
    return `unsupported component type ${componentType.component_type as number} (this bot only uses buttons)`;
  }
  return `not a type ${type as number} interaction this bot can read (a field is missing, too long or of the wrong kind)`;
}
