// Orthographic word properties shared by the Norwegian feature extractors.

/** Shape class of one UTF-16 unit: X upper, x lower, d digit, else the character itself (fast paths for Latin-1). */
function shapeClass(word: string, i: number): string {
  const c = word.charCodeAt(i);
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 0xc0) return word[i] as string;
  if (c <= 0xff && c !== 0xd7 && c !== 0xf7) return c < 0xdf ? 'X' : 'x';
  const ch = word[i] as string;
  if (ch !== ch.toLowerCase()) return 'X';
  if (ch !== ch.toUpperCase()) return 'x';
  return ch;
}

/** Compressed shape: upper X, lower x, digit d, other kept; runs of one class collapse to two. `Nato-sjefen` -> `Xxx-xx`. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && i < 24; i++) {
    const c = shapeClass(word, i);
    if (c === last) {
      run++;
      if (run > 1) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function hasDigit(word: string): boolean {
  return /\d/.test(word);
}
