// Snippets for clients: the store's marker characters become `{text, highlight}` segments, so no UI injects markup.
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../store/index.ts';

export interface SnippetSegment {
  text: string;
  highlight: boolean;
}

/** Splits a marked snippet into alternating plain and highlighted runs; empty runs are dropped, stray markers ignored. */
export function toHighlightSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let highlight = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.highlight === highlight) last.text += text;
    else segments.push({ text, highlight });
    text = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      highlight = char === HIGHLIGHT_START;
    } else text += char;
  }
  flush();
  return segments;
}
