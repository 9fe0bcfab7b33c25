// Finds what a number counts: the noun after it, past adjectives (`1500 nye boliger` → `boliger`).
import type { QuantityReader } from '../../languages/quantity-reader.ts';

export interface UnitWord {
  word: string;
  start: number;
  end: number;
}

const WORD_AFTER = /^[ \u00a0]+([\p{Ll}][\p{L}-]*)/u;
const MAX_WORDS = 4;

const isAdjective = (reader: QuantityReader, w: string): boolean =>
  reader.unitAdjectives.has(w) || reader.adjectiveEndings.some((e) => w.endsWith(e));

/** The counted noun after offset `from` (the end of a number), or null when a preposition, verb or punctuation follows. */
export function findUnit(reader: QuantityReader, body: string, from: number): UnitWord | null {
  const run: UnitWord[] = [];
  let pos = from;
  while (run.length < MAX_WORDS) {
    const m = WORD_AFTER.exec(body.slice(pos, pos + 60));
    if (!m) break;
    const word = m[1]!;
    if (reader.phraseEnders.has(word)) break;
    const start = pos + m[0].length - word.length;
    run.push({ word, start, end: start + word.length });
    pos = start + word.length;
    if (!isAdjective(reader, word)) return run[run.length - 1]!;
  }
  return run[run.length - 1] ?? null;
}
