/**
 * Words so general that a lexical database offers them as a broader word for almost anything ("entity",
 * "abstraction", "act") or as a sense of a light verb ("be", "have", "make"): as a form they would state any point.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `entity abstraction abstract physical whole unit group grouping act deed action event attribute relation
  measure quantity matter substance thing object kind sort type form way manner part portion piece someone
  somebody person people individual stuff state condition property quality activity process be have do go
  come give take put set cause change become exist get make let one something artifact artefact`
    .split(/\s+/)
    .filter(Boolean),
);

export const isGenericWord = (word: string): boolean => GENERIC_WORDS.has(word.toLowerCase());
