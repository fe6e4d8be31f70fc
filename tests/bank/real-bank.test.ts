import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank, loadBankFiles } from '../../src/adapters/fs/load-bank.ts';
import { parseContentHeadings } from '../../src/core/bank/document.ts';
import { baseName } from '../../src/core/bank/parse-files.ts';
import { questionKinds, type Bank } from '../../src/core/bank/schema.ts';

const root = defaultBankRoot();
const documentName = 'ml-workflow-interview-prep.md';
const sharedCopy = [
  join(root, '..', 'shared', 'documents', '000_e2d8c4d27df2c970.txt'),
  '/work/shared/documents/000_e2d8c4d27df2c970.txt',
].find((path) => existsSync(path));

let bank: Bank;

beforeAll(async () => {
  const loaded = await loadBank(root);
  expect(loaded.problems).toEqual([]);
  bank = loaded.bank!;
});

describe('the question bank in question-bank/ and rubrics/', () => {
  it('has at least 40 questions over 8 to 10 topics', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(40);
    expect(bank.topics.length).toBeGreaterThanOrEqual(8);
    expect(bank.topics.length).toBeLessThanOrEqual(10);
  });

  it('names each topic after its file', async () => {
    const { input } = await loadBankFiles(root);
    for (const { file, data } of input.questionFiles) {
      const topics = new Set((data as { questions: { topic: string }[] }).questions.map((q) => q.topic));
      expect([...topics], file).toEqual([baseName(file).replace(/\.json$/, '')]);
    }
  });

  it('mixes every kind of question and every difficulty', () => {
    expect(new Set(bank.questions.map((q) => q.kind))).toEqual(new Set(questionKinds));
    expect(new Set(bank.questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('cites as a source every section of the document that holds text', () => {
    const text = readFileSync(join(root, 'question-bank', 'documents', documentName), 'utf8');
    const sections = parseContentHeadings(text);
    const cited = new Set(bank.questions.flatMap((q) => q.rubric.keyPoints.map((k) => k.source)));
    expect(sections.length).toBeGreaterThan(20);
    expect(sections.filter((heading) => !cited.has(heading))).toEqual([]);
  });

  it('keeps questions short to read: 1-3 hints, a model answer of 2-5 sentences', () => {
    for (const q of bank.questions) {
      expect(q.hints.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.hints.length, q.id).toBeLessThanOrEqual(3);
      const sentences = q.modelAnswer.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
      expect(sentences, q.id).toBeGreaterThanOrEqual(2);
      expect(sentences, q.id).toBeLessThanOrEqual(5);
    }
  });

  it('keeps rubrics gradable: 2-5 key points of 3-10 words, 2-6 aliases each, weight 1 or 2', () => {
    for (const q of bank.questions) {
      const points = q.rubric.keyPoints;
      expect(points.length, q.id).toBeGreaterThanOrEqual(2);
      expect(points.length, q.id).toBeLessThanOrEqual(5);
      for (const k of points) {
        const where = `${q.id}/${k.id}`;
        const words = k.text.split(/\s+/).length;
        expect(words, where).toBeGreaterThanOrEqual(3);
        expect(words, where).toBeLessThanOrEqual(10);
        expect(k.aliases.length, where).toBeGreaterThanOrEqual(2);
        expect(k.aliases.length, where).toBeLessThanOrEqual(6);
        expect([1, 2], where).toContain(k.weight);
      }
    }
  });
});

describe('the source document', () => {
  it.skipIf(sharedCopy === undefined)('is a verbatim copy of the shared document', () => {
    const copy = readFileSync(join(root, 'question-bank', 'documents', documentName));
    expect(copy.equals(readFileSync(sharedCopy!))).toBe(true);
  });
});
