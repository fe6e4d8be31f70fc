import type { Claim } from '../bank/schema.ts';

/** Words that relate a thing to another in one direction ("Seaborn is built on Matplotlib"). */
const RELATIONS = [
  'built on top of',
  'built on',
  'based on',
  'on top of',
  'wrapper around',
  'extends',
  'complements',
  'powers',
];
/** A named thing: a capitalised word or two ("Linux CLI", "NumPy"), or a short command ("cd", "mkdir"). */
const NAME = /^(?:[A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*)?|[a-z]{1,5})$/;

/**
 * Claims an author may keep for a key point that relates things: "X is built on Y" (a relation), or
 * "X for Y" / "X to Y" (a pairing), when X looks like the name of a thing. None for other points.
 */
export function proposeClaims(text: string): Claim[] {
  const trimmed = text.trim().replace(/[.;]+$/, '');
  for (const relation of RELATIONS) {
    const match = new RegExp(`^(.+?) (?:is |are )?${relation} (.+)$`).exec(trimmed);
    if (match !== null && NAME.test(match[1]!) && NAME.test(match[2]!)) {
      return [{ subject: [match[1]!], relation: [relation], object: [match[2]!] }];
    }
  }
  const pairing = /^(.+?) (?:for|to) (.+)$/.exec(trimmed);
  if (pairing !== null && NAME.test(pairing[1]!)) return [{ subject: [pairing[1]!], object: [pairing[2]!] }];
  return [];
}
