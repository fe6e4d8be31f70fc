/**
 * Words that carry no content of their own; they never count as key-point terms. "once" is not one of them:
 * "executes at least once", "initialized only once" say how often, which is often the point.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between
  both by could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself of off on only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves
  then there these they this those through to too under until up very was we were what when where which while
  who whom why will with would you your yours yourself yourselves also can may might must shall etc eg ie
  via per within across upon around onto toward towards one ones something anything everything thing things
  really basically actually usually typically generally mostly often lot lots kind sort way ways like
  well just even still much many several various let lets i'm it's that's there's we're they're you're i've
  we've they've i'd we'd it'll we'll you'll`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Frequent in any answer on this subject, so they say little on their own: they count for less. "main" is not
 * one of them: in "the main function" or "main memory" it names the thing; in a question's "the main
 * advantage" it is already discounted as a question word.
 */
export const LOW_WEIGHT_WORDS: ReadonlySet<string> = new Set(
  `use used uses using make makes made help helps need needs needed work works working good better best
  get gets got important key common new different allow allows provide provides data every
  time times keep keeps thing stuff`
    .split(/\s+/)
    .filter(Boolean),
);
