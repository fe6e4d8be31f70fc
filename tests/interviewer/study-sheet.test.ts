import { describe, expect, it } from 'vitest';
import { answerQuestions, sqliteStore, useLearningWorld } from './learning-harness.ts';

const world = useLearningWorld(sqliteStore);

describe('studySheet', () => {
  it('lists the key points missed or nearly covered in the last answers, by document section, due ones first', async () => {
    const w = world();
    const ada = w.actor('ada');
    await answerQuestions(w, ada, {
      'git-rebase': 'It rewrites commit history.',
      'sql-joins': 'rows <b>*bold*</b> # not a heading',
    });
    w.advance(1);
    // A later answer to sql-joins replaces the earlier one on the sheet; the git key points it missed fall due.
    await answerQuestions(w, ada, {
      'sql-joins': 'rows with matching keys in both tables, the rest are [dropped](http://x)',
    });
    const sheet = await w.learning.studySheet(ada.userId, 'ada');
    expect({ items: sheet.items, due: sheet.due }).toEqual({ items: 3, due: 2 });
    expect(sheet.markdown).toMatchInlineSnapshot(`
      "# Study sheet: ada

      2025-03-04 · 3 key points to study, 2 due for review now.

      ## Rebasing

      *git.md*

      > Rebase rewrites commit history into a linear history.

      ### Explain git rebase in an interview.

      - **Due** · Missed: linear history
      - **Due** · Missed: never rebase shared branches

      Model answer: Model answer for git-rebase: rewrites commit history; linear history; never rebase shared branches.

      Your last answer (2025-03-03, score 50):

      > It rewrites commit history.

      ## Joins

      *databases.md*

      > A join returns rows with matching keys in both tables; unmatched rows are dropped.

      ### Explain sql joins in an interview.

      - Missed: unmatched rows are dropped

      Model answer: Model answer for sql-joins: rows with matching keys in both tables; unmatched rows are dropped.

      Your last answer (2025-03-04, score 67):

      > rows with matching keys in both tables, the rest are \\[dropped\\](http://x)
      "
    `);
  });

  it('says there is nothing to study when every last answer covered every key point', async () => {
    const w = world();
    await answerQuestions(w, w.actor('bob'), { 'sql-index': 'speeds up reads. slows down writes' });
    const sheet = await w.learning.studySheet('local:bob', 'bob');
    expect(sheet.items).toBe(0);
    expect(sheet.markdown).toContain('Nothing to study');
  });

  it('holds only the caller’s answers', async () => {
    const w = world();
    await answerQuestions(w, w.actor('ada'), { 'sql-index': 'secret words of ada' });
    await answerQuestions(w, w.actor('bob'), { 'sql-index': 'words of bob' });
    const sheet = await w.learning.studySheet('local:bob', 'bob');
    expect(sheet.markdown).toContain('words of bob');
    expect(sheet.markdown).not.toContain('ada');
  });
});
