import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBank } from '../../src/core/bank/validate.ts';
import { bankFilesOf, ingestDocument } from '../../src/core/ingest/ingest-document.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url), 'utf8');
const prompts = (text: string, fileName = 'doc.md') =>
  ingestDocument({ text, fileName }).questions.map((q) => q.question.prompt);

describe('ingestDocument', () => {
  it('keeps the wording of a bold question, without its number, markup or emoji, and answers it with what follows', () => {
    const drafted = ingestDocument({
      text: '# Notes\n\n## Keys\n\n**3. What is a _foreign_ key? 🔑**\nA foreign key references the primary key of another table. It enforces referential integrity.\n',
      fileName: 'keys.md',
    });
    expect(drafted.questions).toHaveLength(1);
    const [{ question, rubric, origin }] = drafted.questions as [(typeof drafted.questions)[0]];
    expect(origin).toBe('question-and-answer');
    expect(question.prompt).toBe('What is a foreign key?');
    expect(question.modelAnswer).toBe(
      'A foreign key references the primary key of another table. It enforces referential integrity.',
    );
    expect(rubric.keyPoints.map((k) => [k.text, k.source])).toEqual([
      ['A foreign key references the primary key of another table', 'Keys'],
      ['It enforces referential integrity', 'Keys'],
    ]);
    expect(rubric.keyPoints.every((k) => k.aliases.length > 0)).toBe(true);
  });

  it('reads an arrow in a heading as words in the question, never quoting the arrow itself', () => {
    const drafted = ingestDocument({
      text: '# Notes\n\n#### **Pandas** -> Python Data Analysis\n\n- **Purpose**: DataFrames for tabular data\n- **Features**: reading CSV and Excel files\n\n## Lake → Warehouse → Model\n\nRaw data lands in the lake. Cleaned tables go to the warehouse. Features feed the model.\n',
      fileName: 'arrows.md',
    });
    const prompts = drafted.questions.map((q) => q.question.prompt);
    expect(prompts).toContain('Explain Pandas (Python Data Analysis): purpose, features.');
    expect(prompts).toContain('What do you know about Lake, then Warehouse, then Model?');
    expect(prompts.some((p) => /->|→/.test(p))).toBe(false);
  });

  it('keeps a lone word listed after a longer clause with that clause, and splits a list of like items', () => {
    const drafted = ingestDocument({
      text: '# Notes\n\n## Nulls\n\n**What does NULL mean?**\nNULL means the value is missing or unknown. It speeds up reads but slows down inserts and updates. Keys come from SQL databases, CSV files, data warehouses.\n',
      fileName: 'nulls.md',
    });
    expect(drafted.questions[0]!.rubric.keyPoints.map((k) => k.text)).toEqual([
      'NULL means the value is missing or unknown',
      'It speeds up reads',
      'slows down inserts and updates',
      'Keys come from SQL databases',
      'CSV files',
      'data warehouses',
    ]);
  });

  it('takes a heading that asks a question as the prompt and its body as the answer', () => {
    const text =
      '# Prep\n\n### **Why is Linux CLI important for ML engineers?** 🐧\n**Most enterprise data systems run on Linux servers, requiring command-line skills**\n';
    expect(prompts(text)).toEqual(['Why is Linux CLI important for ML engineers?']);
  });

  it('drafts definitions, lists introduced by a colon or by a number, and other headings from their body', () => {
    const text = [
      '# Stats',
      '',
      '## Centre',
      '',
      'The median is the middle value of sorted data. It ignores outliers.',
      '',
      '## Tests',
      '',
      'The steps of a test are:',
      '1. State the hypotheses',
      '2. Compute the statistic',
      '3. Decide',
      '',
      '## Regression',
      '',
      'The three checks are linearity, independence and normal residuals.',
      '',
      '## Tools',
      '',
      '- **Purpose**: Scientific computing',
      '- **Features**: N-dimensional arrays',
    ].join('\n');
    const drafted = ingestDocument({ text, fileName: 'stats.md' });
    expect(drafted.questions.map((q) => [q.origin, q.question.prompt])).toEqual([
      ['definition', 'What is the median?'],
      ['list', 'What are the steps of a test?'],
      ['list', 'What are the three checks?'],
      ['section', 'Explain Tools: purpose, features.'],
    ]);
    expect(drafted.questions[1]!.rubric.keyPoints.map((k) => k.text)).toEqual([
      'State the hypotheses',
      'Compute the statistic',
      'Decide',
    ]);
    expect(drafted.questions[0]!.rubric.keyPoints.map((k) => k.text)).toEqual([
      'the middle value of sorted data',
      'It ignores outliers',
    ]);
  });

  it('finds the headings of plain text (capitals, underlines) and stores the document as markdown so sources resolve', () => {
    const drafted = ingestDocument({
      text: 'Glossary\n========\n\nMean: the sum of the values over their count\nMode: the most frequent value of the data\n',
      fileName: 'g.txt',
    });
    expect(drafted.document).toEqual({
      name: 'g.md',
      text: '# Glossary\n\n- Mean: the sum of the values over their count\n- Mode: the most frequent value of the data\n',
    });
    expect(drafted.questions.map((q) => q.question.prompt)).toEqual(['What is the mean?', 'What is the mode?']);
    expect(checkBank(bankFilesOf(drafted).input).problems).toEqual([]);
  });

  it('uses the topic given, avoids ids already taken and reports a document with nothing to ask', () => {
    const drafted = ingestDocument({
      text: '# T\n\n## A\n\nAn index is a sorted structure of keys.\n',
      fileName: 'a.md',
      topic: 'sql',
      takenIds: new Set(['sql-index']),
    });
    expect(drafted.questions.map((q) => [q.question.id, q.question.topic])).toEqual([['sql-index-2', 'sql']]);
    expect(ingestDocument({ text: 'just words', fileName: 'x.txt' }).problems.map((p) => p.code)).toEqual([
      'no_questions',
    ]);
  });

  it.each(['sql-interview-questions.md', 'statistics-cheat-sheet.txt'])(
    'drafts a bank from %s that passes the bank check, the same every time',
    (name) => {
      const text = fixture(name);
      const drafted = ingestDocument({ text, fileName: name });
      expect(drafted.questions.length).toBeGreaterThanOrEqual(12);
      expect(checkBank(bankFilesOf(drafted).input).problems).toEqual([]);
      expect(ingestDocument({ text, fileName: name })).toEqual(drafted);
    },
  );
});
