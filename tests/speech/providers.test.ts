import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, speechConfigSchema } from '../../src/config.ts';
import { createSpeech } from '../../src/speech/create-speech.ts';
import { fakeOggOpus, tempDir } from './support.ts';

async function speechWith(env: Record<string, string>, log: string[] = []) {
  const config = loadConfig(speechConfigSchema, { DATA_DIR: tempDir(), ...env });
  if (!config.ok) throw new Error(config.detail);
  return createSpeech({ config: config.value, bankTexts: async () => [], log: (line) => void log.push(line) });
}

function script(body: string): string {
  const file = join(tempDir(), 'recognise.sh');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('command provider (SPEECH_COMMAND)', () => {
  const audio = fakeOggOpus(4);

  it('gives the audio on stdin (readable as /dev/stdin) and takes stdout as the transcript', async () => {
    const speech = await speechWith({
      SPEECH_PROVIDER: 'command',
      SPEECH_COMMAND: script('printf "heard %s bytes\\n" "$(wc -c < /dev/stdin)"'),
    });
    expect(speech.report.stt).toMatchObject({ provider: 'command', enabled: true });
    expect(await speech.stt.transcribe(audio)).toEqual({
      ok: true,
      value: { text: `heard ${audio.length} bytes`, durationSec: 4, provider: 'command' },
    });
  });

  it('puts the path of the Ogg file where the command says {file}', async () => {
    const command = `${script('[ "$(head -c 4 "$1")" = OggS ] && echo "data lakes live on"; echo "remote linux servers"')} {file}`;
    const speech = await speechWith({ SPEECH_PROVIDER: 'command', SPEECH_COMMAND: command });
    expect(await speech.stt.transcribe(audio)).toMatchObject({
      ok: true,
      value: { text: 'data lakes live on remote linux servers' },
    });
  });

  it('reports a failing command as failed, with its exit code for the operator', async () => {
    const log: string[] = [];
    const speech = await speechWith(
      { SPEECH_PROVIDER: 'command', SPEECH_COMMAND: script('echo "model file missing" >&2; exit 3') },
      log,
    );
    const result = await speech.stt.transcribe(audio);
    expect(result).toMatchObject({ ok: false, error: 'failed' });
    expect(log.join('\n')).toMatch(/exited with 3: model file missing/);
  });

  it("does not hand the bot's secrets to the command", async () => {
    process.env.DISCORD_TOKEN = 'secret-token';
    try {
      const speech = await speechWith({
        SPEECH_PROVIDER: 'command',
        SPEECH_COMMAND: 'cat >/dev/null; echo "token=${DISCORD_TOKEN:-none}"',
      });
      expect(await speech.stt.transcribe(audio)).toMatchObject({ ok: true, value: { text: 'token=none' } });
    } finally {
      delete process.env.DISCORD_TOKEN;
    }
  });
});

describe('HTTP provider (SPEECH_HTTP_URL)', () => {
  const requests: { headers: IncomingHttpHeaders; form: FormData }[] = [];
  let status = 200;
  let url = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const form = await new Response(Buffer.concat(chunks), {
        headers: { 'content-type': req.headers['content-type'] ?? '' },
      }).formData();
      requests.push({ headers: req.headers, form });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        status === 200 ? JSON.stringify({ text: 'SQL updates from the application layer.' }) : '{"error":"boom"}',
      );
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/audio/transcriptions`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the file as multipart with the model and key, and reads the text back', async () => {
    const audio = fakeOggOpus(3);
    const speech = await speechWith({
      SPEECH_PROVIDER: 'http',
      SPEECH_HTTP_URL: url,
      SPEECH_HTTP_KEY: 'sk-test-123',
      SPEECH_HTTP_MODEL: 'base.en',
    });
    const result = await speech.stt.transcribe(audio, { context: 'Where do data lakes live?' });
    expect(result).toEqual({
      ok: true,
      value: { text: 'SQL updates from the application layer.', durationSec: 3, provider: 'http' },
    });
    const { headers, form } = requests.at(-1)!;
    expect(headers.authorization).toBe('Bearer sk-test-123');
    const file = form.get('file') as File;
    expect(file.name).toBe('voice.ogg');
    expect(Buffer.from(await file.arrayBuffer()).equals(audio)).toBe(true);
    expect(form.get('model')).toBe('base.en');
    expect(form.get('prompt')).toBe('Where do data lakes live?');
  });

  it('reports a server error as failed and never logs the key', async () => {
    status = 500;
    const log: string[] = [];
    const speech = await speechWith(
      { SPEECH_PROVIDER: 'http', SPEECH_HTTP_URL: url, SPEECH_HTTP_KEY: 'sk-test-123' },
      log,
    );
    const result = await speech.stt.transcribe(fakeOggOpus(3));
    status = 200;
    expect(result).toMatchObject({ ok: false, error: 'failed' });
    expect(log.join('\n')).toMatch(/answered HTTP 500/);
    expect(JSON.stringify([result, log, speech.report])).not.toContain('sk-test-123');
  });

  it('reports a server that is not there as failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const speech = await speechWith({
      SPEECH_PROVIDER: 'http',
      SPEECH_HTTP_URL: `http://127.0.0.1:${port}/v1/audio/transcriptions`,
    });
    expect(await speech.stt.transcribe(fakeOggOpus(3))).toMatchObject({
      ok: false,
      error: 'failed',
      detail: expect.stringMatching(/ECONNREFUSED/),
    });
  });
});
