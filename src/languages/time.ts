// What a language pack tells the engine about time: expressions found in text, normalised against an anchor.
import type { TimeUnit } from './cleaning-lexicon.ts';

export type TimePrecision = 'year' | 'month' | 'day';

/** A shift or a length in calendar units: `i fjor` = {years: -1}, `3 timer siden` = {hours: -3}. */
export type TimeOffset = Partial<Record<TimeUnit, number>>;

export type TimeKind =
  /** The text names the calendar: `20. juni 2024`, `i juli 2000`, `i 2018`, `19.06.2024`. */
  | 'date'
  /** The text counts from its own time: `i går`, `i fjor`, `13. mars i år`, `for snart tre år siden`. */
  | 'relative'
  /** A month or weekday without a year: `i august`, `tirsdag`; the anchor picks the nearest past one. */
  | 'floating'
  /** A length of time, not a point: `i seks måneder`, `på 24 år` (without `første gang`). */
  | 'duration';

export interface TimeExpression {
  text: string;
  /** UTF-16 offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  /**
   * Id of the rule that matched, `<code>/time/<technique>`, so a reader can see why. The technique names are shared
   * across languages where the meaning is: `ago` (`for tre år siden`) and `first-time-in` (`for første gang på 24
   * år`) count back from the text's own time, which the metadata stage uses for date arithmetic.
   */
  rule: string;
  kind: TimeKind;
  /** Calendar fields the text states outright (weekday 1 = Monday ... 7 = Sunday). */
  fields: { year?: number; month?: number; day?: number; weekday?: number };
  /** For `relative`: the shift from the anchor. For `duration`: the length. */
  offset?: TimeOffset;
  /** ISO 8601 date at `precision`, resolved against the anchor where the text leaves fields open; null when it cannot be. */
  value: string | null;
  precision: TimePrecision | null;
  /** True when `value` (or what it would be) depends on the anchor. */
  anchored: boolean;
  /** True for hedged amounts: `for snart tre år siden`, `for om lag ti år siden`. */
  approximate: boolean;
}

export interface TimeParser {
  /**
   * Every time expression in `text`, in order, without overlaps. With an anchor (the text's own "now"),
   * relative and floating expressions get a value; without one their value is null (fields and offset stay).
   */
  find(text: string, anchor?: Date | null): TimeExpression[];
}

/** `2024`, `2024-06`, `2024-06-19` from calendar fields (month and day 1-based). */
export function formatIsoDate(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** The weekday of a calendar date, 1 = Monday ... 7 = Sunday (as `TimeExpression.fields.weekday`). */
export function weekdayOf(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The anchor moved by an offset, in UTC calendar arithmetic (months and years keep the day where they can). */
export function shiftDate(anchor: Date, offset: TimeOffset): Date {
  const d = new Date(anchor.getTime());
  if (offset.years) d.setUTCFullYear(d.getUTCFullYear() + offset.years);
  if (offset.months) d.setUTCMonth(d.getUTCMonth() + offset.months);
  const ms =
    (offset.weeks ?? 0) * 7 * 86_400_000 +
    (offset.days ?? 0) * 86_400_000 +
    (offset.hours ?? 0) * 3_600_000 +
    (offset.minutes ?? 0) * 60_000;
  return new Date(d.getTime() + ms);
}

/** The finest unit an offset names decides how precisely the shifted date is known. */
export function precisionOfOffset(offset: TimeOffset): TimePrecision {
  if (offset.minutes !== undefined || offset.hours !== undefined || offset.days !== undefined) return 'day';
  if (offset.weeks !== undefined || offset.months !== undefined) return 'month';
  return 'year';
}

/** A date rendered at a precision: 2024-06-19 at 'month' is `2024-06`. */
export function formatAtPrecision(date: Date, precision: TimePrecision): string {
  const y = date.getUTCFullYear();
  if (precision === 'year') return formatIsoDate(y);
  if (precision === 'month') return formatIsoDate(y, date.getUTCMonth() + 1);
  return formatIsoDate(y, date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * What a parsed expression means against an anchor: the text's open fields filled from it. Floating months, days
 * and weekdays take the nearest one on or before the anchor (news tells of what happened), or with `ahead` the
 * nearest one on or after it (what a text says will happen: `skal møtes onsdag`).
 */
export function resolveTimeValue(
  d: Pick<TimeExpression, 'kind' | 'fields' | 'offset' | 'precision'>,
  anchor: Date | null,
  ahead = false,
): { value: string | null; anchored: boolean } {
  const { fields: f } = d;
  if (d.kind === 'duration' || d.precision === null) return { value: null, anchored: false };
  if (d.kind === 'date') return { value: formatIsoDate(f.year ?? 0, f.month, f.day), anchored: false };
  if (!anchor) return { value: null, anchored: true };
  if (d.kind === 'relative') {
    const shifted = shiftDate(anchor, d.offset ?? {});
    if (f.month === undefined) return { value: formatAtPrecision(shifted, d.precision), anchored: true };
    return { value: formatIsoDate(shifted.getUTCFullYear(), f.month, f.day), anchored: true };
  }
  const ay = anchor.getUTCFullYear();
  const am = anchor.getUTCMonth() + 1;
  if (f.weekday !== undefined) {
    const today = weekdayOf(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, anchor.getUTCDate());
    const days = ahead ? (f.weekday - today + 7) % 7 : -((today - f.weekday + 7) % 7);
    return { value: formatAtPrecision(shiftDate(anchor, { days }), 'day'), anchored: true };
  }
  const month = f.month ?? am;
  const later = month > am || (month === am && (f.day ?? 0) > anchor.getUTCDate());
  const earlier = month < am || (month === am && f.day !== undefined && f.day < anchor.getUTCDate());
  const year = ahead ? (earlier ? ay + 1 : ay) : later ? ay - 1 : ay;
  return { value: formatIsoDate(year, month, f.day), anchored: true };
}
