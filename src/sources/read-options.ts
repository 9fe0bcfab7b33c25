// Options that steer how sources are read: clock, size and time limits, and test seams.

/** Default size limit per input: a news article is a few hundred kB at most, a feed or dump a few MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Default time a URL fetch may take before it is given up. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

export interface ReadOptions {
  /** Fetch time to record when a source has none of its own (`--now`). */
  now?: Date;
  /** Inputs larger than this many bytes are refused with an error line. */
  maxBytes?: number;
  /** Milliseconds before a URL fetch is given up. */
  fetchTimeoutMs?: number;
  /** What `-` reads; process.stdin unless given (tests pass their own stream). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told about each folder entry skipped as hidden or not an article (images, archives...). */
  onSkip?: (path: string, reason: string) => void;
}
