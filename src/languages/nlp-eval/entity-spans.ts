// Entity spans from BIO labels, read the way conll-score.mjs reads them (a stray I- opens a span; GPE_* is GPE).

export interface LabelSpan {
  type: string;
  start: number;
  end: number;
}

/** Collapses NorNE's GPE_LOC and GPE_ORG to GPE, as reported. */
export function collapseType(type: string): string {
  return type === 'GPE_LOC' || type === 'GPE_ORG' ? 'GPE' : type;
}

export function entitySpans(labels: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  labels.forEach((label, i) => {
    const m = /^([BIES])-(.+)$/.exec(label);
    const tag = m?.[1] ?? 'O';
    const type = m?.[2] ? collapseType(m[2]) : '';
    if (tag === 'B' || tag === 'S' || (tag === 'I' && (!open || open.type !== type))) {
      if (open) spans.push(open);
      open = { type, start: i, end: i + 1 };
    } else if ((tag === 'I' || tag === 'E') && open && open.type === type) open.end = i + 1;
    else {
      if (open) spans.push(open);
      open = null;
    }
    if (tag === 'S' || tag === 'E') {
      if (open) spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

/** Entities of an analysed sentence with their text and UTF-16 spans (for display and JSON output). */
export function sentenceEntities(
  text: string,
  tokens: readonly { start: number; end: number; ner: string }[],
): { type: string; start: number; end: number; text: string; tokenStart: number; tokenEnd: number }[] {
  return entitySpans(tokens.map((t) => t.ner)).flatMap((span) => {
    const first = tokens[span.start];
    const last = tokens[span.end - 1];
    if (!first || !last) return [];
    return [
      {
        type: span.type,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        tokenStart: span.start,
        tokenEnd: span.end,
      },
    ];
  });
}
