import { applyAliases } from '../../core/banks/overlay.ts';
import { areWordsOfAnswer, cleanAppealWords } from '../../core/banks/appeal-words.ts';
import { BANK_LIMITS } from '../../core/banks/limits.ts';
import { bankTermWeights, compileQuestionRubric } from '../../core/grading/bank-grading.ts';
import { gradeAnswer } from '../../core/grading/grade.ts';
import type { KeyPointResult } from '../../core/grading/types.ts';
import type { Bank } from '../../core/bank/schema.ts';
import { alignKeyPoints } from '../../core/interview/feedback.ts';
import { applyHintPenalty } from '../../core/interview/session-state.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { Appeal, BankAlias } from '../../store/bank-records.ts';
import type { BankActor, BankDeps } from './bank-deps.ts';
import { questionBankFor } from './server-bank.ts';

export type AppealError =
  | 'unknown_attempt'
  | 'not_your_attempt'
  | 'unknown_key_point'
  | 'point_already_made'
  | 'no_appeal_words'
  | 'words_too_long'
  | 'words_not_in_answer'
  | 'already_appealed';

export interface AppealInput {
  attemptId: string;
  keyPointId: string;
  /** The words of the answer that make the point (the answer cut down to them). */
  words: string;
}

/** "That's in my answer": a candidate claims their own words make a point the grader did not count as made. */
export async function fileAppeal(
  deps: BankDeps,
  actor: BankActor,
  input: AppealInput,
): Promise<Result<Appeal, AppealError>> {
  const attempt = await deps.store.getAttempt(input.attemptId);
  if (attempt === null) return err('unknown_attempt');
  if (attempt.userId !== actor.userId) return err('not_your_attempt');
  const result = attempt.keyPoints.find((k) => k.id === input.keyPointId);
  if (result === undefined) return err('unknown_key_point');
  if (result.status === 'hit') return err('point_already_made');
  const words = cleanAppealWords(input.words);
  if (!/[\p{L}\p{N}]/u.test(words)) return err('no_appeal_words');
  if (words.length > BANK_LIMITS.maxAppealCharacters)
    return err('words_too_long', `${words.length} > ${BANK_LIMITS.maxAppealCharacters}`);
  if (!areWordsOfAnswer(words, attempt.answer)) return err('words_not_in_answer');
  const appeal: Appeal = {
    id: deps.newId(),
    guildId: attempt.guildId,
    userId: actor.userId,
    attemptId: attempt.id,
    questionId: attempt.questionId,
    keyPointId: input.keyPointId,
    words,
    status: 'pending',
    filedAt: deps.clock().toISOString(),
    decidedBy: null,
    decidedAt: null,
    regradedScore: null,
  };
  return (await deps.store.fileAppeal(appeal)) ? ok(appeal) : err('already_appealed');
}

/** A pending appeal with what a moderator needs to judge it. */
export interface AppealView {
  appeal: Appeal;
  prompt: string;
  keyPointText: string;
  answer: string;
}

/** `/bank appeals`: the server's pending appeals, oldest first. */
export async function listPendingAppeals(deps: BankDeps, guildId: string | null): Promise<AppealView[]> {
  const [appeals, bank] = await Promise.all([
    deps.store.listAppeals(guildId, 'pending'),
    questionBankFor(deps, guildId),
  ]);
  return Promise.all(appeals.map((appeal) => viewOf(deps, bank, appeal)));
}

/** One appeal (any status) with its question, key point and answer, as its server's bank words them. */
export async function describeAppeal(deps: BankDeps, appeal: Appeal): Promise<AppealView> {
  return viewOf(deps, await questionBankFor(deps, appeal.guildId), appeal);
}

async function viewOf(deps: BankDeps, bank: Bank, appeal: Appeal): Promise<AppealView> {
  const question = bank.byId.get(appeal.questionId);
  const attempt = await deps.store.getAttempt(appeal.attemptId);
  return {
    appeal,
    prompt: question?.prompt ?? appeal.questionId,
    answer: attempt?.answer ?? '',
    keyPointText: question?.rubric.keyPoints.find((k) => k.id === appeal.keyPointId)?.text ?? appeal.keyPointId,
  };
}

export type DecideError = 'unknown_appeal' | 'already_decided' | 'appeal_question_gone';

export interface AcceptedAppeal {
  appeal: Appeal;
  alias: BankAlias;
  previousScore: number;
  score: number;
  /** The appealed key point as the re-grade found it. */
  keyPoint: KeyPointResult;
}

/**
 * Accept: the words become an alias of the key point in the server's bank (an overlay, so a built-in
 * question changes for this server only), the attempt is graded again with it and the new grade stored.
 */
export async function acceptAppeal(
  deps: BankDeps,
  moderator: BankActor,
  appealId: string,
): Promise<Result<AcceptedAppeal, DecideError>> {
  const appeal = await deps.store.getAppeal(appealId);
  if (appeal === null || appeal.guildId !== moderator.guildId) return err('unknown_appeal');
  if (appeal.status !== 'pending') return err('already_decided');
  const attempt = await deps.store.getAttempt(appeal.attemptId);
  const bank = await questionBankFor(deps, moderator.guildId);
  if (attempt === null || !bank.byId.get(appeal.questionId)?.rubric.keyPoints.some((k) => k.id === appeal.keyPointId))
    return err('appeal_question_gone');
  const at = deps.clock().toISOString();
  const alias: BankAlias = {
    id: appeal.id,
    guildId: appeal.guildId,
    questionId: appeal.questionId,
    keyPointId: appeal.keyPointId,
    alias: appeal.words,
    acceptedBy: moderator.userId,
    acceptedAt: at,
  };
  const withAlias = applyAliases(bank, [alias]);
  const question = withAlias.byId.get(appeal.questionId)!;
  const weights = bankTermWeights(withAlias, deps.opposites === undefined ? {} : { opposites: deps.opposites });
  const grade = gradeAnswer(compileQuestionRubric(question, weights), attempt.answer);
  const regrade = {
    score: applyHintPenalty(grade.score, attempt.hintsUsed),
    keyPoints: alignKeyPoints(question, grade),
  };
  const decided = await deps.store.decideAppeal(appeal.id, {
    status: 'accepted',
    decidedBy: moderator.userId,
    decidedAt: at,
    alias,
    regrade,
  });
  if (decided === null) return err('already_decided');
  const keyPoint = regrade.keyPoints.find((k) => k.id === appeal.keyPointId)!;
  return ok({ appeal: decided, alias, previousScore: attempt.score, score: regrade.score, keyPoint });
}

/** Reject: recorded with who decided; the candidate is told by the transport. */
export async function rejectAppeal(
  deps: BankDeps,
  moderator: BankActor,
  appealId: string,
): Promise<Result<Appeal, DecideError>> {
  const appeal = await deps.store.getAppeal(appealId);
  if (appeal === null || appeal.guildId !== moderator.guildId) return err('unknown_appeal');
  const decided = await deps.store.decideAppeal(appealId, {
    status: 'rejected',
    decidedBy: moderator.userId,
    decidedAt: deps.clock().toISOString(),
  });
  return decided === null ? err('already_decided') : ok(decided);
}

/** Every alias accepted in the server, oldest first, with who accepted it. */
export function listAcceptedAliases(deps: BankDeps, guildId: string | null): Promise<BankAlias[]> {
  return deps.store.listBankAliases(guildId);
}
