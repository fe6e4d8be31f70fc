/**
 * Words that deny what follows them in the same clause ("we never use SQL"), and a little of what comes before
 * ("the base case is never reached"); the weak-negation adverbs too ("you rarely need SSH", "hardly ever").
 */
const NEGATION_CUES: ReadonlySet<string> = new Set(
  `not no never none nothing nobody nowhere neither nor without cannot lack lacks lacking lacked
  dont don't doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't werent weren't cant can't
  couldnt couldn't wont won't wouldnt wouldn't shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't
  aint ain't omit omits omitted omitting absent missing rarely seldom hardly barely scarcely`
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

/**
 * Words that deny the value or the need of what they are said of: "checking the logs is pointless", "schemas are
 * overrated", "Git is optional here", "a waste of time". Said of a subject through a copula they deny that whole
 * subject (`DISMISSAL_BACK_SCOPE_TOKENS`) and what follows ("it's pointless to check the logs"); before a noun
 * ("needless work") only the next words. "Optional" denies only through a copula ("optional arguments" is no
 * dismissal), "waste" only before "of".
 */
const DISMISSALS: ReadonlySet<string> = new Set(
  `pointless useless worthless unnecessary unneeded needless irrelevant overrated overkill obsolete outdated myth
  optional waste`
    .split(/\s+/)
    .filter(Boolean),
);
const PREDICATIVE_ONLY: ReadonlySet<string> = new Set(['optional']);

/** A dismissal reaches back over its whole subject, not just the few words a plain denial reaches. */
export const DISMISSAL_BACK_SCOPE_TOKENS = 12;
/** Before a noun ("needless clutter") a dismissal denies the noun it qualifies, not the rest of the clause. */
export const ATTRIBUTIVE_DISMISSAL_SCOPE_TOKENS = 2;

/** Verbs that say what their subject is: a dismissal after one is said of that subject. */
const COPULAS: ReadonlySet<string> = new Set(
  `is are was were be been being am it's that's they're 's seem seems seemed become becomes became feel feels
  sounds looks`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that may stand between a copula and a dismissal ("is mostly useless", "is pretty much a waste"). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(
  `a an the pretty much mostly completely totally entirely largely basically really just quite kind kinda sort
  of fairly rather so very often usually always generally honestly now simply utterly probably frankly a bit
  somewhat increasingly already considered`
    .split(/\s+/)
    .filter(Boolean),
);

export function isDismissal(word: string): boolean {
  return DISMISSALS.has(word);
}

/** A dismissal word at `i` that dismisses in its place: "waste" only as "a waste of". */
function isDismissalAt(words: readonly string[], i: number): boolean {
  return DISMISSALS.has(words[i]!) && (words[i] !== 'waste' || words[i + 1] === 'of');
}

/**
 * How a dismissal at `i` denies: 'predicative' after a copula (the subject and what follows), 'attributive'
 * before a noun (the next words), or null when it denies nothing here: "waste" not before "of", "optional"
 * not after a copula, or a denied dismissal ("it is not pointless", "never a waste of time"), which affirms.
 */
export function dismissalAt(words: readonly string[], i: number): 'predicative' | 'attributive' | null {
  const word = words[i]!;
  if (!isDismissalAt(words, i)) return null;
  let k = i - 1;
  while (k >= 0 && DEGREE_WORDS.has(words[k]!)) k -= 1;
  if (k >= 0 && NEGATION_CUES.has(words[k]!)) return null;
  if (k < 0 || !COPULAS.has(words[k]!)) return PREDICATIVE_ONLY.has(word) ? null : 'attributive';
  // "is not pointless", "isn't a waste": the copula's own denial.
  let j = k - 1;
  while (j >= 0 && DEGREE_WORDS.has(words[j]!)) j -= 1;
  if (j >= 0 && NEGATION_CUES.has(words[j]!) && j >= k - 2) return null;
  return 'predicative';
}

/** A denial of a dismissal ("not pointless", "isn't a waste of time") affirms: the denying word denies nothing. */
export function deniesADismissal(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 5); k += 1) {
    const word = words[k]!;
    if (DISMISSALS.has(word)) return isDismissalAt(words, k);
    if (!DEGREE_WORDS.has(word) && !COPULAS.has(word)) return false;
  }
  return false;
}
