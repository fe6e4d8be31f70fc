import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const FIXTURE = 'tests/fixtures/wordnet';

describe('mock-interviewer rubric suggest', () => {
  it("proposes WordNet forms for a bank question's key points, as JSON for tools", async () => {
    const run = await runCli([
      'rubric',
      'suggest',
      '--question',
      'where-enterprise-data-lives',
      '--wordnet',
      FIXTURE,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      questionId: string;
      points: { keyPointId: string; proposals: { form: string; rewrite: string }[] }[];
    };
    expect(out.questionId).toBe('where-enterprise-data-lives');
    const servers = out.points.find((p) => p.keyPointId === 'remote-linux-servers')!;
    expect(servers.proposals).toContainEqual(
      expect.objectContaining({ form: 'distant', rewrite: 'usually on distant Linux servers' }),
    );
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
