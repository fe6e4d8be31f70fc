import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { LIMITS } from '../interactions/limits.ts';

let zones: string[] | undefined;

/** Every IANA zone this runtime knows, plus UTC (which `Intl.supportedValuesOf` leaves out). */
function allZones(): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zones;
}

/**
 * Zone suggestions for what was typed ("berlin", "new york", "Europe/"): zones whose city starts with it
 * first, then zones whose name contains it; at most 25.
 */
export function zoneChoices(typed: string): APIApplicationCommandOptionChoice<string>[] {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const city = (zone: string): string => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  const all = allZones();
  const first = all.filter((z) => z.toLowerCase().startsWith(needle) || city(z).startsWith(needle));
  const then = all.filter((z) => !first.includes(z) && z.toLowerCase().includes(needle));
  return [...first, ...then].slice(0, LIMITS.choices).map((z) => ({ name: z, value: z }));
}
