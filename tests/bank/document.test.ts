import { describe, expect, it } from 'vitest';
import { cleanHeading, parseContentHeadings, parseHeadings, parseSections } from '../../src/core/bank/document.ts';

const markdown = [
  '# Title',
  '',
  '## Part',
  '### **Bold Heading**  ',
  'Body of the bold heading.',
  '#### **Pandas** -> Python Data Analysis',
  '- a point',
  '```',
  '# not a heading, a comment in code',
  '```',
  '## Closed heading ##',
  'Text.',
  '#no-space is not a heading',
].join('\n');

describe('cleanHeading', () => {
  it.each([
    ['### **Data Storage Reality**', 'Data Storage Reality'],
    ['#### **Pandas** -> Python Data Analysis', 'Pandas -> Python Data Analysis'],
    ["### **What's the difference?**   ", "What's the difference?"],
    ['## Closed heading ##', 'Closed heading'],
  ])('turns %j into %j', (raw, clean) => {
    expect(cleanHeading(raw)).toBe(clean);
  });
});

describe('parseHeadings', () => {
  it('lists every heading in order without #, ** or trailing spaces, skipping code fences', () => {
    expect(parseHeadings(markdown)).toEqual([
      'Title',
      'Part',
      'Bold Heading',
      'Pandas -> Python Data Analysis',
      'Closed heading',
    ]);
  });

  it('reads Windows line endings', () => {
    expect(parseHeadings('# One\r\ntext\r\n## Two\r\n')).toEqual(['One', 'Two']);
  });

  it('finds nothing in a document without headings', () => {
    expect(parseHeadings('just text\n\nmore text')).toEqual([]);
  });
});

describe('parseSections', () => {
  it('keeps each heading level and the text directly under it', () => {
    const sections = parseSections(markdown);
    expect(sections.map((s) => [s.level, s.heading, s.body])).toEqual([
      [1, 'Title', ''],
      [2, 'Part', ''],
      [3, 'Bold Heading', 'Body of the bold heading.'],
      [4, 'Pandas -> Python Data Analysis', '- a point\n```\n# not a heading, a comment in code\n```'],
      [2, 'Closed heading', 'Text.\n#no-space is not a heading'],
    ]);
  });
});

describe('parseContentHeadings', () => {
  it('keeps only headings that hold text of their own', () => {
    expect(parseContentHeadings(markdown)).toEqual([
      'Bold Heading',
      'Pandas -> Python Data Analysis',
      'Closed heading',
    ]);
  });
});
