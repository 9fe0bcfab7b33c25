// Turns a sentence's BIO labels into entity spans with UTF-16 offsets and token indices.
import type { AnalyzedSentence, EntitySpan } from '../../nlp.ts';

export function entitySpans(sentence: AnalyzedSentence, text: string): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: { type: string; from: number; to: number } | null = null;
  const close = (): void => {
    if (!open) return;
    const first = sentence.tokens[open.from];
    const last = sentence.tokens[open.to - 1];
    if (first && last) {
      spans.push({
        type: open.type,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        tokenStart: open.from,
        tokenEnd: open.to,
      });
    }
    open = null;
  };
  sentence.tokens.forEach((t, i) => {
    const type = t.ner.slice(2);
    if (t.ner.startsWith('B-') || (t.ner.startsWith('I-') && open?.type !== type)) {
      close();
      open = { type, from: i, to: i + 1 };
    } else if (t.ner.startsWith('I-') && open) open.to = i + 1;
    else close();
  });
  close();
  return spans;
}
