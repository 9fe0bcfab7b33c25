// Container dates (ISO 8601, RFC 822 pubDate, dd.mm.yyyy) -> ISO 8601, keeping the precision and UTC offset given.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// RFC 822 zone names; the offset is kept so the local calendar day of a Norwegian evening story is not shifted.
const ZONES: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
};

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const RFC822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,4}))?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2}))?$/i;

/** ISO 8601 form of a declared date, or null when the value is not a date we can read without guessing. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  return fromIso(text) ?? fromRfc822(text) ?? fromDotted(text) ?? fromFallback(text);
}

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = m;
  if (!isValidDay(Number(year), month ? Number(month) : 1, day ? Number(day) : 1)) return null;
  let out = year ?? '';
  if (month) out += `-${month}`;
  if (day) out += `-${day}`;
  if (hour && minute) {
    if (Number(hour) > 23 || Number(minute) > 59) return null;
    out += `T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${normaliseZone(zone)}`;
  }
  return out;
}

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const [, dayText, monthName, yearText, hour, minute, second, zone] = m;
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  let year = Number(yearText);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  if (!month || !isValidDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!hour || !minute) return date;
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${normaliseZone(zone)}`;
}

function fromDotted(text: string): string | null {
  const m = DOTTED.exec(text);
  if (!m) return null;
  const [, day, month, year, hour, minute] = m;
  if (!isValidDay(Number(year), Number(month), Number(day))) return null;
  const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  return hour && minute ? `${date}T${pad(Number(hour))}:${minute}:00` : date;
}

function fromFallback(text: string): string | null {
  // Only worded dates with a four-digit year ("December 10, 2025"): Date.parse rolls 30 February over to
  // March and accepts odd inputs, so numeric forms the parsers above rejected stay rejected.
  if (!/\b\d{4}\b/.test(text) || !/[a-z]{3}/i.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function fromEpoch(value: number): string | null {
  // Seconds or milliseconds since 1970, as some JSON dumps store them.
  const ms = value < 1e11 ? value * 1000 : value;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function normaliseZone(zone: string | undefined): string {
  if (!zone) return '';
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
