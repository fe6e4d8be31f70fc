/** What the /bank commands and buttons say when they cannot act. */
export const BANK_NOTICES = {
  serversOnly: 'A bank of its own belongs to a server: use /bank in a server.',
  moderatorsOnly: 'Only members who can Manage Server change this server’s bank.',
  unknownSubcommand: 'That /bank command is not known; try /bank import, /bank export or /bank remove.',
  noFile: 'Attach the document (.md or .txt) or bank file (.json) to import.',
  downloadFailed: 'The file could not be downloaded from Discord; try again.',
  nothingToExport: 'This server has no topics of its own yet: /bank import a document first.',
} as const;
