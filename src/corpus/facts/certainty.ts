// Ranks certainty so merged facts keep the firmest source's; `denied` is a polarity, kept apart from the rank.
import type { Certainty } from '../../contract/index.ts';

const RANK: Record<Certainty, number> = { asserted: 4, reported: 3, estimated: 2, hedged: 1, denied: 0 };

/** The firmest of several certainties (asserted > reported > estimated > hedged > denied). */
export function firmest(certainties: Iterable<Certainty | null>): Certainty {
  let best: Certainty = 'denied';
  let seen = false;
  for (const c of certainties) {
    if (c === null) continue;
    if (!seen || RANK[c] > RANK[best]) best = c;
    seen = true;
  }
  return seen ? best : 'asserted';
}

export function isDenied(c: Certainty | null): boolean {
  return c === 'denied';
}
