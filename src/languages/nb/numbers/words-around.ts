// The words right before and after an offset, as the number reader needs them (no tokenizer yet).

export interface WordRef {
  word: string;
  lower: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

export function wordAt(text: string, pos: number): WordRef {
  const m = /^[ \u00a0]*([\p{L}][\p{L}\p{N}'’-]*)/u.exec(text.slice(pos, pos + 40));
  if (!m) return { word: '', lower: '', start: pos, end: pos, sentenceStart: false };
  const start = pos + m[0].length - m[1]!.length;
  return { word: m[1]!, lower: m[1]!.toLowerCase(), start, end: start + m[1]!.length, sentenceStart: false };
}

export function wordBefore(text: string, pos: number): WordRef {
  const head = text.slice(Math.max(0, pos - 40), pos);
  const m = /([\p{L}§][\p{L}\p{N}'’-]*\.?)[ \u00a0]*$/u.exec(head);
  if (!m) return { word: '', lower: '', start: pos, end: pos, sentenceStart: true };
  const start = pos - head.length + m.index;
  const before = text.slice(Math.max(0, start - 3), start);
  const sentenceStart = start === 0 || /(^|[.!?:]\s+|\n\s*|[–—-]\s+|[«"]\s*)$/.test(before);
  return { word: m[1]!, lower: m[1]!.toLowerCase(), start, end: start + m[1]!.length, sentenceStart };
}

export function isSpaceBetween(text: string, a: number, b: number): boolean {
  return /^[ \u00a0]+$/.test(text.slice(a, b));
}
