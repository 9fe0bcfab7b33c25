// Cuts an article body into runs at every span boundary of its entities, quotes and claims, so each run can be
// rendered as text with the items that cover it (overlaps allowed; nothing is ever parsed as markup).
import type { ArticleRecord, Certainty, EntityType } from '../../src/contract/index.ts';

export type MarkKind = 'entity' | 'quote' | 'claim';

export interface Mark {
  /** Stable within the article, for focus and lookup. */
  key: string;
  kind: MarkKind;
  /** The record item it shows: its list and position there (where `explain` rule ids point). */
  field: 'entities' | 'quotes' | 'claims';
  index: number;
  start: number;
  end: number;
  /** What the item is, for the hover or focus panel. */
  label: string;
  detail: string;
  /** The NorNE type, for entities (the view puts it in words). */
  entityType?: EntityType;
  /** Direct or indirect speech, for quotes. */
  speech?: 'direct' | 'indirect';
  certainty?: Certainty;
}

export interface BodyRun {
  text: string;
  marks: Mark[];
  /** The marks that begin in this run (they get the keyboard stop). */
  starts: Mark[];
}

export function articleMarks(record: ArticleRecord): Mark[] {
  const marks: Mark[] = [];
  record.entities.forEach((entity, entityIndex) =>
    entity.mentions.forEach((mention, index) =>
      marks.push({
        key: `e:${entity.id}:${index}`,
        kind: 'entity',
        field: 'entities',
        index: entityIndex,
        start: mention.start,
        end: mention.end,
        label: entity.name,
        detail: '',
        entityType: entity.type,
      }),
    ),
  );
  record.quotes.forEach((quote, index) =>
    marks.push({
      key: `q:${index}`,
      kind: 'quote',
      field: 'quotes',
      index,
      start: quote.start,
      end: quote.end,
      label: quote.speakerName ?? '?',
      detail: [quote.speakerRole, quote.cue && `«${quote.cue}»`, quote.outlet].filter(Boolean).join(' · '),
      speech: quote.kind,
    }),
  );
  record.claims.forEach((claim, index) =>
    marks.push({
      key: `c:${index}`,
      kind: 'claim',
      field: 'claims',
      index,
      start: claim.start,
      end: claim.end,
      label: claim.about ?? claim.text,
      detail: [claimValue(claim), claim.unit, claim.holderName].filter(Boolean).join(' · '),
      certainty: claim.certainty,
    }),
  );
  return marks;
}

function claimValue(claim: ArticleRecord['claims'][number]): string | null {
  if (claim.value !== null) return claim.value.toLocaleString();
  if (claim.min !== null || claim.max !== null)
    return `${claim.min?.toLocaleString() ?? '?'}–${claim.max?.toLocaleString() ?? '?'}`;
  return null;
}

/** Runs covering the whole body in order; marks outside the body or empty are ignored. */
export function bodyRuns(body: string, marks: Mark[]): BodyRun[] {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.end <= body.length && mark.start >= 0);
  const cuts = new Set<number>([0, body.length]);
  for (const mark of valid) cuts.add(mark.start).add(mark.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: BodyRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? body.length;
    const covering = valid.filter((mark) => mark.start <= from && mark.end >= to);
    runs.push({
      text: body.slice(from, to),
      marks: covering,
      starts: covering.filter((mark) => mark.start === from),
    });
  }
  return runs;
}
