/** What a server's own bank may hold; an import over a limit is refused with the limit named. */
export const BANK_LIMITS = {
  /** An imported file (document or bank JSON). */
  maxFileBytes: 512 * 1024,
  /** Questions one import may draft or bring. */
  maxQuestionsPerImport: 100,
  /** Questions over all of a server's topics. */
  maxQuestionsPerServer: 500,
  /** Topics of a server's own (Discord lists at most 25 autocomplete choices). */
  maxTopicsPerServer: 20,
  /** Words an appeal may pick (a key point alias is at most 200 characters). */
  maxAppealCharacters: 200,
} as const;
