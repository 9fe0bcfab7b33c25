// Finds the quantities a Norwegian text states (numbers, ranges, number words) and skips dates, years, ages, clock times and codes.
import {
  CARDINAL_WORDS,
  AGE_FOLLOWERS,
  CLOCK_PRECEDERS,
  COMPOUND_DURATIONS,
  COUNTING_ONE_WORDS,
  EMPHATIC_ONE_FOLLOWERS,
  RATE_ONE_PRECEDERS,
  MODIFIERS,
  ONE_WORDS,
  PAIR_PHRASES,
  SCALE_WORDS,
  UNIT_SYMBOLS,
  VAGUE_WORDS,
} from './number-words.ts';
import type { Quantity } from '../../quantity-reader.ts';
import { isNotAQuantity } from './is-not-a-quantity.ts';
import { parseNumberLiteral, parseNumberWord } from './parse-number.ts';
import { isSpaceBetween, wordAt, wordBefore } from './words-around.ts';

export type { Quantity };

const NUMBER_RE =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}]|[.,:]\d)/gu;
const DEFINITE_BEFORE_WORD = new Set(['de', 'disse', 'begge', 'alle', 'våre', 'sine', 'hans', 'hennes']);

interface Piece {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  rule: string;
}

/** Every quantity in `text`, in text order, non-overlapping. */
export function findQuantities(text: string): Quantity[] {
  const pieces = [...findDigitPieces(text), ...findWordPieces(text)].sort((a, b) => a.start - b.start);
  const out: Quantity[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i] as Piece;
    const next = pieces[i + 1];
    const range = next ? joinRange(text, first, next) : null;
    if (range === 'score') {
      i += 2;
      continue;
    }
    if (range) {
      out.push(withModifier(text, range));
      i += 2;
      continue;
    }
    out.push(
      withModifier(text, {
        start: first.start,
        end: first.end,
        value: first.value,
        min: null,
        max: null,
        unit: first.unit,
        rule: first.rule,
      }),
    );
    i += 1;
  }
  return joinDurations(
    text,
    out.filter((q, k) => k === 0 || q.start >= (out[k - 1] as Quantity).end),
  );
}

const DURATION_RES = COMPOUND_DURATIONS.map((d) => ({
  ...d,
  between: new RegExp(`^[ \\u00a0]+(?:${d.large.join('|')})[ \\u00a0]+og[ \\u00a0]+$`, 'u'),
  after: new RegExp(`^[ \\u00a0]+(?:${d.small.join('|')})(?![\\p{L}])`, 'u'),
}));

/** `tre år og seks måneder` is one duration, 3,5 år: the two numbers merge and the reader gives the unit. */
function joinDurations(text: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i] as Quantity;
    const b = quantities[i + 1];
    const single = (q: Quantity) => q.value !== null && q.unit === null && q.modifier === null;
    const d =
      b && a.value !== null && a.unit === null && single(b)
        ? DURATION_RES.find((r) => r.between.test(text.slice(a.end, b.start)))
        : undefined;
    const tail = d && b ? d.after.exec(text.slice(b.end, b.end + 20)) : null;
    if (!d || !b || !tail || (b.value as number) >= d.per) {
      out.push(a);
      continue;
    }
    const end = b.end + tail[0].length;
    out.push({
      ...a,
      end,
      text: text.slice(a.start, end),
      value: roundScaled(a.value! + b.value! / d.per),
      unit: d.unit,
      rule: 'numbers/duration',
    });
    i += 1;
  }
  return out;
}

type Draft = Omit<Quantity, 'text' | 'modifier'>;

/** `minus 10 grader`, `-10 grader`: the offset where the sign starts, else null. */
function negativeSign(text: string, start: number): number | null {
  if (text[start - 1] === '-' && /^\s?$/.test(text[start - 2] ?? '')) return start - 1;
  const m = /(?<![\p{L}])minus\s+$/iu.exec(text.slice(Math.max(0, start - 8), start));
  return m ? start - (Math.min(start, 8) - m.index) : null;
}

/** `4,1 millioner` is 4 100 000, not 4 099 999.9999999995. */
const roundScaled = (x: number): number => Number(x.toPrecision(12));

function findDigitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    const value = parseNumberLiteral(raw);
    if (value === null || isNotAQuantity(text, start, end, raw, value)) continue;
    let scaled = value;
    let rule = 'numbers/digits';
    const scale = scaleAfter(text, end);
    if (scale) {
      scaled = roundScaled(value * scale.factor);
      end = scale.end;
      rule = 'numbers/digits-scale';
    }
    const unit = symbolUnit(text, start, end);
    const sign = negativeSign(text, start);
    pieces.push({
      start: sign ?? unit?.start ?? start,
      end: unit?.end ?? end,
      value: sign === null ? scaled : -scaled,
      unit: unit?.unit ?? null,
      rule,
    });
  }
  return pieces;
}

const TENS_WORDS = 'tjue|tyve|tretti|tredve|førti|femti|seksti|sytti|åtti|nitti';
const UNIT_WORDS = 'en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni';
/** Only words that can be numbers are looked at: a scan of every word costs more than the whole stage. */
const NUMBER_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${TENS_WORDS})(?:${UNIT_WORDS})|${[
    ...Object.keys(CARDINAL_WORDS),
    ...ONE_WORDS,
    'par',
  ]
    .sort((x, y) => y.length - x.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

function findWordPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let consumed = 0;
  for (const m of text.matchAll(NUMBER_WORD_RE)) {
    const start = m.index;
    if (start < consumed) continue;
    const lower = m[0].toLowerCase();
    const prev = wordBefore(text, start);
    const adjacent = prev.word !== '' && isSpaceBetween(text, prev.end, start);
    if (lower === 'par') {
      const pair = adjacent ? PAIR_PHRASES[`${prev.lower} par`] : undefined;
      if (pair)
        pieces.push({ start: prev.start, end: start + 3, value: pair, unit: null, rule: 'numbers/pair' });
      continue;
    }
    const isOne = ONE_WORDS.has(lower);
    let value = isOne ? 1 : parseNumberWord(lower);
    if (value === null) continue;
    if (adjacent && DEFINITE_BEFORE_WORD.has(prev.lower) && !isOne) continue;
    let end = start + m[0].length;
    let multiplied = false;
    // `to hundre tusen`: every scale word after the first number word multiplies it.
    for (;;) {
      const next = wordAt(text, end);
      const withDot = text[next.end] === '.' ? `${next.lower}.` : next.lower;
      const factor = SCALE_WORDS[next.lower] ?? SCALE_WORDS[withDot];
      if (!next.word || !factor || !isSpaceBetween(text, end, next.start)) break;
      value = roundScaled(value * factor);
      end = next.end + (withDot.endsWith('.') && /^(mill|mrd)$/.test(next.lower) ? 1 : 0);
      multiplied = true;
    }
    consumed = end;
    // `ett poeng`, `én gang` count; `en`, `et`, `ei` are articles unless a scale word follows (`en million`).
    if (isOne && !multiplied && !COUNTING_ONE_WORDS.has(lower)) continue;
    if (isOne && !multiplied && EMPHATIC_ONE_FOLLOWERS.has(wordAt(text, end).lower)) continue; // ikke ett eneste
    if (isOne && !multiplied && adjacent && RATE_ONE_PRECEDERS.has(prev.lower)) continue; // på ett år
    if (adjacent && CLOCK_PRECEDERS.has(prev.lower)) continue; // klokken sju
    if (adjacent && VAGUE_WORDS.has(prev.lower)) continue; // flere tusen
    if (AGE_FOLLOWERS.has(wordAt(text, end).lower)) continue;
    pieces.push({ start, end, value, unit: null, rule: 'numbers/word' });
  }
  return pieces;
}

function scaleAfter(text: string, end: number): { factor: number; end: number } | null {
  const next = wordAt(text, end);
  if (!next.word || !isSpaceBetween(text, end, next.start)) return null;
  const withDot = text[next.end] === '.' ? `${next.lower}.` : next.lower;
  const factor = SCALE_WORDS[withDot] ?? SCALE_WORDS[next.lower];
  if (!factor) return null;
  return { factor, end: withDot.endsWith('.') && SCALE_WORDS[withDot] ? next.end + 1 : next.end };
}

function symbolUnit(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; unit: string } | null {
  const after = /^[ \u00a0]?(%|‰|€|\$|kr\b\.?|NOK\b|USD\b|EUR\b)/u.exec(text.slice(end, end + 5));
  if (after)
    return { start, end: end + after[0].length, unit: UNIT_SYMBOLS[after[1]!.toLowerCase()] ?? after[1]! };
  const before = /(\$|€|£|\bkr\.?|\bNOK|\bUSD|\bEUR) ?$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (before)
    return {
      start: start - before[0].length,
      end,
      unit: UNIT_SYMBOLS[before[1]!.toLowerCase()] ?? before[1]!,
    };
  return null;
}

/** `80–100`, `15 000-20 000`, `åtte til ti`, `mellom 15.000 og 20.000`; `fra 10 til 20` is a change, not a range. */
function joinRange(text: string, a: Piece, b: Piece): Draft | 'score' | null {
  const gap = text.slice(a.end, b.start);
  const prev = wordBefore(text, a.start);
  let rule: string | null = null;
  let start = a.start;
  if (/^\s?[–—-]\s?$/.test(gap)) rule = 'numbers/range-dash';
  else if (/^\s+til\s+$/.test(gap) && prev.lower !== 'fra') rule = 'numbers/range-til';
  else if (/^\s+og\s+$/.test(gap) && prev.lower === 'mellom') {
    rule = 'numbers/range-mellom';
    start = prev.start;
  }
  if (!rule) return null;
  // `2 til 3 millioner`: the scale word after the second number also scales the first.
  const scaleGap = b.value / a.value;
  const min =
    a.rule !== 'numbers/digits-scale' && b.rule === 'numbers/digits-scale' && scaleGap >= 1000
      ? a.value * (b.value >= 1e9 ? 1e9 : 1e6)
      : a.value;
  // `0–2`, `3-1`: a result, not a range; neither number is a quantity.
  const plain = a.rule === 'numbers/digits' && b.rule === 'numbers/digits';
  if (rule === 'numbers/range-dash' && plain && (a.value === 0 || a.value >= b.value) && b.value < 100)
    return 'score';
  if (!(min < b.value)) return null;
  return { start, end: b.end, value: null, min, max: b.value, unit: b.unit ?? a.unit, rule };
}

const MODIFIER_RES = MODIFIERS.map(({ phrase, kind }) => ({
  re: new RegExp(`(?<![\\p{L}])${phrase.replace('.', '\\.')}\\s+$`, 'u'),
  kind,
}));

function withModifier(text: string, q: Draft): Quantity {
  const head = text.slice(Math.max(0, q.start - 20), q.start).toLowerCase();
  for (const { re, kind } of MODIFIER_RES) {
    const m = re.exec(head);
    if (!m) continue;
    const modStart = q.start - head.length + m.index;
    return { ...q, start: modStart, text: text.slice(modStart, q.end), modifier: kind };
  }
  return { ...q, text: text.slice(q.start, q.end), modifier: null };
}
