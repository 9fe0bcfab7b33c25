// Cuts a window of the original body around the best cluster of matches and marks every matched word.
import { HIGHLIGHT_END, HIGHLIGHT_START } from './store.ts';
import type { Stem } from './stemming.ts';
import { findWords, type WordToken } from './word-tokens.ts';

export const SNIPPET_WIDTH = 200;
const ELLIPSIS = '…';
// How much text before the first match is kept, so the window reads as a sentence, not a cut-off.
const LEAD_IN = 60;

/**
 * The body window (about `width` characters, whitespace collapsed) holding the most distinct matched stems,
 * each word whose stem is in `stems` wrapped in HIGHLIGHT_START/HIGHLIGHT_END. Without a match in the body
 * (a title-only hit) it is the body's beginning.
 */
export function buildSnippet(
  body: string,
  stems: ReadonlySet<string>,
  stem: Stem,
  width = SNIPPET_WIDTH,
): string {
  const words = findWords(body);
  const hits = stems.size ? words.filter((word) => stems.has(stem(word.text))) : [];
  const [first, last] = bestCluster(hits, stem, width);
  let start = 0;
  let end = Math.min(body.length, width);
  if (first && last) {
    const slack = Math.max(0, width - (last.end - first.start));
    start = Math.max(0, first.start - Math.min(LEAD_IN, Math.floor(slack / 2)));
    end = Math.min(body.length, Math.max(last.end, start + width));
  }
  // Snap to whole words so no word is cut in half.
  if (start > 0) start = words.find((word) => word.end > start)?.start ?? start;
  if (end < body.length) end = lastWordEnd(words, start, end);
  let out = start > 0 ? ELLIPSIS : '';
  let cursor = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    out += body.slice(cursor, hit.start) + HIGHLIGHT_START + hit.text + HIGHLIGHT_END;
    cursor = hit.end;
  }
  out += body.slice(cursor, end) + (end < body.length ? ELLIPSIS : '');
  return out.replace(/\s+/g, ' ').trim();
}

/** First and last hit of the window with the most distinct stems (then most hits, then earliest). */
function bestCluster(
  hits: WordToken[],
  stem: Stem,
  width: number,
): [WordToken | undefined, WordToken | undefined] {
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (let i = 0; i < hits.length; i += 1) {
    const distinct = new Set<string>();
    let j = i;
    while (j < hits.length && (hits[j]?.end ?? 0) - (hits[i]?.start ?? 0) <= width) {
      distinct.add(stem(hits[j]?.text ?? ''));
      j += 1;
    }
    const score = distinct.size * 10_000 + (j - i);
    if (score > bestScore) {
      bestScore = score;
      best = [i, Math.max(i, j - 1)];
    }
  }
  return best ? [hits[best[0]], hits[best[1]]] : [undefined, undefined];
}

/** The end of the last whole word inside [start, end], or `end` when none is. */
function lastWordEnd(words: WordToken[], start: number, end: number): number {
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i];
    if (word && word.end <= end && word.start >= start) return word.end;
  }
  return end;
}
