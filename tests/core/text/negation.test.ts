import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.ts';

/** The answer's words, a cue in brackets and a denied word between tildes. */
function marked(text: string): string {
  return tokenize(text)
    .map((t) => (t.isNegationCue ? `[${t.word}]` : t.negated ? `~${t.word}~` : t.word))
    .join(' ');
}

describe('weak denials and dismissals', () => {
  it.each([
    ['you rarely need ssh', '~you~ [rarely] ~need~ ~ssh~'],
    ['ssh is hardly ever needed', '~ssh~ ~is~ [hardly] ~ever~ ~needed~'],
    ['we seldom touch the servers', '~we~ [seldom] ~touch~ ~the~ ~servers~'],
  ])('a weak-negation adverb denies like "never": %s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it('a dismissal after a copula denies its whole subject and what follows', () => {
    expect(marked('checking the resource usage of the job is pointless on a shared box')).toBe(
      '~checking~ ~the~ ~resource~ ~usage~ ~of~ ~the~ ~job~ ~is~ [pointless] ~on~ ~a~ ~shared~ ~box~',
    );
    expect(marked('reading the logs is a waste of time')).toBe('~reading~ ~the~ ~logs~ ~is~ ~a~ [waste] ~of~ ~time~');
  });

  it('stops at the clause and at a word that starts another clause', () => {
    expect(marked('we use git, but notebooks are overrated')).toBe('we use git ~but~ ~notebooks~ ~are~ [overrated]');
    expect(marked('copying files by hand is pointless so use pipelines')).toContain('so use pipelines');
  });

  it('a dismissal denies things joined by "and" in its subject, not a clause of its own before "and"', () => {
    expect(marked('debugging and version control are mostly useless')).toBe(
      '~debugging~ ~and~ ~version~ ~control~ ~are~ ~mostly~ [useless]',
    );
    expect(marked('we query the tables with sql and copying files by hand is pointless')).toBe(
      'we query the tables with sql and ~copying~ ~files~ ~by~ ~hand~ ~is~ [pointless]',
    );
    expect(marked("we use sql and it's pointless to copy files")).toBe(
      "we use sql and ~it's~ [pointless] ~to~ ~copy~ ~files~",
    );
  });

  it('before a noun, a dismissal denies only the next words', () => {
    expect(marked('clean the data by dropping useless columns and rows')).toBe(
      'clean the data by dropping [useless] ~columns~ ~and~ ~rows~',
    );
  });

  it.each([
    'optional arguments are fine',
    'logs and other waste products',
    'it is not pointless to check the logs',
    "checking the logs isn't a waste of time",
    'the logs are never useless',
  ])('no denial: %s', (text) => {
    expect(tokenize(text).some((t) => t.isNegationCue || t.negated)).toBe(false);
  });

  it('"optional" after a copula dismisses', () => {
    expect(marked('git is optional here')).toBe('~git~ ~is~ [optional] ~here~');
  });
});
