// URLs in running text: where one starts and where it ends.
import * as charClass from './char-class.ts';

// Local bindings: imported functions are called per character, and module getters are not free under tsx.
const { LETTER, classAt, isSpaceAt } = charClass;

export function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x68 && c !== 0x77 && c !== 0x48 && c !== 0x57) return false;
  const head = text.slice(i, i + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
}

/** A URL runs to the next blank; trailing sentence punctuation and an unbalanced `)` are not part of it. */
export function scanUrl(text: string, start: number, end: number): number {
  let j = start;
  let open = 0;
  while (j < end && !isSpaceAt(text, j)) {
    const c = text.charCodeAt(j);
    if (c === 0xab || c === 0xbb || c === 0x22 || c === 0x3c || c === 0x3e) break;
    if (c === 0x28) open++;
    else if (c === 0x29) {
      if (open === 0) break;
      open--;
    }
    j++;
  }
  while (j > start + 1 && ".,;:!?'".includes(text.charAt(j - 1))) j--;
  return j;
}

/** Is `text[start, end)` a domain name: dotted parts ending in a top-level domain of 2–6 letters (`vg.no`)? */
export function isDomain(text: string, start: number, end: number): boolean {
  const dot = text.lastIndexOf('.', end - 1);
  if (dot <= start || end - dot - 1 < 2 || end - dot - 1 > 6) return false;
  for (let i = dot + 1; i < end; i++) if (classAt(text, i) !== LETTER) return false;
  return true;
}
