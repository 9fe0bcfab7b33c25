// Relative times ("3 timer siden") from the API's ISO dates, which may be a year, a month, a day or a date-time.
import type { Dictionary } from './i18n.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `date` as YYYY, YYYY-MM, YYYY-MM-DD or a full date-time; day precision is said in days, never hours. */
export function relativeTime(date: string | null, t: Dictionary, now = Date.now()): string {
  if (!date) return t.undated;
  const dayOnly = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date);
  const time = Date.parse(dayOnly ? `${date.padEnd(10, '-01').slice(0, 10)}T00:00:00` : date);
  if (Number.isNaN(time)) return date;
  if (/^\d{4}(-\d{2})?$/.test(date)) return date;
  const diff = Math.max(0, now - time);
  if (!dayOnly && diff < HOUR) return t.ago(Math.max(1, Math.round(diff / MINUTE)), 'minute');
  if (!dayOnly && diff < DAY) return t.ago(Math.round(diff / HOUR), 'hour');
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const days = Math.ceil((startOfToday.getTime() - time) / DAY);
  if (days <= 0) return t.today;
  if (days === 1) return t.yesterday;
  if (days < 14) return t.ago(days, 'day');
  if (days < 60) return t.ago(Math.round(days / 7), 'week');
  if (days < 730) return t.ago(Math.round(days / 30.4), 'month');
  return t.ago(Math.round(days / 365.25), 'year');
}
