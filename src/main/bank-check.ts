import { defaultBankRoot, loadBankFiles } from '../adapters/fs/load-bank.ts';
import { countKeyPoints } from '../core/bank/build-bank.ts';
import { formatBankProblem, sortBankProblems, type BankProblem } from '../core/bank/problems.ts';
import { checkBank } from '../core/bank/validate.ts';

export interface BankCheckOptions {
  /** Folder holding question-bank/ and rubrics/; the repository root by default. */
  root?: string;
  json?: boolean;
}

interface BankCheckReport {
  questions: number;
  keyPoints: number;
  topics: string[];
  problems: BankProblem[];
}

/** `bank check`: validates the question bank and lists every problem; exit code 1 when there is any. */
export async function runBankCheck(options: BankCheckOptions = {}): Promise<{ output: string; exitCode: number }> {
  const { input, problems: readProblems } = await loadBankFiles(options.root ?? defaultBankRoot());
  const { bank, problems } = checkBank(input);
  const report: BankCheckReport = {
    questions: bank.questions.length,
    keyPoints: countKeyPoints(bank),
    topics: bank.topics,
    problems: sortBankProblems([...readProblems, ...problems]),
  };
  const output = options.json ? JSON.stringify(report, null, 2) : formatReport(report);
  return { output, exitCode: report.problems.length === 0 ? 0 : 1 };
}

function formatReport(report: BankCheckReport): string {
  const { questions, keyPoints, topics, problems } = report;
  const verdict = problems.length === 0 ? 'ok' : count(problems.length, 'problem');
  const counts = [count(questions, 'question'), count(keyPoints, 'key point'), count(topics.length, 'topic')];
  const summary = `${counts.join(', ')}: ${verdict}`;
  return [...problems.map(formatBankProblem), summary].join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
