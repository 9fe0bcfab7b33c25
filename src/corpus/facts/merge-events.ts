// Merges events reported by several articles (type, participants, place, date compatible) and orders the timeline.
import type { ArticleEvent } from '../../contract/index.ts';
import { globalId, sourceOf } from './evidence.ts';
import type { DatePrecision, EventFact, FactSource, LinkedRecord, TimelineEntry } from './types.ts';

export function precisionOf(date: string | null): DatePrecision | null {
  if (date === null) return null;
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** `2024-06-19` is more precise than `2024-06`, which is more than `2024` or nothing. */
export function isMorePrecise(date: string, than: string | null): boolean {
  return than === null || date.length > than.length;
}

/** Dates agree when one is a prefix of the other (`2024-06` and `2024-06-19`); an absent date agrees with any. */
export function isDateCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** A caption's event cites the caption: no body span, the caption's words as evidence. */
function captionSource(articleId: string, event: ArticleEvent & { caption: string }): FactSource {
  return {
    articleId,
    start: 0,
    end: 0,
    text: event.caption.slice(event.start, event.end) || event.text,
    certainty: null,
    fromCaption: true,
  };
}

function participantsAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const shared = a.filter((p) => b.includes(p)).length;
  // One side may name fewer participants (Putin alone vs Putin and Kim): a subset agrees.
  return shared === Math.min(a.length, b.length) || shared / new Set([...a, ...b]).size >= 0.5;
}

interface Pending {
  event: ArticleEvent;
  linked: LinkedRecord;
  participants: string[];
  place: string | null;
  order: number;
}

export function mergeEvents(linked: LinkedRecord[]): EventFact[] {
  const pending: Pending[] = [];
  for (const entry of linked) {
    // Events of the body, then those only a photo caption states (`captionEvents`, spans into the caption).
    const captions = (entry.record.captionEvents ?? []).map((event) => ({
      ...event,
      caption: entry.record.removed[event.removed]?.text ?? '',
    }));
    for (const event of [...entry.record.events, ...captions]) {
      const participants = [...new Set(event.participants.map((p) => globalId(entry, p) ?? p))];
      pending.push({
        event,
        linked: entry,
        participants,
        place: globalId(entry, event.place),
        order: pending.length,
      });
    }
  }
  // Precise dates first, so an undated mention joins the dated event rather than founding its own.
  pending.sort((a, b) => (b.event.date?.length ?? 0) - (a.event.date?.length ?? 0) || a.order - b.order);
  const facts: EventFact[] = [];
  for (const p of pending) {
    const fits = facts.filter(
      (f) =>
        f.type === p.event.type &&
        isDateCompatible(f.date, p.event.date) &&
        (f.place === null || p.place === null || f.place === p.place) &&
        participantsAgree(f.participants, p.participants),
    );
    // An undated event that fits several dated ones (two meetings of the same pair) joins none of them.
    const target =
      fits.length === 1 ? fits[0] : p.event.date === null ? fits.find((f) => f.date === null) : fits[0];
    const source =
      'caption' in p.event
        ? captionSource(p.linked.record.id, p.event as ArticleEvent & { caption: string })
        : sourceOf(p.linked.record, p.event, null);
    if (!target) {
      facts.push({
        id: '',
        type: p.event.type,
        date: p.event.date,
        precision: precisionOf(p.event.date),
        participants: p.participants,
        place: p.place,
        text: p.event.text,
        sources: [source],
      });
      continue;
    }
    target.sources.push(source);
    target.participants = [...new Set([...target.participants, ...p.participants])];
    target.place ??= p.place;
    if (p.event.date !== null && isMorePrecise(p.event.date, target.date)) {
      target.date = p.event.date;
      target.precision = precisionOf(p.event.date);
    }
  }
  return facts.map((f, i) => ({ ...f, id: `v${i + 1}` }));
}

/** The story's events by date (coarser dates before finer ones on the same start), undated last. */
export function buildTimeline(events: EventFact[]): TimelineEntry[] {
  const dated = events.filter((e) => e.date !== null);
  const undated = events.filter((e) => e.date === null);
  const startOf = (d: string): string => `${d}-01-01`.slice(0, 10).padEnd(10, '0');
  dated.sort(
    (a, b) =>
      startOf(a.date ?? '').localeCompare(startOf(b.date ?? '')) ||
      (a.date?.length ?? 0) - (b.date?.length ?? 0),
  );
  return [...dated, ...undated].map((e) => ({
    eventId: e.id,
    date: e.date,
    precision: e.precision,
    type: e.type,
    participants: e.participants,
    place: e.place,
    text: e.text,
    sourceCount: new Set(e.sources.map((s) => s.articleId)).size,
  }));
}
