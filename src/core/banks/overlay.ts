import { buildBank } from '../bank/build-bank.ts';
import type { Bank, BankQuestion } from '../bank/schema.ts';
import type { BankInput } from '../bank/validate.ts';
import type { BankBundle } from './bundle.ts';

/** An accepted alias as the overlay needs it: which key point of which question gains which words. */
export interface AliasOverlay {
  questionId: string;
  keyPointId: string;
  alias: string;
}

/** The built-in bank with a server's published topics after it (ids never collide: imports refuse that). */
export function mergeBanks(builtIn: Bank, bundles: readonly BankBundle[]): Bank {
  const own = bundles.flatMap((bundle) =>
    bundle.questions.questions.flatMap((question): BankQuestion[] => {
      const rubric = bundle.rubrics.rubrics.find((r) => r.questionId === question.id);
      return rubric === undefined ? [] : [{ ...question, rubric, document: bundle.document.name }];
    }),
  );
  return buildBank([...builtIn.questions, ...own]);
}

/**
 * The bank with each alias added to its key point. Copy-on-write: a question gaining an alias is a new
 * object; the bank given (the built-in one, shared by every server) is never changed. Aliases of questions
 * or key points that no longer exist are left out.
 */
export function applyAliases(bank: Bank, aliases: readonly AliasOverlay[]): Bank {
  if (aliases.length === 0) return bank;
  const questions = bank.questions.map((question) => {
    const own = aliases.filter((a) => a.questionId === question.id);
    if (own.length === 0) return question;
    const keyPoints = question.rubric.keyPoints.map((k) => {
      const added = own.filter((a) => a.keyPointId === k.id && !k.aliases.includes(a.alias)).map((a) => a.alias);
      return added.length === 0 ? k : { ...k, aliases: [...new Set([...k.aliases, ...added])] };
    });
    return { ...question, rubric: { ...question.rubric, keyPoints } };
  });
  return buildBank(questions);
}

/** The bank files with the aliases written into their rubrics, so the bank check can judge the result. */
export function applyAliasesToInput(input: BankInput, aliases: readonly AliasOverlay[]): BankInput {
  const rubricFiles = input.rubricFiles.map((file) => {
    const data = file.data as
      { rubrics?: { questionId?: string; keyPoints?: { id?: string; aliases?: string[] }[] }[] } | undefined;
    if (data?.rubrics === undefined) return file;
    const rubrics = data.rubrics.map((rubric) => ({
      ...rubric,
      keyPoints: rubric.keyPoints?.map((k) => {
        const added = aliases
          .filter((a) => a.questionId === rubric.questionId && a.keyPointId === k.id)
          .map((a) => a.alias);
        return added.length === 0 ? k : { ...k, aliases: [...new Set([...(k.aliases ?? []), ...added])] };
      }),
    }));
    return { ...file, data: { ...data, rubrics } };
  });
  return { ...input, rubricFiles };
}

/** The bundle with its accepted aliases written in, as a server exports it. */
export function bundleWithAliases(bundle: BankBundle, aliases: readonly AliasOverlay[]): BankBundle {
  const input = applyAliasesToInput(
    { questionFiles: [], rubricFiles: [{ file: '', data: bundle.rubrics }], documents: {} },
    aliases,
  );
  return { ...bundle, rubrics: input.rubricFiles[0]!.data as BankBundle['rubrics'] };
}
