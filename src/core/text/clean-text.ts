/*
 * Text a person typed, made safe to store, grade and show: what no keyboard produces on purpose is taken out
 * before anything else sees it.
 */

/** C0 and C1 control characters except tab, newline and carriage return; PostgreSQL text refuses NUL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidirectional embeddings, overrides, isolates and marks: they reorder the text around them when shown. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Half of a UTF-16 surrogate pair without its other half: no character, and invalid UTF-8 once stored. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without control characters and bidirectional controls, lone surrogates replaced by U+FFFD. */
export function cleanUserText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').replace(BIDI, '');
}
