// Norwegian number words, scale words and quantity modifiers as plain data (edited by people, read by find-quantities).
import type { QuantityModifier } from '../../quantity-reader.ts';

/** Cardinal words that stand for a number on their own. `en`/`ett`/`et`/`ei` are left out: they are mostly articles. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  null: 0,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  tjue: 20,
  tyve: 20,
  tretti: 30,
  tredve: 30,
  førti: 40,
  femti: 50,
  seksti: 60,
  sytti: 70,
  åtti: 80,
  nitti: 90,
  hundre: 100,
  tusen: 1000,
  halvannen: 1.5,
  halvannet: 1.5,
  dusin: 12,
};

/** Words for "one" that count only before a scale word (`en million`, `ett tusen`). */
export const ONE_WORDS: ReadonlySet<string> = new Set(['en', 'én', 'ett', 'et', 'ei']);

/** Forms of "one" that are the number, not the article (`ett poeng`, `én gang`): they count on their own too. */
export const COUNTING_ONE_WORDS: ReadonlySet<string> = new Set(['ett', 'én']);

/** Words after `ett`/`én` that make it emphasis, not a count: `ikke ett eneste`. */
export const EMPHATIC_ONE_FOLLOWERS: ReadonlySet<string> = new Set(['eneste', 'enkelt', 'enkelte']);

/** Words before `ett`/`én` that make it the period of a rate, not a count: `produserer 2 millioner på ett år`. */
export const RATE_ONE_PRECEDERS: ReadonlySet<string> = new Set(['på', 'per', 'pr.']);

/** Scale words that multiply the number before them: `1,3 millioner`, `to tusen`, `13,3 mrd.`. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundre: 100,
  tusen: 1000,
  million: 1e6,
  millioner: 1e6,
  millionar: 1e6,
  mill: 1e6,
  'mill.': 1e6,
  mln: 1e6,
  milliard: 1e9,
  milliarder: 1e9,
  milliardar: 1e9,
  mrd: 1e9,
  'mrd.': 1e9,
  billion: 1e12,
  billioner: 1e12,
};

/** Vague amount words that make a phrase not a stated number: `flere tusen hackere`, `mange millioner`. */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  'flere',
  'mange',
  'noen',
  'titalls',
  'hundrevis',
  'tusenvis',
  'millioner av',
]);

/** Approximate pair phrases: `et par` means about two. */
export const PAIR_PHRASES: Readonly<Record<string, number>> = { 'et par': 2, 'ett par': 2 };

export type { QuantityModifier };

/** Words before a number that qualify it; multi-word entries are matched as whole phrases. */
export const MODIFIERS: ReadonlyArray<{ phrase: string; kind: QuantityModifier }> = [
  { phrase: 'i overkant av', kind: 'more' },
  { phrase: 'i underkant av', kind: 'less' },
  { phrase: 'mer enn', kind: 'more' },
  { phrase: 'flere enn', kind: 'more' },
  { phrase: 'over', kind: 'more' },
  { phrase: 'drøyt', kind: 'more' },
  { phrase: 'drøye', kind: 'more' },
  { phrase: 'mindre enn', kind: 'less' },
  { phrase: 'færre enn', kind: 'less' },
  { phrase: 'under', kind: 'less' },
  { phrase: 'knapt', kind: 'less' },
  { phrase: 'knappe', kind: 'less' },
  { phrase: 'snaut', kind: 'less' },
  { phrase: 'snaue', kind: 'less' },
  { phrase: 'om lag', kind: 'about' },
  { phrase: 'omkring', kind: 'about' },
  { phrase: 'omtrent', kind: 'about' },
  { phrase: 'rundt', kind: 'about' },
  { phrase: 'cirka', kind: 'about' },
  { phrase: 'ca.', kind: 'about' },
  { phrase: 'anslagsvis', kind: 'about' },
  { phrase: 'nesten', kind: 'almost' },
  { phrase: 'nærmere', kind: 'almost' },
  { phrase: 'snart', kind: 'almost' },
  { phrase: 'nær', kind: 'almost' },
  { phrase: 'opptil', kind: 'upTo' },
  { phrase: 'inntil', kind: 'upTo' },
  { phrase: 'maksimalt', kind: 'upTo' },
  { phrase: 'minst', kind: 'atLeast' },
  { phrase: 'minimum', kind: 'atLeast' },
];

/** Month names: a number next to one is a date, not a quantity. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'des',
]);

/** Words before a four-digit number that make it a year: `i 2018`, `siden 2006`, `høsten 2023`. */
export const YEAR_PRECEDERS: ReadonlySet<string> = new Set([
  'i',
  'år',
  'året',
  'siden',
  'før',
  'etter',
  'innen',
  'frem',
  'fram',
  'våren',
  'sommeren',
  'høsten',
  'vinteren',
  'julen',
  'påsken',
  'budsjettåret',
  'sesongen',
  'utgangen',
  'starten',
  'slutten',
  'begynnelsen',
  'midten',
  'løpet',
]);

/**
 * Words before a four-digit number that may stand before a year or a count: `rundt 1900` is a year, `rundt 1900
 * ansatte` a count. A noun after the number (or after the second number of a range) makes it a count.
 */
export const WEAK_YEAR_PRECEDERS: ReadonlySet<string> = new Set([
  'fra',
  'til',
  'mellom',
  'og',
  'eller',
  'rundt',
  'omkring',
  'per',
  'pr.',
]);

/** Words after a number that make it an age or a clock time, never a claim: `45 år gammel`, `klokken 14`. */
export const AGE_FOLLOWERS: ReadonlySet<string> = new Set(['gammel', 'gamle', 'år gammel', 'år gamle']);
export const CLOCK_PRECEDERS: ReadonlySet<string> = new Set(['kl.', 'kl', 'klokka', 'klokken']);

/**
 * A duration in two units read as one number: `tre år og seks måneder` is 3,5 år, `to timer og 30 minutter` 2,5
 * timer. `large` and `small` are the word forms of the two units, `per` how many small make one large.
 */
export const COMPOUND_DURATIONS: ReadonlyArray<{
  large: readonly string[];
  small: readonly string[];
  per: number;
  unit: string;
}> = [
  { large: ['år', 'års'], small: ['måned', 'måneder', 'måneders'], per: 12, unit: 'år' },
  { large: ['time', 'timer', 'timers'], small: ['minutt', 'minutter', 'minutters'], per: 60, unit: 'time' },
  { large: ['minutt', 'minutter'], small: ['sekund', 'sekunder'], per: 60, unit: 'minutt' },
  { large: ['uke', 'uker', 'ukers'], small: ['dag', 'dager', 'dagers'], per: 7, unit: 'uke' },
];

/** Symbols and abbreviations that carry their unit: `25 %`, `kr 100`, `$5`, `100 NOK`. */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  '%': 'prosent',
  '‰': 'promille',
  kr: 'krone',
  'kr.': 'krone',
  nok: 'krone',
  $: 'dollar',
  usd: 'dollar',
  '€': 'euro',
  eur: 'euro',
  '£': 'pund',
  km: 'kilometer',
  kg: 'kilo',
  mw: 'megawatt',
};
