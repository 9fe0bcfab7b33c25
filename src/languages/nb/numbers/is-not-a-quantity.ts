// Tells numbers that are not quantities: dates, years, clock times, ages, codes, references, list numbers.
import { AGE_FOLLOWERS, CLOCK_PRECEDERS, MONTHS, UNIT_SYMBOLS, YEAR_PRECEDERS } from './number-words.ts';
import { PHRASE_ENDERS } from './unit-words.ts';
import { isSpaceBetween, wordAt, wordBefore } from './words-around.ts';

const REFERENCE_WORDS = new Set([
  'nr',
  'nr.',
  'nummer',
  'kapittel',
  'paragraf',
  'artikkel',
  'side',
  'sidene',
  'punkt',
  '§',
  'rom',
  'linje',
  'buss',
  'trikk',
  'e',
  'rv',
  'fv',
]);

/** Dates, years, clock times, ages, codes (`F-16`, `TV 2`), compounds (`90-årsjubileet`) and list numbers are not quantities. */
export function isNotAQuantity(
  text: string,
  start: number,
  end: number,
  raw: string,
  value: number,
): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const prev = wordBefore(text, start);
  const next = wordAt(text, end);
  if (before === '-' && /[\p{L}]/u.test(text[start - 2] ?? '')) return true; // F-16, Covid-19
  if (before === '/' || after === '/') return true; // 24/7, 1/3
  if (after === '-' && /[\p{L}]/u.test(text[end + 1] ?? '')) return true; // 90-årsjubileet, 1990-tallet, 24-åring
  if (after === ':' && /\d/.test(text[end + 1] ?? '')) return true; // 14:30
  if (after === '.' && /^\s+[\p{Ll}\d]/u.test(text.slice(end + 1, end + 3))) return true; // 20. juni, 3. plass
  if (MONTHS.has(next.lower) || MONTHS.has(prev.lower.replace(/\.$/, ''))) return true;
  if (CLOCK_PRECEDERS.has(prev.lower)) return true;
  if (REFERENCE_WORDS.has(prev.lower.replace(/\.$/, '')) || before === '§') return true;
  if (before === '(' && after === ')' && value < 130) return true; // Kari Nordmann (45)
  if (
    AGE_FOLLOWERS.has(next.lower) ||
    (next.lower === 'år' && AGE_FOLLOWERS.has(wordAt(text, next.end).lower))
  )
    return true;
  const afterCurrency =
    !!UNIT_SYMBOLS[prev.lower] || /[$€£]\s?$/.test(text.slice(Math.max(0, start - 2), start));
  if (/^\d{4}$/.test(raw) && value >= 1000 && value <= 2100 && !afterCurrency) {
    const followedByLowerWord =
      /^\s+\p{Ll}/u.test(text.slice(end, end + 2)) && !/^\s+(og|til|eller)\b/.test(text.slice(end, end + 8));
    if (YEAR_PRECEDERS.has(prev.lower) || !followedByLowerWord) return true;
  }
  if (
    prev.word &&
    /^\p{Lu}/u.test(prev.word) &&
    !prev.sentenceStart &&
    !UNIT_SYMBOLS[prev.lower] &&
    isSpaceBetween(text, prev.end, start) &&
    (!next.word || !isSpaceBetween(text, end, next.start) || PHRASE_ENDERS.has(next.lower))
  )
    return true; // `TV 2 i går`, `Windows 11 er`; but `ga Russland 100 stridsvogner` counts
  if (isListNumber(text, start, after)) return true;
  return false;
}

function isListNumber(text: string, start: number, after: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    /^\s*$/.test(text.slice(lineStart, start)) &&
    (after === '.' || after === ')') &&
    /^\s/.test(text.slice(start).replace(/^\d+[.)]/, '') || ' ')
  );
}
