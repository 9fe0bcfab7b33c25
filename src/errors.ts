// The one catalogue of error codes for thrown errors (configuration and programmer errors, never per-article ones).

export const ERROR_CODES = {
  BAD_OPTION: 'a command-line or API option has a malformed value',
  STORE_UNAVAILABLE: 'the database cannot be opened or is not a sakskart database',
  STORE_TOO_NEW: 'the database was written by a newer sakskart (unknown migration)',
  MODEL_MISSING: 'a trained model file is missing or unreadable',
  LANGUAGE_UNSUPPORTED: 'no language pack for the requested language',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error a user can act on: `code` for programs, `message` for people. */
export class SakskartError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SakskartError';
    this.code = code;
  }
}
