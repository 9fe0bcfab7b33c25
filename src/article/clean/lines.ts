// Lines of an article with the blank-line block each belongs to, and the way back to text.

export interface Line {
  /** Trimmed text of the line. */
  text: string;
  /** Index of the blank-line-separated block; lines of one paragraph or box share it. */
  block: number;
}

/** Invisible and odd spaces that scrapes carry, folded so patterns see plain text. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .normalize('NFC');
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  for (const raw of normaliseText(text).split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    if (!line) {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    lines.push({ text: line, block });
  }
  return lines;
}

/** Lines of a block joined by newlines, blocks by a blank line. */
export function joinLines(lines: Line[]): string {
  let out = '';
  let previous: number | null = null;
  for (const line of lines) {
    if (previous !== null) out += line.block === previous ? '\n' : '\n\n';
    out += line.text;
    previous = line.block;
  }
  return out;
}

/** Lower-cased letters and digits only: how duplicates are compared. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Rough sentence count: terminal punctuation followed by a space and a capital or a dash. */
export function countSentences(text: string): number {
  return (text.match(/[.!?»"](?=\s+[\p{Lu}\p{N}–«])/gu)?.length ?? 0) + 1;
}
