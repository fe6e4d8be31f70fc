/** Emoji and pictographs (with their joiners and variation selectors): decoration, never part of a question. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /(\*\*|__|\*|_|~~)(?=\S)([^*_~]*?\S)\1/g;
const CODE = /`([^`]*)`/g;

/** The text a person reads: no markdown emphasis, code ticks, links, HTML tags or emoji; spaces collapsed. */
export function stripMarkup(text: string): string {
  let plain = text
    .replace(LINK, '$1')
    .replace(CODE, '$1')
    .replace(/<[^>]+>/g, '');
  for (let i = 0; i < 3; i += 1) plain = plain.replace(EMPHASIS, '$2');
  return plain
    .replace(/\*\*|__/g, '')
    .replace(EMOJI, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the whole text is emphasised (`**…**` or `__…__`), as a question in a Q&A document often is. */
export function isWhollyBold(text: string): boolean {
  const t = text.trim();
  return /^(\*\*|__)[^]*\1$/.test(t) && t.length > 4 && !t.slice(2, -2).includes(t.slice(0, 2));
}

const QUESTION_PREFIX = /^(?:(?:q|question)\s*\d*\s*[:.)-]|\d+[.)])\s*/i;
const ANSWER_PREFIX = /^(?:a|answer)\s*\d*\s*[:.)-]\s*/i;

/** A question's wording: markup, emoji and a "Q:" / "Q1." / "1." prefix removed. */
export function questionWording(text: string): string {
  return stripMarkup(text).replace(QUESTION_PREFIX, '').trim();
}

const IMPERATIVE = /^(?:explain|describe|compare|define|name|list|walk (?:me )?through|tell me|give)\b/i;

/** True for a line that asks a question: it ends with a question mark, or it asks for something ("Explain …"). */
export function isQuestionText(text: string): boolean {
  const plain = questionWording(text);
  return (plain.endsWith('?') || IMPERATIVE.test(plain)) && plain.length >= 10 && plain.length <= 300;
}

/** True for a line written as a question label ("Q:", "Question 3."), whatever its punctuation. */
export function hasQuestionPrefix(text: string): boolean {
  return /^(?:q|question)\s*\d*\s*[:.)-]/i.test(stripMarkup(text));
}

/** The answer's text without an "A:" / "Answer:" label. */
export function answerWording(text: string): string {
  return stripMarkup(text).replace(ANSWER_PREFIX, '').trim();
}

/** A kebab-case id from text: lowercase ASCII words joined by hyphens, at most `maxWords` of them. */
export function kebab(text: string, maxWords = 6): string {
  const words =
    text
      .normalize('NFKD')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, maxWords).join('-');
}

const HEADING_ARROW = /\s*(?:→|->|=>|⇒)\s*/g;

/**
 * A heading as a question can quote it: one written in capitals ("DESCRIPTIVE STATISTICS") in title case, and
 * an arrow read as words: "Pandas -> Python Data Analysis" names what Pandas stands for, so "Pandas (Python
 * Data Analysis)"; a chain of arrows is a sequence ("Lake, then Warehouse, then Model").
 */
export function readableHeading(heading: string): string {
  const parts = stripMarkup(heading)
    .split(HEADING_ARROW)
    .filter((part) => part !== '');
  const plain = parts.length === 2 ? `${parts[0]} (${parts[1]})` : parts.join(', then ');
  if (!/\p{Ll}/u.test(plain)) return plain.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return plain;
}
