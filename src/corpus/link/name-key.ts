// Normalised keys for entity names: case, dashes, diacritics, genitive -s and transliteration variants folded.

/** Letters that NFKD does not decompose but that vary between spellings of the same name. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

/** Lower case, no diacritics, dashes and apostrophes as spaces, single spaces: `Kim Jong-Un` -> `kim jong un`. */
export function normaliseKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæßđłœþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[‐-―\-_'’`´.]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key without a genitive: `putins` -> `putin`, `reuters'` is already `reuters`; null when nothing to strip. */
export function stripGenitive(key: string): string | null {
  if (key.length < 4 || !key.endsWith('s') || key.endsWith('ss')) return null;
  return key.slice(0, -1);
}

/**
 * Spelling variants of Cyrillic (and other) transliterations, Norwegian vs English, applied in order:
 * Tsjajkovskij/Tchaikovsky, Sjojgu/Shoigu, Zjukov/Zhukov, Khodorkovskij/Hodorkovsky, Zelenskyj/Zelenskyy/Zelensky.
 */
const TRANSLITERATION: [RegExp, string][] = [
  [/tsj|tch|tsch/g, 'ch'],
  [/sjtsj|shch/g, 'sh'],
  [/sj|sch|zj|zh/g, 'sh'],
  [/kh/g, 'h'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ks/g, 'x'],
  [/[jy]/g, 'i'],
  [/ii\b/g, 'i'],
  [/(\p{L})\1+/gu, '$1'],
];

/** A transliteration-tolerant skeleton of one normalised token: `sjojgu` and `shoigu` both give `shoigu`. */
export function skeleton(token: string): string {
  let out = token;
  for (const [pattern, replacement] of TRANSLITERATION) out = out.replace(pattern, replacement);
  return out;
}

/** Tokens of a normalised key. */
export function tokensOf(key: string): string[] {
  return key.split(' ').filter((t) => t.length > 0);
}

/** Edit distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How many edits a name part of this length may differ by: none for short parts, where one letter is another name. */
export function editLimit(length: number): number {
  if (length >= 14) return 2;
  if (length >= 8) return 1;
  return 0;
}

/** Whether two name parts (skeletons) are the same name within the length-scaled edit limit. */
export function isSameNamePart(a: string, b: string): boolean {
  if (a === b) return true;
  const limit = editLimit(Math.min(a.length, b.length));
  return limit > 0 && boundedEditDistance(a, b, limit) <= limit;
}
