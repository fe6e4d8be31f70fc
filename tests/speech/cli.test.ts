import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../src/speech/run-process.ts';
import { runCli } from '../support/run-cli.ts';
import { describeWithSpeech, fakeOggOpus, speak, tempDir } from './support.ts';

function write(name: string, content: Buffer | string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

describe('mock-interviewer grade --audio / say without a recogniser or voice', () => {
  it('explains that voice answers are not enabled, and text grading still works', async () => {
    const env = { DATA_DIR: tempDir(), SPEECH_PROVIDER: 'off', TTS_VOICE: 'off' };
    const voice = await runCli(
      ['grade', '--question', 'how-data-lakes-are-populated', '--audio', write('a.ogg', fakeOggOpus(3))],
      { env },
    );
    expect(voice.code).toBe(2);
    expect(voice.stderr).toMatch(/voice answers are not enabled \(SPEECH_PROVIDER=off\)/);
    const say = await runCli(['say', '--question', 'how-data-lakes-are-populated', '--out', join(tempDir(), 'q.ogg')], {
      env,
    });
    expect(say.code).toBe(2);
    expect(say.stderr).toMatch(/Cannot read the text aloud: TTS_VOICE=off/);
    const text = await runCli(
      [
        'grade',
        '--question',
        'how-data-lakes-are-populated',
        '--answer',
        'Data lakes are populated from logs.',
        '--json',
      ],
      { env },
    );
    expect(text.code).toBe(0);
  });

  it('refuses --audio together with a typed answer', async () => {
    const run = await runCli([
      'grade',
      '--question',
      'how-data-lakes-are-populated',
      '--audio',
      'a.ogg',
      '--answer',
      'x',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--audio on its own/);
  });
});

describeWithSpeech('mock-interviewer grade --audio and say (pocketsphinx, espeak-ng)', () => {
  const env = () => ({ DATA_DIR: tempDir(), TTS_VOICE: 'espeak' });

  it('grades a spoken answer by question id, and the JSON adds the transcript', async () => {
    const audio = write(
      'answer.ogg',
      await speak('Data lakes are populated from logs, and from SQL updates coming from the application layer.'),
    );
    const run = await runCli(['grade', '--question', 'how-data-lakes-are-populated', '--audio', audio, '--json'], {
      env: env(),
    });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      score: number;
      keyPoints: { id: string; status: string }[];
      transcript: string;
    };
    expect(Object.keys(out)).toEqual(['score', 'keyPoints', 'transcript']);
    expect(out.transcript).toMatch(/sql updates/);
    expect(out.keyPoints.find((k) => k.id === 'sql-updates')?.status).toBe('hit');
  });

  it('grades a spoken answer against a rubric file, and prints the transcript in text mode', async () => {
    const rubric = write(
      'rubric.json',
      JSON.stringify({
        question: 'How do you build a data pipeline?',
        keyPoints: [
          { id: 'etl', text: 'an ETL pipeline: extract, transform, load' },
          { id: 'schema', text: 'a consistent schema' },
        ],
      }),
    );
    const audio = write(
      'answer.ogg',
      await speak(
        'An ETL pipeline extracts, transforms and loads the data into a structured format with a consistent schema.',
      ),
    );
    const run = await runCli(['grade', '--rubric', rubric, '--audio', audio], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Transcript: .*etl pipeline/);
    expect(run.stdout).toMatch(/✔ covered {2}a consistent schema/);
  });

  it('explains an unreadable file', async () => {
    const run = await runCli(
      [
        'grade',
        '--question',
        'how-data-lakes-are-populated',
        '--audio',
        write('notes.ogg', 'just some text'),
        '--json',
      ],
      { env: env() },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot transcribe .*notes\.ogg: unreadable audio \(not an Ogg file\)/);
  });

  it('say writes the question as a valid Ogg Opus file', async () => {
    const out = join(tempDir(), 'q.ogg');
    const run = await runCli(['say', '--question', 'where-enterprise-data-lives', '--out', out], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*q\.ogg \(Ogg Opus, \d+\.\d s, espeak\)/);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('OggS');
    const info = await runProcess('opusinfo', [out]);
    expect(info.code).toBe(0);
    expect(info.stdout.toString()).toMatch(/Original sample rate: 48000 Hz/);
  });
});
