/** Words that deny what follows them in the same clause ("we never use SQL"). */
const NEGATION_CUES: ReadonlySet<string> = new Set(
  `not no never none nothing nobody nowhere neither nor without cannot lack lacks lacking lacked
  dont don't doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't werent weren't cant can't
  couldnt couldn't wont won't wouldnt wouldn't shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't
  aint ain't omit omits omitted omitting absent missing`
    .split(/\s+/)
    .filter(Boolean),
);

/** "not only X but also Y" and "no matter" affirm rather than deny; "schemas don't matter" denies. */
const CUE_CANCELLERS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'doubt', 'longer']);
const CUE_CANCELLER_EXCEPT_LONGER: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'matter', 'doubt']);

/** Words after which a new clause starts, ending a negation's reach. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'whereas',
  'although',
  'though',
  'while',
  'instead',
  'except',
  'yet',
  'rather',
]);

/** How many content words after a cue it denies (function words do not use up the reach). */
export const NEGATION_SCOPE_TOKENS = 4;

/**
 * A denial also reaches back to the subject it denies ("the base case is never reached", "constructors do
 * not have a return type"), a few words at most and never past a word that starts another clause.
 */
export const NEGATION_BACK_SCOPE_TOKENS = 3;
/** Words that start a subordinate clause: a denial reaches neither back nor forward past them. */
export const SUBORDINATE_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'because',
  'so',
  'then',
  'if',
  'when',
  'whenever',
  'since',
  'as',
  'than',
  'unless',
  'until',
]);
/**
 * Words that open a clause of their own after "and" / "or" ("it can't be null and there's only one"): the
 * denial does not reach into it, where "not schemas and indexes" still denies both.
 */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  `i you we they he she it there this these those that's there's it's they're you're we're`.split(' '),
);
/** Going back, a coordinated clause ("we store it in lakes and never …") also ends the reach. */
export const BACK_SCOPE_STOP_WORDS: ReadonlySet<string> = new Set(['and', 'or', ...SUBORDINATE_WORDS]);

/** True for a word that denies in some contexts (isNegationCue then decides from its neighbours). */
export function mayBeNegationCue(word: string): boolean {
  return NEGATION_CUES.has(word);
}

export function isNegationCue(word: string, nextWord: string | undefined, previousWord?: string): boolean {
  if (!NEGATION_CUES.has(word)) return false;
  // "whether or not it loops": an alternative, not a denial.
  if (word === 'not' && previousWord === 'or') return false;
  if (nextWord === undefined) return true;
  // "no longer" denies; "not only" / "no matter" do not.
  return word === 'no' ? !CUE_CANCELLER_EXCEPT_LONGER.has(nextWord) : !CUE_CANCELLERS.has(nextWord);
}
