import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openWordNet } from '../../../src/adapters/fs/wordnet.ts';
import type { BankQuestion, KeyPoint } from '../../../src/core/bank/schema.ts';
import { suggestionsText } from '../../../src/core/rubric-suggest/format-suggestions.ts';
import { suggestForms, type PointSuggestions } from '../../../src/core/rubric-suggest/suggest-forms.ts';
import type { WordSenses } from '../../../src/core/rubric-suggest/word-senses.ts';
import { makeBank } from '../../support/test-bank.ts';

/** A made-up database in WordNet's file format: server/host, client (its antonym), remote/distant, IT. */
const FIXTURE = fileURLToPath(new URL('../../fixtures/wordnet', import.meta.url));

const point = (id: string, text: string, aliases: string[] = []): KeyPoint => ({ id, text, aliases, weight: 1 });

function question(id: string, keyPoints: KeyPoint[]): BankQuestion {
  return {
    id,
    topic: 'infrastructure',
    difficulty: 1,
    kind: 'recall',
    document: 'infra.md',
    hints: [],
    prompt: 'Where does the company keep its data, and who looks after it?',
    modelAnswer: 'On remote servers that information technology staff run.',
    rubric: { questionId: id, keyPoints },
  };
}

const whereData = question('where-data-lives', [
  point('remote-servers', 'data sits on remote servers'),
  point('it-staff', 'information technology staff run the computers'),
]);
const hosts = question('what-a-host-is', [point('host', 'a host machine', ['the host'])]);
const bank = makeBank([whereData, hosts]);
const DOCUMENT = 'Company data sits on servers that give client stations access to files.';

let senses: WordSenses;
beforeAll(async () => {
  const opened = await openWordNet(FIXTURE);
  if (opened === null) throw new Error('the WordNet fixture is missing');
  senses = opened;
});

const pointOf = (id: string): PointSuggestions =>
  suggestForms(whereData, bank, senses, DOCUMENT).points.find((p) => p.keyPointId === id)!;
const proposed = (p: PointSuggestions): string[] => p.proposals.map((x) => x.form);
const reasonFor = (p: PointSuggestions, form: string): string | undefined =>
  p.rejected.find((r) => r.form === form)?.reason;

describe('suggestForms', () => {
  it('proposes synonyms and, for a sense the context shares, narrower words, each with its rewrite', () => {
    const servers = pointOf('remote-servers');
    expect(proposed(servers)).toEqual(
      expect.arrayContaining(['distant', 'faraway', 'file server', 'computing machine']),
    );
    const distant = servers.proposals.find((p) => p.form === 'distant')!;
    expect(distant).toMatchObject({ word: 'remote', relation: 'synonym', partOfSpeech: 'adjective', sense: 1 });
    expect(distant.rewrite).toBe('data sits on distant servers');
  });

  it('ranks a sense the source document shares above one it does not', () => {
    const forms = proposed(pointOf('remote-servers'));
    expect(forms.indexOf('file server')).toBeLessThan(forms.indexOf('waiter'));
  });

  it('never proposes an antonym, even one the database lists only on the other word', () => {
    const servers = pointOf('remote-servers');
    expect(proposed(servers)).not.toContain('client');
    expect(reasonFor(servers, 'client')).toBe('antonym');
  });

  it("never proposes a word the database lists as an antonym of the point's word", () => {
    const sense = (synonyms: string[], antonyms: string[] = []) => ({
      partOfSpeech: 'adjective' as const,
      synonyms,
      antonyms,
      hypernyms: [],
      hyponyms: [],
      gloss: '',
    });
    const loose: WordSenses = {
      sensesOf: (lemma) =>
        lemma === 'remote' ? [sense(['remote', 'distant'], ['local']), sense(['remote', 'local', 'faint'])] : [],
    };
    const servers = suggestForms(whereData, bank, loose, DOCUMENT).points[0]!;
    expect(reasonFor(servers, 'local')).toBe('antonym');
    expect(proposed(servers)).toEqual(expect.arrayContaining(['distant', 'faint']));
  });

  it("never proposes another question's key phrase nor a telling word of another point of the question", () => {
    const servers = pointOf('remote-servers');
    expect(reasonFor(servers, 'host')).toBe('cross-credit');
    expect(reasonFor(servers, 'computer')).toBe('cross-credit');
    expect(proposed(servers)).not.toEqual(expect.arrayContaining(['host', 'computer']));
  });

  it('never proposes a stop word or a generic word', () => {
    expect(reasonFor(pointOf('it-staff'), 'IT')).toBe('stop-word');
    const servers = pointOf('remote-servers');
    expect(reasonFor(servers, 'object')).toBe('generic');
    expect(reasonFor(servers, 'physical object')).toBe('generic');
  });

  it('sets aside a form a concept of the bank already pairs with the point', () => {
    const withConcept = { ...bank, concepts: [{ id: 'far-away', forms: ['remote', 'faraway'] }] };
    const servers = suggestForms(whereData, withConcept, senses, DOCUMENT).points[0]!;
    expect(reasonFor(servers, 'faraway')).toBe('already-said');
    expect(proposed(servers)).toContain('distant');
  });

  it('prints the proposals per key point with their sense, and what was set aside', () => {
    const text = suggestionsText(suggestForms(whereData, bank, senses, DOCUMENT));
    expect(text).toContain('remote-servers: "data sits on remote servers"');
    expect(text).toContain('  remote → distant  [synonym, adjective sense 1: located far away spatially]');
    expect(text).toMatch(/set aside: .*1 antonym/);
  });
});

describe('openWordNet', () => {
  it('is null where WordNet is not installed', async () => {
    expect(await openWordNet(fileURLToPath(new URL('../../fixtures/no-such-wordnet', import.meta.url)))).toBeNull();
  });

  it('reaches the base form of an inflected word and reads multi-word lemmas', () => {
    expect(senses.sensesOf('servers').map((s) => s.synonyms)).toEqual([
      ['server', 'host'],
      ['server', 'waiter'],
    ]);
    expect(senses.sensesOf('information technology')[0]!.synonyms).toEqual(['information technology', 'IT']);
  });
});

describe('suggestForms with word vectors', () => {
  const neighbours = (word: string) =>
    word === 'servers'
      ? [
          { word: 'mainframes', cosine: 0.7 },
          { word: 'hosts', cosine: 0.66 },
        ]
      : [];

  it('also proposes vector neighbours of a word, nearest first, with their own share of the list', () => {
    const servers = suggestForms(whereData, bank, senses, DOCUMENT, neighbours).points[0]!;
    const found = servers.proposals.filter((p) => p.relation === 'neighbour');
    expect(found.map((p) => [p.form, p.score])).toEqual([['mainframes', 0.7]]);
    expect(found[0]!.rewrite).toBe('data sits on remote mainframes');
    expect(suggestionsText({ questionId: 'q', points: [servers] })).toContain(
      'servers → mainframes  [neighbour, word vectors, cosine 0.70]',
    );
  });

  it("sets a neighbour aside like WordNet's forms: here another point's phrase", () => {
    const servers = suggestForms(whereData, bank, senses, DOCUMENT, neighbours).points[0]!;
    expect(proposed(servers)).not.toContain('hosts');
    expect(servers.rejected.some((r) => r.reason === 'cross-credit' && /^hosts?$/.test(r.form))).toBe(true);
  });
});
