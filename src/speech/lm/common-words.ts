import { STOPWORDS } from '../../core/text/stopwords.ts';

/**
 * Frequent spoken English beyond the bank's wording, so an answer phrased in the speaker's own words
 * still has somewhere to go: the bank model backs off to these.
 */
const SPOKEN = `yes no not never okay ok so um uh yeah right sure think know mean say said saying tell told
  want wanted go going goes gone went come comes came see seen saw look looking find found give gave take took
  taken put keep kept try tried start started end ended run runs ran call called first second third last next
  before after then now today time times year years day days part parts case cases example examples point points
  number numbers people person team teams company companies project projects problem problems question questions
  answer answers reason reasons idea ideas fact place set sets level levels result results change changes
  system systems process processes step steps order value values type types group groups list lists file files
  line lines word words name names job jobs model models code tool tools test tests user users server servers
  computer machine machines learning library libraries language languages program programs function functions
  big small large little high low long short old new easy hard fast slow simple complex different same whole
  able own real true false clear important main good great bad best better worse right wrong free open close
  closed sure certain possible likely probably maybe perhaps especially exactly almost always sometimes
  because since although though however therefore instead rather whether either neither both each every
  another other others anyone someone everyone nothing none something anything everything here there where
  add added build built create created write written read reading store stored save saved load loaded send
  sent move moved change changed show shows shown explain understand understanding learn learned train
  trained training work working works worked help helps helped need needs needed know knows knew get gets got
  make makes making made do does did done have has had be is are was were been being can could will would
  should might must shall may let lets use used using uses also just only even still already again ever
  first then finally usually often mostly really very quite pretty much more most less least lot lots bit
  thing things way ways kind sort stuff one two three four five six seven eight nine ten hundred thousand
  percent half quick quickly well actually basically generally typically`;

export const COMMON_WORDS: readonly string[] = [...new Set([...STOPWORDS, ...SPOKEN.split(/\s+/).filter(Boolean)])]
  .map((w) => w.replace(/[^a-z0-9']/g, ''))
  .filter((w) => w !== '')
  .sort();
