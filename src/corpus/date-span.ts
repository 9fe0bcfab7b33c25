// Publication dates as day spans, so a month-precision date is as close to a day in it as that day itself.
export interface DaySpan {
  /** First day covered, as days since 1970-01-01 (UTC). */
  from: number;
  /** Last day covered, inclusive. */
  to: number;
}

const DAY_MS = 86_400_000;

/** `2025-12-10` -> one day, `2025-12` -> that month, `2025` -> that year; anything else -> null. */
export function dateSpan(published: string | null | undefined): DaySpan | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const day = Date.UTC(year, Number(match[2]) - 1, Number(match[3])) / DAY_MS;
    return { from: day, to: day };
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]) - 1;
    return { from: Date.UTC(year, month, 1) / DAY_MS, to: Date.UTC(year, month + 1, 1) / DAY_MS - 1 };
  }
  return { from: Date.UTC(year, 0, 1) / DAY_MS, to: Date.UTC(year + 1, 0, 1) / DAY_MS - 1 };
}

/** Days between two spans; 0 when they overlap. */
export function daysApart(a: DaySpan, b: DaySpan): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}

/** The smallest span covering both. */
export function widenSpan(a: DaySpan | null, b: DaySpan | null): DaySpan | null {
  if (!a) return b;
  if (!b) return a;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The span clustering compares, or null when the date says too little: a year-only date spans twelve times
 * the decay scale and usually comes from a year named in the text, not from the article's own metadata.
 */
export function clusteringSpan(published: string | null | undefined): DaySpan | null {
  const span = dateSpan(published);
  return span && span.to - span.from < 32 ? span : null;
}
