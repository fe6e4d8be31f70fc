import type { Bank, BankQuestion, KeyPoint } from '../bank/schema.ts';
import { LOW_WEIGHT_WORDS } from '../text/stopwords.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { isGenericWord } from './generic-words.ts';
import type { PartOfSpeech, WordSense, WordSenses } from './word-senses.ts';

export type Relation = 'synonym' | 'hypernym' | 'hyponym' | 'neighbour';
export type RejectReason = 'antonym' | 'stop-word' | 'generic' | 'cross-credit' | 'already-said' | 'proper-name';

/** Another way to say one telling word of a key point, for the author to keep (as a concept form or alias) or drop. */
export interface FormProposal {
  word: string;
  form: string;
  /** The key point's text with the word said the other way. */
  rewrite: string;
  relation: Relation;
  partOfSpeech: PartOfSpeech;
  /** The sense's rank among the word's senses (1 = most frequent in general English). */
  sense: number;
  gloss: string;
  score: number;
}

export interface RejectedForm {
  word: string;
  form: string;
  reason: RejectReason;
}

export interface PointSuggestions {
  keyPointId: string;
  text: string;
  proposals: FormProposal[];
  rejected: RejectedForm[];
}

export interface QuestionSuggestions {
  questionId: string;
  points: PointSuggestions[];
}

const MAX_PROPOSALS_PER_POINT = 10;
/** A broader or narrower word says the point only in the sense the subject means: one the context shares. */
const MAX_RELATED_PER_SENSE = 6;
const RELATION_WEIGHT: Record<Relation, number> = { synonym: 1, hypernym: 0.5, hyponym: 0.4, neighbour: 1 };
const NEIGHBOURS_PER_WORD = 6;

/** Words whose vectors are near a word's (word-vectors.ts), nearest first; see vectorNeighbours. */
export type NeighbourSource = (word: string) => { word: string; cosine: number }[];
const MAX_RELEVANCE = 5;

interface Unit {
  surface: string;
  start: number;
  end: number;
}

interface Candidate {
  unit: Unit;
  form: string;
  relation: Relation;
  sense: WordSense;
  senseRank: number;
  relevance: number;
  /** For a vector neighbour: how near it is (it ranks by this). */
  cosine?: number;
}

/**
 * Candidate forms for each key point of one question, from a lexical database: synonyms of its telling words
 * (broader and narrower words for senses the question's context shares), ranked by how well the sense fits the
 * question and its source document. Forms that would mislead are set aside with the reason: an antonym, a stop
 * or generic word, what the point already says, or another point's key phrase (it would credit that point too).
 */
export function suggestForms(
  question: BankQuestion,
  bank: Bank,
  senses: WordSenses,
  documentText = '',
  neighbours?: NeighbourSource,
): QuestionSuggestions {
  const context = contextStems(question, documentText);
  const phrases = keyPhraseOwners(bank);
  const sources = { senses, neighbours };
  return {
    questionId: question.id,
    points: question.rubric.keyPoints.map((point) => suggestForPoint(point, question, bank, context, phrases, sources)),
  };
}

function suggestForPoint(
  point: KeyPoint,
  question: BankQuestion,
  bank: Bank,
  context: ReadonlySet<string>,
  phrases: ReadonlyMap<string, ReadonlySet<string>>,
  { senses, neighbours }: { senses: WordSenses; neighbours: NeighbourSource | undefined },
): PointSuggestions {
  const units = tellingUnits(point.text);
  const said = new Set([...[point.text, ...point.aliases].map(stemKey), ...conceptFormsSaid(point, bank)]);
  const sameQuestionWords = otherPointWords(question, point);
  const antonyms = new Set<string>();
  const candidates: Candidate[] = [];
  for (const unit of units) {
    const unitSenses = senses.sensesOf(unit.surface);
    for (const sense of unitSenses) for (const antonym of sense.antonyms) antonyms.add(stemKey(antonym));
    candidates.push(...candidatesFor(unit, unitSenses, context));
    if (neighbours !== undefined && !unit.surface.includes(' '))
      candidates.push(...neighbourCandidates(unit, unitSenses, neighbours));
  }
  const proposals = new Map<string, FormProposal>();
  const rejected = new Map<string, RejectedForm>();
  for (const candidate of candidates) {
    const key = stemKey(candidate.form);
    const rewrite = rewriteWith(point.text, candidate.unit, candidate.form);
    const reason = rejectionOf(candidate, { key, rewrite, said, antonyms, phrases, sameQuestionWords, point, senses });
    if (reason !== undefined) {
      if (!rejected.has(key) && !proposals.has(key))
        rejected.set(key, { word: candidate.unit.surface, form: candidate.form, reason });
      continue;
    }
    const proposal = toProposal(candidate, rewrite);
    const existing = proposals.get(key);
    if (existing === undefined || existing.score < proposal.score) proposals.set(key, proposal);
    rejected.delete(key);
  }
  const ranked = [...proposals.values()].sort((a, b) => b.score - a.score || a.form.localeCompare(b.form));
  return {
    keyPointId: point.id,
    text: point.text,
    // Vector neighbours have their own share: WordNet's many senses would otherwise crowd them out.
    proposals: [
      ...ranked.filter((p) => p.relation !== 'neighbour').slice(0, MAX_PROPOSALS_PER_POINT),
      ...ranked.filter((p) => p.relation === 'neighbour').slice(0, MAX_PROPOSALS_PER_POINT),
    ],
    rejected: [...rejected.values()],
  };
}

/**
 * The point's content words, and each pair of neighbouring ones the database may know as one expression. A
 * tool's name ("Pandas", "Git") and a piece of a hyphenated word ("learn" of "scikit-learn") mean nothing alone.
 */
function tellingUnits(text: string): Unit[] {
  const tokens = tokenize(text).filter(isTelling);
  const units: Unit[] = tokens
    .filter((t) => !isName(text.slice(t.start, t.end)) && text[t.start - 1] !== '-' && text[t.end] !== '-')
    .map((t) => ({ surface: text.slice(t.start, t.end), start: t.start, end: t.end }));
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (/^\s+$/.test(text.slice(a.end, b.start)) || text.slice(a.end, b.start) === '-')
      units.push({ surface: text.slice(a.start, b.end), start: a.start, end: b.end });
  }
  return units;
}

const isName = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);

function isTelling(token: Token): boolean {
  return !token.isStopword && !LOW_WEIGHT_WORDS.has(token.word) && token.word.length >= 3 && !/^\d+$/.test(token.word);
}

function candidatesFor(unit: Unit, unitSenses: readonly WordSense[], context: ReadonlySet<string>): Candidate[] {
  const own = stemKey(unit.surface);
  const rankInPart = new Map<PartOfSpeech, number>();
  const out: Candidate[] = [];
  for (const sense of unitSenses) {
    const senseRank = (rankInPart.get(sense.partOfSpeech) ?? 0) + 1;
    rankInPart.set(sense.partOfSpeech, senseRank);
    const relevance = relevanceOf(sense, own, context);
    const add = (form: string, relation: Relation): void => {
      out.push({ unit, form, relation, sense, senseRank, relevance });
    };
    for (const synonym of sense.synonyms) add(synonym, 'synonym');
    if (relevance === 0 || sense.partOfSpeech === 'adjective' || sense.partOfSpeech === 'adverb') continue;
    for (const broader of sense.hypernyms.slice(0, MAX_RELATED_PER_SENSE)) add(broader, 'hypernym');
    if (sense.partOfSpeech === 'noun')
      for (const narrower of sense.hyponyms.slice(0, MAX_RELATED_PER_SENSE)) add(narrower, 'hyponym');
  }
  return out;
}

/** Vector neighbours of one word, as candidates of the part of speech of the word's first sense. */
function neighbourCandidates(unit: Unit, unitSenses: readonly WordSense[], neighbours: NeighbourSource): Candidate[] {
  return neighbours(unit.surface)
    .slice(0, NEIGHBOURS_PER_WORD)
    .map(({ word, cosine }) => ({
      unit,
      form: word,
      relation: 'neighbour' as const,
      sense: {
        partOfSpeech: unitSenses[0]?.partOfSpeech ?? 'noun',
        synonyms: [],
        antonyms: [],
        hypernyms: [],
        hyponyms: [],
        gloss: `word vectors, cosine ${cosine.toFixed(2)}`,
      },
      senseRank: 1,
      relevance: 0,
      cosine,
    }));
}

/** How many words of the sense (its gloss, synonyms, broader words) the question, its points or document say. */
function relevanceOf(sense: WordSense, own: string, context: ReadonlySet<string>): number {
  const words = tokenize([sense.gloss.split(';')[0], ...sense.synonyms, ...sense.hypernyms].join(' . '));
  const shared = new Set(words.filter((t) => isTelling(t) && t.stem !== own && context.has(t.stem)).map((t) => t.stem));
  return Math.min(shared.size, MAX_RELEVANCE);
}

interface RejectionContext {
  key: string;
  rewrite: string;
  said: ReadonlySet<string>;
  antonyms: ReadonlySet<string>;
  phrases: ReadonlyMap<string, ReadonlySet<string>>;
  sameQuestionWords: ReadonlySet<string>;
  point: KeyPoint;
  senses: WordSenses;
}

function rejectionOf(candidate: Candidate, c: RejectionContext): RejectReason | undefined {
  const { form, unit } = candidate;
  const tokens = tokenize(form);
  const own = stemKey(unit.surface);
  if (c.key === '' || form.length < 3) return 'stop-word';
  if (c.key === own || c.said.has(c.key) || c.said.has(stemKey(c.rewrite))) return 'already-said';
  if (c.antonyms.has(c.key) || isAntonymOf(form, unit.surface, c.senses)) return 'antonym';
  if (tokens.every((t) => t.isStopword || LOW_WEIGHT_WORDS.has(t.word) || isGenericWord(t.word))) return 'generic';
  if (/^\p{Lu}/u.test(form) && !/^\p{Lu}/u.test(unit.surface)) return 'proper-name';
  if (isOthersPhrase(c.key, c.phrases, c.point) || isOthersPhrase(stemKey(c.rewrite), c.phrases, c.point))
    return 'cross-credit';
  if (c.sameQuestionWords.has(c.key)) return 'cross-credit';
  return undefined;
}

/** Antonymy is looked up both ways: the database does not always list it on both words. */
function isAntonymOf(form: string, word: string, senses: WordSenses): boolean {
  const wordKey = stemKey(word);
  return senses.sensesOf(form).some((s) => s.antonyms.some((a) => stemKey(a) === wordKey));
}

function isOthersPhrase(key: string, phrases: ReadonlyMap<string, ReadonlySet<string>>, point: KeyPoint): boolean {
  const owners = phrases.get(key);
  return owners !== undefined && [...owners].some((owner) => owner !== point.id);
}

/** Every key phrase (text or alias) of the bank, by its stems, with the key points that say it. */
function keyPhraseOwners(bank: Bank): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const question of bank.questions)
    for (const point of question.rubric.keyPoints)
      for (const phrase of [point.text, ...point.aliases]) {
        const key = stemKey(phrase);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(point.id);
      }
  return owners;
}

/** Every form of each concept the point's text or an alias says: the grader already accepts those. */
function conceptFormsSaid(point: KeyPoint, bank: Bank): string[] {
  const phrases = [point.text, ...point.aliases].map((p) => ` ${stemKey(p)} `);
  return (bank.concepts ?? [])
    .map((concept) => concept.forms.map(stemKey))
    .filter((forms) => forms.some((form) => form !== '' && phrases.some((p) => p.includes(` ${form} `))))
    .flat();
}

/** The telling words of the question's other points: a form equal to one would make the two points overlap. */
function otherPointWords(question: BankQuestion, point: KeyPoint): Set<string> {
  const words = new Set<string>();
  for (const other of question.rubric.keyPoints)
    if (other !== point)
      for (const phrase of [other.text, ...other.aliases])
        for (const unit of tellingUnits(phrase)) words.add(stemKey(unit.surface));
  return words;
}

function contextStems(question: BankQuestion, documentText: string): Set<string> {
  const points = question.rubric.keyPoints.flatMap((p) => [p.text, ...p.aliases]);
  const text = [question.prompt, question.modelAnswer, ...points, documentText].join(' . ');
  return new Set(tokenize(text).map((t) => t.stem));
}

function rewriteWith(text: string, unit: Unit, form: string): string {
  return `${text.slice(0, unit.start)}${form}${text.slice(unit.end)}`;
}

function toProposal(candidate: Candidate, rewrite: string): FormProposal {
  const { unit, form, relation, sense, senseRank, relevance, cosine } = candidate;
  const score = cosine ?? (RELATION_WEIGHT[relation] * (1 + relevance)) / (1 + 0.25 * (senseRank - 1));
  return {
    word: unit.surface,
    form,
    rewrite,
    relation,
    partOfSpeech: sense.partOfSpeech,
    sense: senseRank,
    gloss: sense.gloss.split(';')[0]!.trim(),
    score: Math.round(score * 100) / 100,
  };
}

/** A phrase by the stems of its content words: "the host" and "hosts" say the same. */
const stemKey = (text: string): string =>
  tokenize(text)
    .filter((t) => !t.isStopword)
    .map((t) => t.stem)
    .join(' ');
