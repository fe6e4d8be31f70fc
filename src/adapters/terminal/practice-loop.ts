import { currentQuestion, type Feedback } from '../../core/interview/index.ts';
import type { SessionOptions } from '../../core/interview/types.ts';
import { messageFor } from '../../interviewer/messages.ts';
import type { Actor, Interviewer, SessionView } from '../../interviewer/interviewer.ts';
import type { LineReader } from './line-reader.ts';
import { renderFeedback, renderFollowUpPrompt, renderHint, renderQuestion, renderReport } from './render.ts';
import type { Style } from './style.ts';

export interface PracticeIo {
  reader: LineReader;
  write(text: string): void;
  style: Style;
  /** At a terminal the user chooses after feedback (next, model answer, retry); piped input just goes on. */
  isInteractive: boolean;
}

/**
 * A whole mock interview in the terminal; returns the process exit code. An interview left unfinished
 * (the terminal closed, Ctrl+C) is resumed when `resume` is set; otherwise it is ended and a new one starts.
 */
export async function runPractice(
  interviewer: Interviewer,
  actor: Actor,
  options: SessionOptions,
  io: PracticeIo,
  resume = true,
): Promise<number> {
  const opened = await openInterview(interviewer, actor, options, io, resume);
  if (opened === null) return 2;
  return runSession(interviewer, actor, opened, io);
}

/** Asks the session's questions from its current one to the end, then prints the report; returns the exit code. */
export async function runSession(
  interviewer: Interviewer,
  actor: Actor,
  opened: SessionView,
  io: PracticeIo,
): Promise<number> {
  let view: SessionView = opened;
  while (view.session.status === 'active' && view.question !== null) {
    const next = await askCurrent(interviewer, actor, view, io);
    if (next === null) break;
    view = next;
  }
  if (view.session.status === 'active') view = await settle(interviewer.end(actor, view.session.id), view);
  const report = await interviewer.report(view.session.id);
  if (report.ok) io.write(renderReport(report.value, io.style));
  return 0;
}

async function openInterview(
  interviewer: Interviewer,
  actor: Actor,
  options: SessionOptions,
  io: PracticeIo,
  resume: boolean,
): Promise<SessionView | null> {
  const unfinished = await interviewer.activeSession(actor.userId, { sources: ['terminal'] });
  if (unfinished !== null && resume) {
    io.write(
      `Resuming your unfinished interview (question ${unfinished.index + 1}/${unfinished.questionIds.length}); --new starts a fresh one.\n`,
    );
    const view = { session: unfinished, question: currentQuestion(unfinished, interviewer.bank) };
    const isAnswered = unfinished.outcomes[unfinished.index]?.status !== 'pending';
    return isAnswered ? settle(interviewer.next(actor, unfinished.id), view) : view;
  }
  if (unfinished !== null) await interviewer.end(actor, unfinished.id);
  const started = await interviewer.start(actor, options);
  if (started.ok) return started.value;
  io.write(`${messageFor(started.error, interviewer.bank.topics)}\n`);
  return null;
}

/** Asks the current question until it is answered, skipped or the session ends; null at end of input. */
async function askCurrent(
  interviewer: Interviewer,
  actor: Actor,
  view: SessionView,
  io: PracticeIo,
): Promise<SessionView | null> {
  const { session, question } = view;
  io.write(renderQuestion(question!, session.index + 1, session.questionIds.length, io.style));
  for (;;) {
    const block = await io.reader.block();
    if (block === null) return null;
    const command = block.trim().toLowerCase();
    if (command === '/end') return settle(interviewer.end(actor, session.id), view);
    if (command === '/skip') return settle(interviewer.skip(actor, session.id), view);
    if (command === '/hint') {
      const hinted = await interviewer.hint(actor, session.id);
      io.write(hinted.ok ? renderHint(hinted.value.extra, io.style) : `${messageFor(hinted.error)}\n`);
      continue;
    }
    const answered = await interviewer.answer(actor, session.id, block);
    if (!answered.ok) {
      io.write(`${messageFor(answered.error)}\n`);
      continue;
    }
    io.write(renderFeedback(answered.value.extra, io.style));
    const followed = await askFollowUp(interviewer, actor, answered.value, answered.value.extra, io);
    if (followed === null) return null;
    if (followed === 'end') return settle(interviewer.end(actor, session.id), view);
    return afterFeedback(interviewer, actor, followed, io);
  }
}

/**
 * At a terminal, the one follow-up about a nearly made point: answered like a question, or skipped with an
 * empty answer or /skip; /end skips it and ends the interview. Piped input is a script of answers, so there
 * the follow-up is skipped silently.
 */
async function askFollowUp(
  interviewer: Interviewer,
  actor: Actor,
  view: SessionView,
  feedback: Feedback,
  io: PracticeIo,
): Promise<SessionView | 'end' | null> {
  if (feedback.followUp === null || !io.isInteractive) return view;
  io.write(renderFollowUpPrompt(feedback.followUp, io.style));
  const first = await io.reader.line();
  if (first === null) return null;
  const command = first.trim().toLowerCase();
  if (command === '' || command === '/skip') return settle(interviewer.skipFollowUp(actor, view.session.id), view);
  if (command === '/end') {
    await interviewer.skipFollowUp(actor, view.session.id);
    return 'end';
  }
  const block = [first, ...(await linesUntilBlank(io))].join('\n');
  const answered = await interviewer.followUp(actor, view.session.id, block);
  if (!answered.ok) {
    io.write(`${messageFor(answered.error)}\n`);
    return settle(interviewer.skipFollowUp(actor, view.session.id), view);
  }
  io.write(renderFeedback(answered.value.extra, io.style));
  return answered.value;
}

async function linesUntilBlank(io: PracticeIo): Promise<string[]> {
  const lines: string[] = [];
  for (let line = await io.reader.line(); line !== null && line.trim() !== ''; line = await io.reader.line())
    lines.push(line);
  return lines;
}

/** At a terminal: Enter goes on, /model shows the model answer, /retry answers once more, /end stops. */
async function afterFeedback(
  interviewer: Interviewer,
  actor: Actor,
  view: SessionView,
  io: PracticeIo,
): Promise<SessionView | null> {
  const id = view.session.id;
  while (io.isInteractive) {
    io.write(io.style.dim('[Enter] next question · /model model answer · /retry answer again · /end stop\n'));
    const line = await io.reader.line();
    const command = line?.trim().toLowerCase() ?? '';
    if (command === '/model') {
      const model = await interviewer.modelAnswer(actor, id);
      io.write(`${model.ok ? `Model answer: ${model.value.text}` : messageFor(model.error)}\n`);
    } else if (command === '/retry') {
      const retried = await retry(interviewer, actor, view, io);
      if (retried !== null) view = retried;
    } else if (command === '/end') {
      return settle(interviewer.end(actor, id), view);
    } else break;
  }
  return settle(interviewer.next(actor, id), view);
}

async function retry(
  interviewer: Interviewer,
  actor: Actor,
  view: SessionView,
  io: PracticeIo,
): Promise<SessionView | null> {
  io.write('Answer again (an empty line ends it):\n');
  const block = await io.reader.block();
  if (block === null) return null;
  const answered = await interviewer.answer(actor, view.session.id, block);
  if (!answered.ok) {
    io.write(`${messageFor(answered.error)}\n`);
    return null;
  }
  io.write(renderFeedback(answered.value.extra, io.style));
  return answered.value;
}

async function settle(
  pending: Promise<{ ok: true; value: SessionView } | { ok: false; error: unknown }>,
  fallback: SessionView,
): Promise<SessionView> {
  const result = await pending;
  return result.ok ? result.value : fallback;
}
