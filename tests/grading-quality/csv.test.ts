import { describe, expect, it } from 'vitest';
import { readAsagCsv } from '../../bench/asag.ts';
import { parseCsv, parseCsvRows } from '../../bench/csv.ts';

describe('parseCsvRows', () => {
  it('reads quoted fields holding commas, line breaks and doubled quotes', () => {
    const text = 'a,b,c\n1,"x, y","say ""hi""\nthere"\r\n2,,last\n';
    expect(parseCsvRows(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"\nthere'],
      ['2', '', 'last'],
    ]);
  });

  it('keeps a last row without a final line break, and an empty last field', () => {
    expect(parseCsvRows('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});

describe('parseCsv', () => {
  it('names each cell by its header, skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFid,text\n1,hello\n\n2,"a,b"\n')).toEqual([
      { id: '1', text: 'hello' },
      { id: '2', text: 'a,b' },
    ]);
  });
});

describe('readAsagCsv', () => {
  const header = 'question_id,question,reference_answer,student_answer,score_avg,extra';

  it('accepts any CSV with the benchmark columns, ignoring others', () => {
    const { rows, problems } = readAsagCsv(`${header}\n1.1,What?,"Because, well.","I think so",3.5,x\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        question_id: '1.1',
        question: 'What?',
        reference_answer: 'Because, well.',
        student_answer: 'I think so',
        score_avg: 3.5,
      },
    ]);
  });

  it('lists every bad row at once', () => {
    const { rows, problems } = readAsagCsv(`${header}\n1,Q,R,A,7,x\n2,Q,,A,1,x\n3,Q,R,A,2,x\n`);
    expect(rows).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^row 2: score_avg/);
    expect(problems[1]).toMatch(/^row 3: reference_answer/);
  });
});
