// Finds Norwegian Bokmål time expressions (`20. juni 2024`, `i september i fjor`, `for snart tre år siden`) with spans.
import type { TimeUnit } from '../../cleaning-lexicon.ts';
import type { TimeExpression, TimeOffset, TimeParser, TimePrecision } from '../../time.ts';
import { precisionOfOffset, resolveTimeValue } from '../../time.ts';
import {
  APPROXIMATORS,
  DATE_PREPOSITIONS,
  FIRST_TIME_IN,
  MONTHS,
  NUMBER_WORDS,
  RELATIVE_DAYS,
  RELATIVE_PERIODS,
  RELATIVE_YEARS,
  UNITS,
  WEEKDAYS,
} from './time-words.ts';

type Draft = Omit<TimeExpression, 'text' | 'start' | 'end' | 'value' | 'precision' | 'anchored'> & {
  precision: TimePrecision | null;
};
interface Rule {
  id: string;
  /** Cheap test on the whole text: a rule whose trigger is absent is not run at all. */
  trigger?: RegExp;
  pattern: RegExp;
  /** Words just before a match that belong to it (`i` in `i juli 2000`), kept out of the pattern for speed. */
  extendBack?: RegExp;
  /** The match counts only when `extendBack` found its words. */
  requireBack?: boolean;
  build: (m: RegExpExecArray) => Draft | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
// Word boundaries: \b does not know æ, ø, å. The start is checked in code (a leading lookbehind tried at every
// position costs more than all the rest of the pattern).
const B = '';
const E = '(?![\\p{L}\\p{N}])';
const WORD_CHAR = /[\p{L}\p{N}]/u;

const MONTH = `(?<month>${alt(Object.keys(MONTHS))})\\.?`;
const REL_YEAR = `(?<relYear>${alt(Object.keys(RELATIVE_YEARS))})`;
const NUMBER = `(?<amount>\\d+(?:[.,]\\d+)?|${alt(Object.keys(NUMBER_WORDS))})`;
const UNIT = `(?<unit>${alt(Object.keys(UNITS))})`;
const APPROX = `(?:(?<approx>${alt(APPROXIMATORS)})\\s+)?`;
const PREP = `(?:${alt(DATE_PREPOSITIONS)})`;
const PREP_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${PREP}\\s+$`, 'iu');

const monthOf = (m: RegExpExecArray): number | undefined => MONTHS[(m.groups?.['month'] ?? '').toLowerCase()];
const yearOf = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const n = Number(s);
  if (s.length === 2) return 2000 + n;
  return n >= 1000 && n <= 2199 ? n : undefined;
};
const amountOf = (s: string | undefined): number | undefined => {
  if (!s) return undefined;
  const word = NUMBER_WORDS[s.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};
const validDay = (d: number, month: number | undefined): boolean => d >= 1 && d <= 31 && month !== undefined;
const unitOf = (m: RegExpExecArray): TimeUnit | undefined => UNITS[(m.groups?.['unit'] ?? '').toLowerCase()];
const flags = 'giu';

const RULES: Rule[] = [
  {
    id: 'nb/time/iso-date',
    pattern: new RegExp(`${B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${E}`, flags),
    build: (m) => numericDate(Number(m.groups?.['y']), Number(m.groups?.['m']), Number(m.groups?.['d'])),
  },
  {
    id: 'nb/time/numeric-date',
    pattern: new RegExp(`${B}(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})${E}(?!\\.\\d)`, flags),
    build: (m) => {
      const y = yearOf(m.groups?.['y']);
      return y === undefined ? null : numericDate(y, Number(m.groups?.['m']), Number(m.groups?.['d']));
    },
  },
  {
    id: 'nb/time/day-month',
    pattern: new RegExp(
      `${B}(?<d>\\d{1,2})\\.\\s*${MONTH}(?:\\s+(?:i\\s+)?(?<y>\\d{4})${E}|\\s+${REL_YEAR}${E})?${E}`,
      flags,
    ),
    build: (m) => {
      const month = monthOf(m);
      const day = Number(m.groups?.['d']);
      if (!validDay(day, month)) return null;
      const year = yearOf(m.groups?.['y']);
      const rel = m.groups?.['relYear'];
      if (year !== undefined) return date({ year, month, day }, 'day');
      if (rel)
        return relative(
          { years: RELATIVE_YEARS[rel.toLowerCase().replace(/\s+/g, ' ')] ?? 0 },
          { month, day },
          'day',
        );
      return floating({ month, day }, 'day');
    },
  },
  {
    id: 'nb/time/month-year',
    trigger: /\d{4}/,
    pattern: new RegExp(`${B}${MONTH}\\s+(?:i\\s+)?(?<y>\\d{4})${E}`, flags),
    extendBack: PREP_BEFORE,
    build: (m) => {
      const year = yearOf(m.groups?.['y']);
      return year === undefined ? null : date({ year, month: monthOf(m) }, 'month');
    },
  },
  {
    id: 'nb/time/month-relative-year',
    trigger: /år|fjor/iu,
    pattern: new RegExp(`${B}${MONTH}\\s+${REL_YEAR}${E}`, flags),
    extendBack: PREP_BEFORE,
    build: (m) =>
      relative({ years: RELATIVE_YEARS[norm(m.groups?.['relYear'])] ?? 0 }, { month: monthOf(m) }, 'month'),
  },
  {
    id: 'nb/time/month',
    trigger: new RegExp(MONTH, 'iu'),
    pattern: new RegExp(`${B}${MONTH}${E}`, flags),
    extendBack: PREP_BEFORE,
    // A bare month name is too often something else (`Mars`, `mai` as a name): a preposition must precede it.
    requireBack: true,
    build: (m) => floating({ month: monthOf(m) }, 'month'),
  },
  {
    id: 'nb/time/first-time-in',
    trigger: /gang/iu,
    pattern: new RegExp(`${B}(?:${alt(FIRST_TIME_IN)})\\s+${APPROX}${NUMBER}\\s+${UNIT}${E}`, flags),
    build: (m) => ago(m),
  },
  {
    id: 'nb/time/ago',
    trigger: /siden/iu,
    pattern: new RegExp(`${B}${APPROX}${NUMBER}\\s+${UNIT}\\s+siden${E}`, flags),
    extendBack: /(?<![\p{L}\p{N}])for\s+$/iu,
    build: (m) => ago(m),
  },
  {
    id: 'nb/time/duration',
    pattern: new RegExp(`${B}(?:i|på|etter|over|gjennom)\\s+${APPROX}${NUMBER}\\s+${UNIT}${E}`, flags),
    build: (m) => {
      const amount = amountOf(m.groups?.['amount']);
      const unit = unitOf(m);
      if (amount === undefined || !unit) return null;
      return {
        rule: '',
        kind: 'duration',
        fields: {},
        offset: { [unit]: amount },
        precision: null,
        approximate: !!m.groups?.['approx'],
      };
    },
  },
  {
    id: 'nb/time/year',
    trigger: /\d{4}/,
    pattern: new RegExp(`${B}(?<y>\\d{4})${E}(?![.,]\\d)`, flags),
    extendBack: PREP_BEFORE,
    requireBack: true,
    build: (m) => {
      const year = yearOf(m.groups?.['y']);
      return year === undefined ? null : date({ year }, 'year');
    },
  },
  {
    id: 'nb/time/relative-day',
    pattern: new RegExp(`${B}(?<w>${alt(Object.keys(RELATIVE_DAYS))})${E}`, flags),
    build: (m) => {
      const offset = RELATIVE_DAYS[norm(m.groups?.['w'])];
      return offset ? relative(offset, {}, 'day') : null;
    },
  },
  {
    id: 'nb/time/relative-year',
    pattern: new RegExp(`${B}${REL_YEAR}${E}`, flags),
    build: (m) => relative({ years: RELATIVE_YEARS[norm(m.groups?.['relYear'])] ?? 0 }, {}, 'year'),
  },
  {
    // `kjøpte i sommer`, `skal stå ferdig i høst`: the season of the text's own year (`i vinter` spans two years).
    id: 'nb/time/season',
    pattern: new RegExp(`${B}i\\s+(?:vår|sommer|høst)${E}`, flags),
    build: () => relative({ years: 0 }, {}, 'year'),
  },
  {
    id: 'nb/time/relative-period',
    pattern: new RegExp(
      `${B}(?:i\\s+)?(?<p>${alt(Object.keys(RELATIVE_PERIODS))})\\s+(?<unit>uke|uken|ukes|måned|måneden|måneds)${E}`,
      flags,
    ),
    build: (m) => {
      const n = RELATIVE_PERIODS[norm(m.groups?.['p'])] ?? 0;
      const unit: TimeUnit = /^uke/i.test(m.groups?.['unit'] ?? '') ? 'weeks' : 'months';
      return relative({ [unit]: n }, {}, 'month');
    },
  },
  {
    id: 'nb/time/weekday',
    pattern: new RegExp(`${B}(?<w>${alt(Object.keys(WEEKDAYS))})(?:ens|en|s)?${E}`, flags),
    build: (m) => floating({ weekday: WEEKDAYS[norm(m.groups?.['w'])] }, 'day'),
  },
];

function norm(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ');
}

type Fields = TimeExpression['fields'];
function clean(fields: { [K in keyof Fields]: number | undefined }): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k as keyof Fields] = v;
  return out;
}
function date(fields: { [K in keyof Fields]: number | undefined }, precision: TimePrecision): Draft {
  return { rule: '', kind: 'date', fields: clean(fields), precision, approximate: false };
}
function numericDate(year: number, month: number, day: number): Draft | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return date({ year, month, day }, 'day');
}
function relative(
  offset: TimeOffset,
  fields: { [K in keyof Fields]: number | undefined },
  precision: TimePrecision,
): Draft {
  return { rule: '', kind: 'relative', fields: clean(fields), offset, precision, approximate: false };
}
function floating(fields: { [K in keyof Fields]: number | undefined }, precision: TimePrecision): Draft {
  return { rule: '', kind: 'floating', fields: clean(fields), precision, approximate: false };
}
function ago(m: RegExpExecArray): Draft | null {
  const amount = amountOf(m.groups?.['amount']);
  const unit = unitOf(m);
  if (amount === undefined || !unit) return null;
  const offset: TimeOffset = { [unit]: -amount };
  return {
    ...relative(offset, {}, precisionOfOffset(offset)),
    approximate: !!m.groups?.['approx'] || !Number.isInteger(amount),
  };
}

function findTimeExpressions(text: string, anchor?: Date | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    if (rule.trigger && !rule.trigger.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1] ?? '')) {
        rule.pattern.lastIndex = m.index + 1;
        continue;
      }
      const before = rule.extendBack?.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (rule.requireBack && !before) continue;
      const draft = rule.build(m);
      if (!draft) continue;
      const { value, anchored } = resolveTimeValue(draft, anchor ?? null);
      const start = m.index - (before?.[0].length ?? 0);
      const end = m.index + m[0].length;
      found.push({
        ...draft,
        rule: rule.id,
        text: text.slice(start, end),
        start,
        end,
        value,
        anchored,
      });
    }
  }
  // Longest match wins; among equals, the earlier rule (they are listed from most to least specific).
  const order = found
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.end - b.e.start - (a.e.end - a.e.start) || a.i - b.i);
  const kept: TimeExpression[] = [];
  for (const { e } of order) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return joinMonthAgo(
    kept.sort((a, b) => a.start - b.start),
    text,
    anchor ?? null,
  );
}

/**
 * `i februar for snart tre år siden`: a month followed by years ago is that month in the year nearest to the stated
 * distance (February 2022 from November 2024), not the last February nor the year alone.
 */
function joinMonthAgo(found: TimeExpression[], text: string, anchor: Date | null): TimeExpression[] {
  if (!anchor) return found;
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const month = found[i]!;
    const ago = found[i + 1];
    const years = ago?.offset?.years;
    if (
      month.rule !== 'nb/time/month' ||
      !ago ||
      ago.rule !== 'nb/time/ago' ||
      years === undefined ||
      text.slice(month.end, ago.start).trim() !== '' ||
      month.fields.month === undefined
    ) {
      out.push(month);
      continue;
    }
    const nowMonths = anchor.getUTCFullYear() * 12 + anchor.getUTCMonth();
    const target = nowMonths + years * 12;
    const m = month.fields.month - 1;
    let best = Math.floor(target / 12);
    for (const y of [best - 1, best, best + 1]) {
      const at = y * 12 + m;
      if (at <= nowMonths && Math.abs(at - target) < Math.abs(best * 12 + m - target)) best = y;
    }
    out.push({
      rule: 'nb/time/month-ago',
      kind: 'date',
      fields: { year: best, month: month.fields.month },
      precision: 'month',
      approximate: ago.approximate,
      text: text.slice(month.start, ago.end),
      start: month.start,
      end: ago.end,
      value: `${best}-${String(month.fields.month).padStart(2, '0')}`,
      anchored: true,
    });
    i++;
  }
  return out;
}

export const nbTimeParser: TimeParser = { find: findTimeExpressions };
