import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake OpenAI-compatible server received it. */
export interface FakeLlmRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model?: string;
    messages?: { role: string; content: string }[];
    response_format?: unknown;
    temperature?: number;
  };
}

/** What the judge is asked: the question, the key points and the answer (the user message's JSON). */
export interface JudgeInput {
  question: string;
  keyPoints: { id: string; point: string; alsoStatedAs?: string[] }[];
  answer: string;
}

/** How the fake answers: a chat completion with `content`, or a raw body, after `delayMs`. */
export interface FakeLlmReply {
  status?: number;
  content?: string;
  raw?: string;
  delayMs?: number;
}

export type FakeLlmBehaviour = (request: FakeLlmRequest) => FakeLlmReply;

export interface FakeLlm {
  /** The chat completions endpoint, e.g. http://127.0.0.1:PORT/v1/chat/completions */
  url: string;
  requests: FakeLlmRequest[];
  behave(behaviour: FakeLlmBehaviour): void;
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible chat completions server on loopback, scripted by the test. With `key`, a request
 * without "Bearer <key>" gets a 401 whose body repeats what was sent, as careless servers do, so a test can
 * show the client never passes a server's words (or the key) on.
 */
export async function startFakeLlm(behaviour: FakeLlmBehaviour, options: { key?: string } = {}): Promise<FakeLlm> {
  const requests: FakeLlmRequest[] = [];
  let current = behaviour;
  const server = createServer((req, res) => {
    void readBody(req).then(async (text) => {
      const request: FakeLlmRequest = {
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(text) as FakeLlmRequest['body'],
      };
      requests.push(request);
      if (options.key !== undefined && request.authorization !== `Bearer ${options.key}`) {
        return send(
          res,
          401,
          JSON.stringify({ error: { message: `Incorrect API key provided: ${request.authorization ?? 'none'}` } }),
        );
      }
      const reply = current(request);
      if (reply.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      send(res, reply.status ?? 200, reply.raw ?? completion(reply.content ?? ''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    requests,
    behave: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The judge's input, read back from the request as a model would read it. */
export function judgeInputOf(request: FakeLlmRequest): JudgeInput {
  const user = request.body.messages?.find((m) => m.role === 'user');
  return JSON.parse(user?.content ?? '{}') as JudgeInput;
}

/** A judge that answers with the given verdicts whatever it is asked, in the asked-for JSON. */
export function verdictsReply(keyPoints: { id: string; status: string; quote?: string | null }[]): FakeLlmReply {
  return { content: JSON.stringify({ keyPoints }) };
}

function completion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
