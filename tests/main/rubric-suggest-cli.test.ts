import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const FIXTURE = 'tests/fixtures/wordnet';

/** A one-question bank, so the test does not follow the real bank's concepts. */
function writeBank(): string {
  const root = mkdtempSync(join(tmpdir(), 'mi-suggest-'));
  mkdirSync(join(root, 'question-bank/documents'), { recursive: true });
  mkdirSync(join(root, 'rubrics'));
  writeFileSync(
    join(root, 'question-bank/documents/infra.md'),
    '# Infra\n\n## Storage\nData sits on remote servers: computers that give client stations access to files.\n',
  );
  const question = {
    id: 'where-data-lives',
    topic: 'infra',
    difficulty: 1,
    kind: 'recall',
    prompt: 'Where does the company data live?',
    modelAnswer: 'On remote servers in the data centre.',
  };
  writeFileSync(
    join(root, 'question-bank/infra.json'),
    JSON.stringify({ document: 'infra.md', questions: [question] }),
  );
  const keyPoints = [{ id: 'remote-servers', text: 'on remote servers', aliases: [], weight: 1, source: 'Storage' }];
  writeFileSync(
    join(root, 'rubrics/infra.json'),
    JSON.stringify({ rubrics: [{ questionId: question.id, keyPoints }] }),
  );
  return root;
}

describe('mock-interviewer rubric suggest', () => {
  it("proposes WordNet forms for a bank question's key points, as JSON for tools", async () => {
    const root = writeBank();
    const run = await runCli([
      'rubric',
      'suggest',
      '--question',
      'where-data-lives',
      '--wordnet',
      FIXTURE,
      '--root',
      root,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      questionId: string;
      points: {
        keyPointId: string;
        proposals: { form: string; rewrite: string }[];
        rejected: { form: string; reason: string }[];
      }[];
    };
    expect(out.questionId).toBe('where-data-lives');
    const [servers] = out.points;
    expect(servers!.proposals).toContainEqual(
      expect.objectContaining({ form: 'distant', rewrite: 'on distant servers' }),
    );
    expect(servers!.rejected).toContainEqual({ word: 'servers', form: 'client', reason: 'antonym' });

    const text = await runCli([
      'rubric',
      'suggest',
      '--question',
      'where-data-lives',
      '--wordnet',
      FIXTURE,
      '--root',
      root,
    ]);
    expect(text.stdout).toContain('  servers → host  [synonym, noun sense 1:');
  });

  it('says clearly when WordNet is not installed, and when the question is unknown', async () => {
    const missing = await runCli([
      'rubric',
      'suggest',
      '--question',
      'where-enterprise-data-lives',
      '--wordnet',
      '/nonexistent',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/WordNet is not installed: \/nonexistent .*apt-get install wordnet-base/);
    const unknown = await runCli(['rubric', 'suggest', '--question', 'no-such-question', '--wordnet', FIXTURE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No question "no-such-question"');
  });
});
