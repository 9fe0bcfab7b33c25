// Finds who holds a number: the speaker of the quote it sits in (`..., ifølge politiet`, `– Vi mistet 40 hus, sier ordføreren`).
import type { Quote } from '../../contract/schema.ts';

export interface Holder {
  name: string;
  /** The quote's cue: `ifølge`, `sier`, ... */
  cue: string | null;
}

/** The innermost quote covering [start, end) names the holder: its speaker's name, else the description of the source. */
export function findHolder(quotes: readonly Quote[], start: number, end: number): Holder | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.start > start || q.end < end) continue;
    if (!q.speakerName && !q.speakerRole) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  if (!best) return null;
  return { name: (best.speakerName ?? best.speakerRole)!, cue: best.cue };
}
