// Norwegian Bokmål words of time: months, weekdays, number words, units and relative day/year words (data).
import { CARDINAL_WORDS } from '../numbers/number-words.ts';
import type { TimeUnit } from '../../cleaning-lexicon.ts';
import type { TimeOffset } from '../../time.ts';

/** Month names and their common abbreviations, lower case, 1-based. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  mars: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
};

/** Weekdays, 1 = Monday. */
export const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  søndag: 7,
};

/** Amounts in time expressions: the cardinal words, and `en`/`ett`/`ei`/`et` as one (`for ett år siden`). */
export const NUMBER_WORDS: Record<string, number> = {
  ...CARDINAL_WORDS,
  en: 1,
  ett: 1,
  ei: 1,
  et: 1,
};

export const UNITS: Record<string, TimeUnit> = {
  år: 'years',
  året: 'years',
  årene: 'years',
  måned: 'months',
  måneder: 'months',
  måneden: 'months',
  månedene: 'months',
  uke: 'weeks',
  uker: 'weeks',
  uka: 'weeks',
  uken: 'weeks',
  ukene: 'weeks',
  dag: 'days',
  dager: 'days',
  døgn: 'days',
  dagen: 'days',
  dagene: 'days',
  time: 'hours',
  timer: 'hours',
  timen: 'hours',
  timene: 'hours',
  minutt: 'minutes',
  minutter: 'minutes',
};

/** Words that make an amount approximate: `for snart tre år siden`. */
export const APPROXIMATORS = [
  'snart',
  'nesten',
  'om lag',
  'omtrent',
  'rundt',
  'drøyt',
  'drøye',
  'vel',
  'cirka',
  'ca.',
  'over',
  'mer enn',
  'nærmere',
  'noe over',
  'i underkant av',
  'godt over',
];

/** Day-relative words (shift from the text's own day). */
export const RELATIVE_DAYS: Record<string, TimeOffset> = {
  'i dag': { days: 0 },
  'i går': { days: -1 },
  'i forgårs': { days: -2 },
  'i morgen': { days: 1 },
  'i overmorgen': { days: 2 },
  'i natt': { days: 0 },
  'i kveld': { days: 0 },
  'i morges': { days: 0 },
  'i formiddag': { days: 0 },
  'i ettermiddag': { days: 0 },
  'i går kveld': { days: -1 },
  'i dag tidlig': { days: 0 },
};

/** Year-relative words; they also qualify a month or a day-month: `13. mars i år`, `i september i fjor`. */
export const RELATIVE_YEARS: Record<string, number> = {
  'i år': 0,
  'i fjor': -1,
  'i forfjor': -2,
  'neste år': 1,
  'til neste år': 1,
  'forrige år': -1,
};

/** `denne uken`, `forrige måned`: a shift of one unit. */
export const RELATIVE_PERIODS: Record<string, number> = {
  denne: 0,
  dette: 0,
  forrige: -1,
  sist: -1,
  siste: -1,
  neste: 1,
  kommende: 1,
};

/** Prepositions that make a bare month or a four-digit number a time expression: `i august`, `siden 2006`. */
export const DATE_PREPOSITIONS = [
  'i',
  'fra',
  'til',
  'siden',
  'innen',
  'før',
  'etter',
  'gjennom',
  'høsten',
  'våren',
  'sommeren',
  'vinteren',
  'julen',
  'påsken',
  'året',
  'utgangen av',
  'slutten av',
  'begynnelsen av',
  'starten av',
  'midten av',
  'løpet av',
  'innen utgangen av',
];

/** Phrases that state a duration since the last time: `for første gang på 24 år` (= last time 24 years ago). */
export const FIRST_TIME_IN = ['for første gang på', 'første gang på'];
