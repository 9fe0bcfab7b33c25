// A story's facts as CSV (RFC 4180): one row per fact and source, entity ids resolved to names.
import type { Story } from './assemble-story.ts';

export const CSV_COLUMNS = [
  'fact_id',
  'kind',
  'subject',
  'predicate',
  'object',
  'item',
  'event_type',
  'date',
  'value',
  'min',
  'max',
  'unit',
  'about',
  'holder',
  'fact_certainty',
  'source_certainty',
  'article_id',
  'start',
  'end',
  'evidence',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function storyToCsv(story: Story): string {
  const names = new Map(story.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  const rows: Row[] = [];
  for (const r of story.facts.relations) {
    for (const s of r.sources) {
      rows.push({
        fact_id: r.id,
        kind: 'relation',
        subject: name(r.subject),
        predicate: r.predicate,
        object: name(r.object),
        item: r.item,
        date: r.date,
        fact_certainty: r.certainty,
        source_certainty: s.certainty,
        article_id: s.articleId,
        start: s.start,
        end: s.end,
        evidence: s.text,
      });
    }
  }
  for (const e of story.facts.events) {
    for (const s of e.sources) {
      rows.push({
        fact_id: e.id,
        kind: 'event',
        event_type: e.type,
        date: e.date,
        subject: e.participants.map(name).join('; '),
        object: name(e.place),
        article_id: s.articleId,
        start: s.start,
        end: s.end,
        evidence: s.text,
      });
    }
  }
  for (const c of story.facts.claims) {
    for (const [i, s] of c.sources.entries()) {
      const holder = c.holders[i];
      rows.push({
        fact_id: c.id,
        kind: 'claim',
        value: c.value,
        min: c.min,
        max: c.max,
        unit: c.unit,
        about: c.about,
        holder: holder ? (name(holder.holder) ?? holder.holderName) : null,
        fact_certainty: c.certainty,
        source_certainty: s.certainty,
        article_id: s.articleId,
        start: s.start,
        end: s.end,
        evidence: s.text,
      });
    }
  }
  for (const d of story.facts.disagreements) {
    for (const side of d.sides) {
      rows.push({
        fact_id: d.id,
        kind: `disagreement-${d.kind}`,
        item: side.factId,
        value: side.value,
        min: side.min,
        max: side.max,
        unit: d.unit,
        about: d.about,
        holder: side.holders.map((h) => name(h.holder) ?? h.holderName).join('; '),
        fact_certainty: side.certainty,
        evidence: side.text,
      });
    }
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
