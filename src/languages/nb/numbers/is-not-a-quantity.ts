// Tells numbers that are not quantities: dates, years, clock times, ages, codes, references, list numbers.
import {
  AGE_FOLLOWERS,
  CLOCK_PRECEDERS,
  MONTHS,
  SCALE_WORDS,
  UNIT_SYMBOLS,
  WEAK_YEAR_PRECEDERS,
  YEAR_PRECEDERS,
} from './number-words.ts';
import { INVARIANT_UNITS, IRREGULAR_PLURALS, PHRASE_ENDERS } from './unit-words.ts';
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
  // `20. juni`, `juni 2024`; but `bevilget i desember 24 millioner kroner` counts money.
  if (MONTHS.has(next.lower)) return true;
  if (MONTHS.has(prev.lower.replace(/\.$/, '')) && !(next.lower in SCALE_WORDS)) return true;
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
  // A four-digit number is a year unless it counts something: `i 1990` and `rundt 1900` are years, `rundt 1900
  // ansatte` and `mellom 1200 og 1500 ansatte` counts. Only a year word (`i`, `siden`, `høsten`) settles it alone.
  if (/^\d{4}$/.test(raw) && value >= 1000 && value <= 2100 && !afterCurrency) {
    if (YEAR_PRECEDERS.has(prev.lower)) return true;
    if (!countsSomething(text, end, WEAK_YEAR_PRECEDERS.has(prev.lower))) return true;
  }
  if (
    prev.word &&
    /^\p{Lu}/u.test(prev.word) &&
    !prev.sentenceStart &&
    !UNIT_SYMBOLS[prev.lower] &&
    isSpaceBetween(text, prev.end, start) &&
    (!next.word || !isSpaceBetween(text, end, next.start) || PHRASE_ENDERS.has(next.lower)) &&
    !/^\s?[–—-]\s?\d/.test(text.slice(end, end + 4))
  )
    return true; // `TV 2 i går`, `Windows 11 er`; but `ga Russland 100 stridsvogner` and `slo Molde 2–0` are read
  if (isListNumber(text, start, after)) return true;
  return false;
}

const NEXT_NUMBER = /^\s+(?:og|til|eller|mot)\s+\d(?:[\d \u00a0.]*\d)?(?=\s)/u;

/**
 * A noun follows the number (or the second number of a pair): `1900 ansatte`, `1200 og 1500 ansatte`. After a word
 * that also stands before years (`rundt`, `fra`), and after a pair, the word must look like a plural noun: `rundt 1900
 * flyttet` and `2016 til 2023 forsvant` are years.
 */
function countsSomething(text: string, end: number, strict: boolean): boolean {
  const pair = NEXT_NUMBER.exec(text.slice(end, end + 24));
  const from = pair ? end + pair[0].length : end;
  const next = wordAt(text, from);
  return (
    isSpaceBetween(text, from, next.start) &&
    /^\p{Ll}/u.test(next.word) &&
    !PHRASE_ENDERS.has(next.lower) &&
    !MONTHS.has(next.lower) &&
    ((!strict && !pair) || looksPlural(next.lower))
  );
}

const looksPlural = (word: string): boolean =>
  /(?:er|e)s?$/.test(word) || INVARIANT_UNITS.has(word) || IRREGULAR_PLURALS[word] !== undefined;

function isListNumber(text: string, start: number, after: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    /^\s*$/.test(text.slice(lineStart, start)) &&
    (after === '.' || after === ')') &&
    /^\s/.test(text.slice(start).replace(/^\d+[.)]/, '') || ' ')
  );
}
