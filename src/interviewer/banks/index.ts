/** The server-bank use cases every transport calls (Discord's /bank commands, the terminal, tests). */
export type { BankActor, BankDeps } from './bank-deps.ts';
export { ownBankFor, questionBankFor, topicsFor, type TopicChoice } from './server-bank.ts';
export { createServerBanks, type ServerBanks } from './server-banks.ts';
export {
  discardDraft,
  importDocument,
  publishDraft,
  type DraftError,
  type ImportError,
  type ImportInput,
  type ImportSummary,
} from './import-document.ts';
export { exportBank, removeTopic, type ExportedFile } from './export-bank.ts';
export {
  acceptAppeal,
  describeAppeal,
  fileAppeal,
  listAcceptedAliases,
  listPendingAppeals,
  rejectAppeal,
  type AcceptedAppeal,
  type AppealError,
  type AppealInput,
  type AppealView,
  type DecideError,
} from './appeals.ts';
export { appealsToReview, mayChangeBank, mayReviewAppeals, reviewerRoleOf, setReviewerRole } from './reviewers.ts';
