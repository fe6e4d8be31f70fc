/** Words that deny what follows them in the same clause ("we never use SQL"). */
const NEGATION_CUES: ReadonlySet<string> = new Set(
  `not no never none nothing nobody nowhere neither nor without cannot lack lacks lacking lacked
  dont don't doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't werent weren't cant can't
  couldnt couldn't wont won't wouldnt wouldn't shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't
  aint ain't`.split(/\s+/).filter(Boolean),
);

/** "not only X but also Y" and "no matter" affirm rather than deny. */
const CUE_CANCELLERS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'matter', 'doubt', 'longer']);
const CUE_CANCELLER_EXCEPT_LONGER: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'matter', 'doubt']);

/** Words after which a new clause starts, ending a negation's reach. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set(
  ['but', 'however', 'whereas', 'although', 'though', 'while', 'instead', 'except', 'yet', 'rather'],
);

export const NEGATION_SCOPE_TOKENS = 6;

export function isNegationCue(word: string, nextWord: string | undefined): boolean {
  if (!NEGATION_CUES.has(word)) return false;
  if (nextWord === undefined) return true;
  // "no longer" denies; "not only" / "no matter" do not.
  return word === 'no' ? !CUE_CANCELLER_EXCEPT_LONGER.has(nextWord) : !CUE_CANCELLERS.has(nextWord);
}
