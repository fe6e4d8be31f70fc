import type { Claim } from '../bank/schema.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

/** A surface form as the stems of its words, in order (`content`: only its content words, for loose matching). */
interface Form {
  stems: string[];
  content: string[];
  display: string;
}

/** The things claims are about (tools, commands, stores), by the stem each of their forms starts with. */
export interface EntityIndex {
  byFirstStem: Map<string, { form: Form; entity: string }[]>;
  /** Each thing's name as the rubric first writes it, for the feedback. */
  displays: Map<string, string>;
  /** The content stems of each thing's first name, to tell a name ("the feature store") from a common word ("shell"). */
  firstNames: Map<string, string>;
  /** A kind of data named by its adjective after a copula ("the logs are structured"), by that adjective's stem. */
  kindsOfData: Map<string, string>;
}

export interface CompiledClaim {
  subject: string;
  object: string;
  /** The subject and object as the rubric writes them, for the feedback. */
  subjectDisplay: string;
  objectDisplay: string;
  objectForms: Form[];
  relation: Form[];
  inverse: Form[];
  /** What the subject is not: said of it, the claim is contradicted. */
  contrary: Form[];
}

export type ClaimVerdict =
  | { state: 'absent' }
  | { state: 'held'; tokens: number[] }
  /** `defines`: the wrong claim is the statement's definition of a thing, not a word said near it. */
  | { state: 'contradicted'; tokens: number[]; correction: string; defines: boolean }
  /** Said rightly in one statement and what the subject is not in another. */
  | { state: 'mixed'; tokens: number[]; correction: string };

/** Words that join two statements: after one, a new statement starts when a thing is named next. */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'while',
  'whereas',
  'whilst',
  'but',
  'then',
  'plus',
]);
/** Words that stand for the thing a sentence is about ("it is built on Matplotlib"). */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself', 'this', 'that', 'they', 'them']);
const LOOK_AHEAD_FOR_THING = 3;

function formOf(text: string): Form {
  const tokens = tokenize(text);
  // A form's denying word is part of what it says ("rarely used" is not "used").
  const content = tokens.filter((t) => !STOPWORDS.has(t.word)).map((t) => t.stem);
  return {
    stems: tokens.map((t) => t.stem),
    content: content.length > 0 ? content : tokens.map((t) => t.stem),
    display: text,
  };
}

/** Every claim's subject (and a relation's object, also a thing) names an entity: the bank's things. */
export function buildEntityIndex(claims: readonly Claim[]): EntityIndex {
  const byFirstStem = new Map<string, { form: Form; entity: string }[]>();
  const displays = new Map<string, string>();
  const firstNames = new Map<string, string>();
  const kindsOfData = new Map<string, string>();
  const add = (forms: readonly string[]): void => {
    const entity = forms[0]!.toLowerCase();
    if (!displays.has(entity)) displays.set(entity, forms[0]!);
    if (!firstNames.has(entity)) firstNames.set(entity, formOf(forms[0]!).content.join(' '));
    const kind = formOf(forms[0]!).content;
    if (kind.length === 2 && kind[1] === DATA_STEM) kindsOfData.set(kind[0]!, entity);
    for (const text of forms) {
      const form = formOf(text);
      if (form.stems.length === 0) continue;
      const list = byFirstStem.get(form.stems[0]!) ?? [];
      if (!list.some((e) => e.entity === entity && e.form.stems.join(' ') === form.stems.join(' ')))
        list.push({ form, entity });
      byFirstStem.set(form.stems[0]!, list);
    }
  };
  for (const claim of claims) {
    add(claim.subject);
    if (claim.relation !== undefined || claim.inverse !== undefined) add(claim.object);
  }
  return { byFirstStem, displays, firstNames, kindsOfData };
}

export function compileClaim(claim: Claim): CompiledClaim {
  return {
    subject: claim.subject[0]!.toLowerCase(),
    object: claim.object[0]!.toLowerCase(),
    subjectDisplay: claim.subject[0]!,
    objectDisplay: claim.object[0]!,
    objectForms: claim.object.map(formOf),
    relation: (claim.relation ?? []).map(formOf),
    inverse: (claim.inverse ?? []).map(formOf),
    contrary: (claim.contrary ?? []).map(formOf),
  };
}

interface Mention {
  entity: string;
  display: string;
  start: number;
  end: number;
  /** Said by a proper name ("Git", "the feature store"), not by a common word that may name it ("terminal"). */
  byName: boolean;
}
/** A stretch of the answer that states one thing: a clause, cut again where a joining word names a new thing. */
interface Segment {
  start: number;
  end: number;
  mentions: Mention[];
}

/** The answer's statements with the things each names; computed once per answer and entity index. */
export function segmentAnswer(tokens: readonly Token[], entities: EntityIndex): Segment[] {
  const mentions = findMentions(tokens, entities);
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i += 1) {
    const isEnd =
      i === tokens.length || tokens[i]!.clause !== tokens[i - 1]!.clause || startsNewStatement(tokens, i, mentions);
    if (!isEnd) continue;
    segments.push({ start, end: i, mentions: mentions.filter((m) => m.start >= start && m.start < i) });
    start = i;
  }
  return segments;
}

function startsNewStatement(tokens: readonly Token[], i: number, mentions: readonly Mention[]): boolean {
  if (!JOINING_WORDS.has(tokens[i]!.word)) return false;
  return mentions.some(
    (m) => m.start > i && m.start <= i + LOOK_AHEAD_FOR_THING && tokens[m.start]!.clause === tokens[i]!.clause,
  );
}

function findMentions(tokens: readonly Token[], entities: EntityIndex): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    let best: Mention | null = null;
    // "I'd" is no IDE: a function word never starts the name of a thing.
    if (tokens[i]!.isStopword) {
      i += 1;
      continue;
    }
    for (const { form, entity } of entities.byFirstStem.get(tokens[i]!.stem) ?? []) {
      if (startsWith(tokens, i, form.stems) && (best === null || form.stems.length > best.end - best.start)) {
        const byName = /\p{Lu}/u.test(form.display) || entities.firstNames.get(entity) === form.content.join(' ');
        const display = entities.displays.get(entity) ?? entity;
        best = { entity, display, start: i, end: i + form.stems.length, byName };
      }
    }
    best ??= kindOfDataSaid(tokens, i, entities);
    if (best !== null) mentions.push(best);
    i = best === null ? i + 1 : best.end;
  }
  return mentions;
}

/**
 * "The posts and the images are structured": a kind of data said as what something is names it. Only after a
 * copula and at the end of the phrase: "converted into a structured format" names no kind of data.
 */
function kindOfDataSaid(tokens: readonly Token[], i: number, entities: EntityIndex): Mention | null {
  const entity = entities.kindsOfData.get(tokens[i]!.stem);
  if (entity === undefined) return null;
  let before = i - 1;
  while (before >= 0 && HEDGES.has(tokens[before]!.word)) before -= 1;
  if (!COPULAS.has(tokens[before]?.word ?? '') || tokens[before]!.clause !== tokens[i]!.clause) return null;
  const next = tokens[i + 1];
  const endsPhrase =
    next === undefined || next.clause !== tokens[i]!.clause || (next.isStopword && !QUALIFYING_WORDS.has(next.word));
  if (!endsPhrase) return null;
  return { entity, display: entities.displays.get(entity) ?? entity, start: i, end: i + 1, byName: false };
}
const DATA_STEM = 'data';
const HEDGES: ReadonlySet<string> = new Set([
  'all',
  'mostly',
  'usually',
  'generally',
  'considered',
  'fully',
  'completely',
  'also',
  'both',
  'really',
  'basically',
  'already',
  'always',
]);

function startsWith(tokens: readonly Token[], at: number, stems: readonly string[]): boolean {
  return stems.every((stem, k) => tokens[at + k]?.stem === stem);
}

/** Where the segment states this form: its content words all in the segment, from the first of them. */
function findForm(
  tokens: readonly Token[],
  segment: Segment,
  form: Form,
  exclude: readonly Mention[],
): number[] | null {
  const found: number[] = [];
  for (const stem of form.content) {
    let at = -1;
    for (let i = segment.start; i < segment.end && at < 0; i += 1) {
      if (tokens[i]!.stem === stem && !tokens[i]!.negated && !exclude.some((m) => i >= m.start && i < m.end)) at = i;
    }
    if (at < 0) return null;
    found.push(at);
  }
  return found;
}

/**
 * Whether the answer states the claim the right way, the wrong way, or not at all. A pairing claim holds
 * where a segment names the object and the subject, and is contradicted where a segment names the object with
 * other things only, and no segment pairs it with the subject. Paired rightly in one statement and given one of its
 * contrary forms in another ("NumPy provides arrays. NumPy is a plotting library"), it is `mixed`. A relation claim looks at the things either side of
 * the relation's words ("Matplotlib is built on top of it": Matplotlib on the subject's side, so reversed).
 */
export function judgeClaim(
  claim: CompiledClaim,
  tokens: readonly Token[],
  segments: readonly Segment[],
  topic: string | null,
  answerStems: ReadonlySet<string>,
): ClaimVerdict {
  // Most answers say none of a claim's forms: nothing to look for segment by segment.
  const isRelation = claim.relation.length + claim.inverse.length > 0;
  const forms = isRelation ? [...claim.relation, ...claim.inverse] : claim.objectForms;
  const isSaid = (f: Form): boolean => (isRelation ? f.stems : f.content).every((s) => answerStems.has(s));
  const saysContrary = claim.contrary.some((f) => f.content.every((s) => answerStems.has(s)));
  const namesTwoThings = segments.some((s) => s.mentions.length > 1);
  if (!forms.some(isSaid) && !saysContrary && !namesTwoThings) return { state: 'absent' };
  let wrong: ClaimVerdict = { state: 'absent' };
  let held: ClaimVerdict | null = null;
  let saidWrongOfSubject: ClaimVerdict | null = null;
  let lastNamed = topic;
  let previous: { segment: Segment; carried: Carried | null } | null = null;
  for (const segment of segments) {
    const carried = carriedThing(tokens, segment, previous);
    previous = { segment, carried };
    // A list ("SQL databases, CSV files and data warehouses") also opens with a thing: a clause carried from its
    // opener may state the thing's own claim, never pin another thing's object on it.
    const spoken = carried !== null && (carried.relative || carried.entity === claim.subject) ? [carried] : null;
    const verdict =
      claim.relation.length + claim.inverse.length > 0
        ? judgeRelation(claim, tokens, segment, topic, lastNamed)
        : judgePairing(claim, tokens, spoken === null ? segment : { ...segment, mentions: spoken }, topic);
    const spokenOf = saysPronoun(tokens, segment) ? (lastNamed ?? topic) : topic;
    const said = saysContrary && verdict.state !== 'held' ? judgeContrary(claim, tokens, segment, spokenOf) : verdict;
    const contrary = firstWrong(
      said,
      verdict.state === 'held' ? null : () => judgeIdentity(claim, tokens, segment),
      saysContrary && carried !== null ? () => judgeCarriedContrary(claim, tokens, segment, carried) : null,
    );
    if (verdict.state === 'held') held ??= verdict;
    if (verdict.state === 'contradicted' && wrong.state === 'absent') wrong = verdict;
    if (contrary.state === 'contradicted' && wrong.state === 'absent') wrong = contrary;
    if (contrary.state === 'contradicted') saidWrongOfSubject ??= contrary;
    lastNamed = segment.mentions[0]?.entity ?? lastNamed;
  }
  if (held !== null && saidWrongOfSubject?.state === 'contradicted') return { ...saidWrongOfSubject, state: 'mixed' };
  return held ?? wrong;
}

/**
 * A clause that names no thing and says no "it" goes on about a thing of the clause before it, in the same
 * sentence: "the feature store, which holds the raw data" (a relative word: the thing just named), "the data
 * lake gets the cleaned, prepared features" (the thing the clause before opens with).
 */
function carriedThing(
  tokens: readonly Token[],
  segment: Segment,
  previous: { segment: Segment; carried: Carried | null } | null,
): Carried | null {
  if (previous === null || segment.mentions.length > 0 || saysPronoun(tokens, segment)) return null;
  if (tokens[segment.start]!.sentence !== tokens[previous.segment.start]!.sentence) return null;
  const named = previous.segment.mentions;
  if (named.length === 0) return previous.carried;
  if (RELATIVE_WORDS.has(tokens[segment.start]!.word) || isApposition(tokens, segment, named.at(-1)!))
    return { ...named.at(-1)!, relative: true };
  // Only the thing the clause opens with is what it is about: "Examples are SQL databases, CSV files" lists things.
  const opensWith = tokens.slice(previous.segment.start, named[0]!.start).every((t) => t.isStopword);
  return opensWith ? { ...named[0]!, relative: false } : null;
}
/** The first verdict that finds the claim contradicted, judging the later ones only when needed. */
function firstWrong(first: ClaimVerdict, ...then: ((() => ClaimVerdict) | null)[]): ClaimVerdict {
  if (first.state === 'contradicted') return first;
  for (const judge of then) {
    const verdict = judge?.();
    if (verdict?.state === 'contradicted') return verdict;
  }
  return first;
}

/**
 * "SSH, which is a graphical tool", "JupyterHub, a version control system for notebooks": a relative clause or an
 * apposition right after a thing's name defines it.
 */
function judgeCarriedContrary(
  claim: CompiledClaim,
  tokens: readonly Token[],
  segment: Segment,
  carried: Carried,
): ClaimVerdict {
  if (carried.entity !== claim.subject) return { state: 'absent' };
  if (!carried.relative) return { state: 'absent' };
  const apposition = isApposition(tokens, segment, carried);
  for (const form of claim.contrary) {
    const at = findForm(tokens, segment, form, []);
    if (at === null) continue;
    const formStart = Math.min(...at);
    const defines = apposition
      ? formStart - segment.start <= MAX_APPOSITION_GAP
      : isDefinition(tokens, segment.start, formStart);
    if (!defines) continue;
    return {
      state: 'contradicted',
      defines: true,
      tokens: [carried.start, ...at],
      correction: `${claim.subjectDisplay} is not “${form.display}”: it goes with “${claim.objectDisplay}”.`,
    };
  }
  return { state: 'absent' };
}
/** "SSH, a backup tool": the clause opens with an article right after the thing's name. */
function isApposition(tokens: readonly Token[], segment: Segment, thing: Mention): boolean {
  // "an enhanced Python shell, a better REPL": a common word that may name a thing is described, not named.
  return thing.byName && thing.end === segment.start && ARTICLES.has(tokens[segment.start]!.word);
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const MAX_APPOSITION_GAP = 3;

/** `relative`: named by "which"/"where", so surely the clause's thing; otherwise the clause before's opener. */
type Carried = Mention & { relative: boolean };
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'where', 'who', 'whose']);

function judgePairing(
  claim: CompiledClaim,
  tokens: readonly Token[],
  segment: Segment,
  topic: string | null,
): ClaimVerdict {
  for (const form of claim.objectForms) {
    const at = findForm(tokens, segment, form, segment.mentions);
    if (at === null) continue;
    const named = segment.mentions.map((m) => m.entity);
    const own = segment.mentions.find((m) => m.entity === claim.subject);
    if (own !== undefined && !isDefinedByAnother(tokens, segment, own, at))
      return { state: 'held', tokens: [own.start, ...at] };
    if (named.length === 0) {
      if (isAbout(tokens, segment) && topic === claim.subject) return { state: 'held', tokens: at };
      continue;
    }
    const other = segment.mentions[0]!;
    return {
      state: 'contradicted',
      defines: isDefinedBy(tokens, other, at),
      tokens: [other.start, ...at],
      correction: `“${form.display}” goes with ${claim.subjectDisplay}, not ${other.display}.`,
    };
  }
  return { state: 'absent' };
}

/** "NumPy is the one that does optimization", "train the classifier with Pandas": the object is said of the thing. */
function isDefinedBy(tokens: readonly Token[], thing: Mention, at: readonly number[]): boolean {
  const objectStart = Math.min(...at);
  // "SQL queries", "NumPy arrays": the thing's name and the object make one compound.
  if (thing.end <= objectStart) return thing.end === objectStart || isDefinition(tokens, thing.end, objectStart);
  const objectEnd = Math.max(...at) + 1;
  return thing.start > objectEnd - 1 && thing.start - objectEnd <= 2 && TOOL_WORDS.has(tokens[thing.start - 1]!.word);
}
const TOOL_WORDS: ReadonlySet<string> = new Set(['with', 'using', 'via', 'through']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * "Git is for scalable computing in the cloud", "train the classifier with Pandas and draw the chart with
 * scikit-learn": another thing the segment names is defined by the object, and the subject is not.
 */
function isDefinedByAnother(tokens: readonly Token[], segment: Segment, own: Mention, at: readonly number[]): boolean {
  if (isDefinedBy(tokens, own, at)) return false;
  const objectStart = Math.min(...at);
  // "Seaborn is built on Matplotlib and it's for quick plots": the "it" is the statement's first thing.
  const saysItBetween = (m: Mention): boolean => {
    for (let i = m.end; i < objectStart; i += 1) if (isSubjectPronoun(tokens[i]!.word)) return true;
    return false;
  };
  // "Pandas is built on NumPy and gives you DataFrames": a verb after "and" goes on about the statement's first thing.
  const coordinatesBetween = (m: Mention): boolean =>
    tokens.slice(m.end, objectStart).some((t) => COORDINATORS.has(t.word));
  if (own === segment.mentions[0] && (saysItBetween(own) || coordinatesBetween(own))) return false;
  return segment.mentions.some((m) => m.entity !== own.entity && !saysItBetween(m) && isDefinedBy(tokens, m, at));
}

/**
 * The segment says of the subject what it is not: the contrary form follows the subject (named, or the
 * question's thing when the segment names none) within a few words, joined by a copula or "for"/"to"
 * ("ETL is a database", "SSH is for deleting files", "SQL to plot charts"). Said elsewhere in the statement
 * ("ETL pipelines load the data into a database") it is not a definition of the subject.
 */
function judgeContrary(
  claim: CompiledClaim,
  tokens: readonly Token[],
  segment: Segment,
  topic: string | null,
): ClaimVerdict {
  const own = segment.mentions.find((m) => m.entity === claim.subject);
  const from = own?.end ?? (topic === claim.subject ? whereSpokenOf(tokens, segment) : -1);
  if (from < 0 || (own !== undefined && own !== segment.mentions[0] && saysPronounFrom(tokens, from, segment))) {
    return { state: 'absent' };
  }
  // "it is a plotting library of Python": the form said of the pronoun comes before any other thing is named.
  const nextNamed =
    own === undefined ? (segment.mentions.find((m) => m.start >= from)?.start ?? segment.end) : segment.end;
  for (const form of claim.contrary) {
    const at = findForm(tokens, { ...segment, start: from }, form, segment.mentions);
    if (at === null || Math.min(...at) >= nextNamed || !isDefinition(tokens, from, Math.min(...at))) continue;
    return {
      state: 'contradicted',
      defines: true,
      tokens: own === undefined ? at : [own.start, ...at],
      correction: `${claim.subjectDisplay} is not “${form.display}”: it goes with “${claim.objectDisplay}”.`,
    };
  }
  return own === undefined ? { state: 'absent' } : judgePlacedIn(claim, tokens, segment, own);
}

/** "Raw logs go into the feature store": a contrary form said to be kept in the thing, before its name. */
function judgePlacedIn(claim: CompiledClaim, tokens: readonly Token[], segment: Segment, own: Mention): ClaimVerdict {
  for (const form of claim.contrary) {
    const at = findForm(tokens, { ...segment, end: own.start }, form, segment.mentions);
    if (at === null || !isPlacedIn(tokens, Math.max(...at) + 1, own.start)) continue;
    return {
      state: 'contradicted',
      defines: true,
      tokens: [...at, own.start],
      correction: `${claim.subjectDisplay} is not “${form.display}”: it goes with “${claim.objectDisplay}”.`,
    };
  }
  return { state: 'absent' };
}

function isPlacedIn(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(from, to);
  if (gap.length === 0 || gap.length > MAX_DEFINITION_GAP || gap.some((t) => t.negated || t.isNegationCue))
    return false;
  const place = gap.findLastIndex((t) => PLACE_WORDS.has(t.word));
  return (
    place > 0 &&
    gap.slice(place + 1).every((t) => ARTICLES.has(t.word)) &&
    gap.slice(0, place).some((t) => PLACING_VERBS.has(t.stem))
  );
}
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'into', 'inside']);
/** Stems of the verbs that put something in a store ("go into", "land in", "is kept in"). */
const PLACING_VERBS: ReadonlySet<string> = new Set([
  'go',
  'goe',
  'went',
  'land',
  'live',
  'sit',
  'stai',
  'kept',
  'store',
  'dump',
  'put',
  'sent',
  'written',
  'write',
  'load',
  'end',
  'flow',
  'arriv',
]);

/**
 * "Pandas is basically NumPy", "the data lake's just a feature store", "the IDE is the same thing as Git": one thing
 * said to be another of the bank's things is wrong about both. The second must be called by its name and end the
 * phrase ("Seaborn is a Matplotlib wrapper", "JupyterHub is Jupyter for teams" say something else).
 */
function judgeIdentity(claim: CompiledClaim, tokens: readonly Token[], segment: Segment): ClaimVerdict {
  const named = segment.mentions;
  for (let k = 0; k + 1 < named.length; k += 1) {
    const [a, b] = [named[k]!, named[k + 1]!];
    if (a.entity === b.entity || (claim.subject !== a.entity && claim.subject !== b.entity)) continue;
    if (!a.byName || !b.byName || !saysIdentity(tokens, a, b)) continue;
    const [own, other] = claim.subject === a.entity ? [a, b] : [b, a];
    return {
      state: 'contradicted',
      defines: true,
      tokens: [a.start, b.start],
      correction: `${own.display} is not ${other.display}: ${claim.subjectDisplay} goes with “${claim.objectDisplay}”.`,
    };
  }
  return { state: 'absent' };
}

function saysIdentity(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  const between = tokens.slice(a.end, b.start);
  if (between.length > MAX_IDENTITY_GAP || between.some((t) => t.isNegationCue || t.negated)) return false;
  // "SSH is mostly for Git" relates two things; only a copula, articles and hedges make one the other.
  const isLink = (t: Token, k: number): boolean =>
    IDENTITY_WORDS.has(t.word) || (t.word === 'for' && NAME_WORDS.has(between[k - 1]?.word ?? ''));
  if (!between.every(isLink) || !opensClause(tokens, a.start)) return false;
  const linked = between.some((t) => COPULAS.has(t.word)) || CONTRACTED_VERB.test(tokens[a.end - 1]!.word);
  return linked && endsPhrase(tokens, b.end, tokens[b.start]!.clause);
}

/** The second name ends the phrase, or only "under a different name" follows it. */
function endsPhrase(tokens: readonly Token[], at: number, clause: number): boolean {
  const next = tokens[at];
  if (next === undefined || next.clause !== clause) return true;
  if (!next.isStopword) return false;
  if (!QUALIFYING_WORDS.has(next.word)) return true;
  return tokens.slice(at + 1, at + 4).some((t) => NAME_WORDS.has(t.word) && t.clause === clause);
}
/** "the kernel inside a Jupyter notebook is IPython": the first thing must be what its clause is about. */
function opensClause(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && tokens[i]!.clause === tokens[at]!.clause; i -= 1)
    if (!tokens[i]!.isStopword) return false;
  return true;
}
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const MAX_IDENTITY_GAP = 8;
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'word']);
const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  ...COPULAS,
  'a',
  'an',
  'the',
  'as',
  'than',
  'one',
  'also',
  'basically',
  'just',
  'simply',
  'really',
  'actually',
  'essentially',
  'literally',
  'merely',
  'same',
  'thing',
  'another',
  'name',
  'word',
  'kind',
  'type',
  'sort',
  'nothing',
  'more',
  'exactly',
]);
/** After the second name, words that make it part of a longer description ("Jupyter for teams"). */
const QUALIFYING_WORDS: ReadonlySet<string> = new Set([
  'for',
  'with',
  'to',
  'of',
  'on',
  'in',
  'that',
  'which',
  'who',
  'plus',
  'as',
  'at',
  'from',
]);

const DEFINING_WORDS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'has',
  'have',
  'provides',
  'provide',
  'handles',
  'handle',
  'runs',
  'lets',
  'gives',
  'offers',
  'is',
  'are',
  'was',
  'were',
  'means',
  'for',
  'to',
  'does',
  'do',
  'holds',
  'stores',
  'keeps',
  'contains',
]);
const MAX_DEFINITION_GAP = 5;

function isDefinition(tokens: readonly Token[], from: number, formStart: number): boolean {
  if (formStart - from > MAX_DEFINITION_GAP) return false;
  // "cd manages processes": the form right after the thing is its verb, or a compound ("SQL charts").
  if (formStart === from && from > 0) return true;
  // "it's", "they're", "the data lake's just a spreadsheet": the verb is part of the word before the form.
  // "unstructured data is converted into tables": what the thing is made into is not what it is.
  for (let i = from; i < formStart; i += 1) if (CHANGING_VERBS.has(tokens[i]!.stem)) return false;
  for (let i = Math.max(from - 1, 0); i < formStart; i += 1) if (CONTRACTED_VERB.test(tokens[i]!.word)) return true;
  for (let i = from; i < formStart; i += 1) if (DEFINING_WORDS.has(tokens[i]!.word)) return true;
  return false;
}

const CONTRACTED_VERB = /['’](s|re)$/;
/** Stems of verbs that make a thing into something else ("turned into", "converted to", "parsed into"). */
const CHANGING_VERBS: ReadonlySet<string> = new Set([
  'convert',
  'turn',
  'transform',
  'pars',
  'reshap',
  'preprocess',
  'process',
  'structur',
  'becom',
  'becam',
  'chang',
  'map',
  'clean',
]);

/** `lastNamed`: the thing an earlier statement was about, what an "it" after the relation most likely means. */
function judgeRelation(
  claim: CompiledClaim,
  tokens: readonly Token[],
  segment: Segment,
  topic: string | null,
  lastNamed: string | null,
): ClaimVerdict {
  for (const [forms, isInverse] of [
    [claim.relation, false],
    [claim.inverse, true],
  ] as const) {
    for (const form of forms) {
      const at = findPhrase(tokens, segment, form.stems);
      if (at < 0) continue;
      const left =
        segment.mentions.filter((m) => m.end <= at).at(-1)?.entity ?? (isAbout(tokens, segment) ? topic : null);
      const after = at + form.stems.length;
      const right =
        segment.mentions.find((m) => m.start >= after)?.entity ??
        (PRONOUNS.has(tokens[after]?.word ?? '') || PRONOUNS.has(tokens[after + 1]?.word ?? '') ? lastNamed : null);
      const [doer, done] = isInverse ? [right, left] : [left, right];
      const words = Array.from({ length: form.stems.length }, (_, k) => at + k);
      if (doer === claim.subject && (done === claim.object || (done === null && !isInverse)))
        return { state: 'held', tokens: words };
      // Reversed only when both sides are named (or one is "it"): "the layer everything sits on" names one side.
      if (doer === claim.object && done === claim.subject) {
        const relation = claim.relation[0]?.display ?? 'related to';
        return {
          state: 'contradicted',
          defines: true,
          tokens: words,
          correction: `It is ${claim.subjectDisplay} that is ${relation} ${claim.objectDisplay}, not the other way round.`,
        };
      }
    }
  }
  return { state: 'absent' };
}

/** The first place the segment says these stems in a row, or -1. */
function findPhrase(tokens: readonly Token[], segment: Segment, stems: readonly string[]): number {
  for (let i = segment.start; i + stems.length <= segment.end; i += 1) if (startsWith(tokens, i, stems)) return i;
  return -1;
}

/**
 * "SSH is mostly for Git, so I wouldn't need it": a denied "it" after the denial speaks of the thing its sentence
 * opens with, and denies it too. The word indices of those things' names.
 */
export function thingsDeniedByPronoun(tokens: readonly Token[], segments: readonly Segment[]): number[] {
  const denied: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    if (!OBJECT_PRONOUNS.has(tokens[i]!.word) || !tokens[i]!.negated || !followsCue(tokens, i)) continue;
    // "I don't need to copy it": only "need it", "use it", "touch it" deny the thing itself.
    if (!DISMISSING_VERBS.has(tokens[i - 1]!.stem)) continue;
    const opener = sentenceOpener(tokens, segments, tokens[i]!.sentence);
    if (opener === null || opener.end > i) continue;
    for (let k = opener.start; k < opener.end; k += 1) denied.push(k);
  }
  return denied;
}
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);
const DISMISSING_VERBS: ReadonlySet<string> = new Set(['need', 'us', 'touch', 'want', 'learn', 'bother']);

/** A denial before the word in its clause ("never touch it"), not one after it ("it isn't a database"). */
function followsCue(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && tokens[i]!.clause === tokens[at]!.clause; i -= 1)
    if (tokens[i]!.isNegationCue) return true;
  return false;
}

/** The thing a sentence opens with (only function words before its name), or null. */
function sentenceOpener(tokens: readonly Token[], segments: readonly Segment[], sentence: number): Mention | null {
  const first = segments.find((s) => tokens[s.start]!.sentence === sentence);
  const thing = first?.mentions[0];
  if (first === undefined || thing === undefined) return null;
  return tokens.slice(first.start, thing.start).every((t) => t.isStopword) ? thing : null;
}

/** The first thing the question names: what an answer's "it" speaks of. */
export function topicOf(question: string, entities: EntityIndex): string | null {
  return findMentions(tokenize(question), entities)[0]?.entity ?? null;
}

/** Just after the segment's "it" (or its start, when it opens the answer and names nothing), or -1. */
function whereSpokenOf(tokens: readonly Token[], segment: Segment): number {
  const firstNamed = segment.mentions[0]?.start ?? segment.end;
  for (let i = segment.start; i < firstNamed; i += 1) if (isSubjectPronoun(tokens[i]!.word)) return i + 1;
  return segment.start === 0 && segment.mentions.length === 0 ? 0 : -1;
}

/** "Seaborn is built on Matplotlib and it's for quick plots": the "it" after a second thing is the first one. */
function saysPronounFrom(tokens: readonly Token[], from: number, segment: Segment): boolean {
  const until = Math.min(segment.end, from + MAX_DEFINITION_GAP);
  for (let i = from; i < until; i += 1) if (isSubjectPronoun(tokens[i]!.word)) return true;
  return false;
}

/** "it", "they", "this", "that's": not a relative "that" ("a database that we used to train the model"). */
function isSubjectPronoun(word: string): boolean {
  return SUBJECT_PRONOUNS.has(word) || (CONTRACTED_VERB.test(word) && PRONOUNS.has(bareWord(word)));
}
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'this']);

function saysPronoun(tokens: readonly Token[], segment: Segment): boolean {
  for (let i = segment.start; i < segment.end; i += 1) if (PRONOUNS.has(bareWord(tokens[i]!.word))) return true;
  return false;
}

/** "it's" is "it" with its verb. */
function bareWord(word: string): string {
  return word.replace(CONTRACTED_VERB, '');
}

/** A segment that names no thing but says "it" (or opens the answer) speaks of what the question is about. */
function isAbout(tokens: readonly Token[], segment: Segment): boolean {
  return saysPronoun(tokens, segment) || segment.start === 0;
}
