// A lookup table of character classes for the UTF-16 code units the tokenizer scans, built once at load.

export const OTHER = 0;
export const SPACE = 1;
export const LETTER = 2;
export const DIGIT = 3;
export const NEWLINE = 4;

/** Class of every BMP code unit; surrogates and symbols are OTHER. A table lookup keeps the scanner allocation-free. */
const table = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (c >= 0x30 && c <= 0x39) t[c] = DIGIT;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) t[c] = LETTER;
    else if (c < 0x80)
      t[c] = c === 0x0a || c === 0x0d ? NEWLINE : space.test(String.fromCharCode(c)) ? SPACE : OTHER;
    else {
      const ch = String.fromCharCode(c);
      t[c] =
        c === 0x2028 || c === 0x2029 || c === 0x85
          ? NEWLINE
          : letter.test(ch)
            ? LETTER
            : digit.test(ch)
              ? DIGIT
              : space.test(ch) || c === 0x200b
                ? SPACE
                : OTHER;
    }
  }
  return t;
})();

/** Class of the code unit at `i` (OTHER past the end). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === c ? (table[c] ?? OTHER) : OTHER;
}

export function isAlnumAt(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === LETTER || k === DIGIT;
}

export function isSpaceAt(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === SPACE || k === NEWLINE;
}

const UPPER = 1;
const LOWER = 2;

/** Letter case of every BMP code unit (UPPER, LOWER or 0), so case tests allocate no strings. */
const caseTable = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (table[c] !== LETTER) continue;
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) t[c] = UPPER;
    else if (ch !== ch.toUpperCase()) t[c] = LOWER;
  }
  return t;
})();

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && caseTable[c] === UPPER;
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && caseTable[c] === LOWER;
}

export function isWordChar(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === LETTER || k === DIGIT;
}

/** Hyphen, en dash, non-breaking hyphen and the Unicode hyphen: all join or split words alike. */
export function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2011 || c === 0x2010;
}

/** Start of the next non-blank after `i` (at `i` itself if not blank), or -1. */
export function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceAt(text, i)) i++;
  return i < end ? i : -1;
}
