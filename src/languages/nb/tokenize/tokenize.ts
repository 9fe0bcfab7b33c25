// The Norwegian tokenizer: a hand-written scanner over UTF-16 code units that follows NorNE's token conventions.
import type { Token } from '../../nlp.ts';
import * as abbreviations from './abbreviations.ts';
import * as charClass from './char-class.ts';
import * as periods from './period-belongs.ts';
import * as urls from './scan-url.ts';
import * as wordLists from './word-lists.ts';

// Local bindings: imported functions are called per character, and module getters are not free under tsx.
const {
  DIGIT,
  LETTER,
  NEWLINE,
  SPACE,
  classAt,
  isHyphenCode,
  isLowerAt,
  isSpaceAt,
  isUpperAt,
  isWordChar,
  nextNonSpace,
} = charClass;
const { isAbbreviation } = abbreviations;
const { periodBelongs } = periods;
const { isDomain, isUrlStart, scanUrl } = urls;
const { wordList } = wordLists;

const HYPHEN = 0x2d;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const SECTION = 0xa7;
const ACUTE = 0xb4;
const DEGREE = 0xb0;
const PLUS = 0x2b;
const COPYRIGHT = 0xa9;
/** Invisible hyphenation hint left in scraped text: `lege\u00admiddel` is one word. */
const SOFT_HYPHEN = 0xad;

const CLOSERS = '»"”)';

/** The word that starts at `i`, up to the next blank (for short look-aheads only). */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && !isSpaceAt(text, j) && j - i < 8) j++;
  return text.slice(i, j);
}

/** True where joining at the connector `j` would glue two numbers of a range or score (`9-1`, `2007-2008`). */
function isNumberRange(text: string, j: number): boolean {
  return classAt(text, j - 1) === DIGIT && classAt(text, j + 1) === DIGIT;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A photo credit glued to its caption by page scraping (`NTBVladimir`, `AFPKim`): an acronym of three or more
 * capitals runs into a capitalised word. Returns the end of the acronym, or 0. Shorter runs (`ABCenter`,
 * `EØSavtalen`) and genitives (`NATOs`) are left whole.
 */
function gluedCredit(text: string, start: number, end: number): number {
  let j = start;
  while (j < end && isUpperAt(text, j)) j++;
  if (j - start < 4 || j + 1 >= end || !isLowerAt(text, j) || !isLowerAt(text, j + 1)) return 0;
  return j - 1;
}

/** Scans a word: letters and digits joined by in-word connectors, then a dangling hyphen or a belonging period. */
function scanWord(text: string, start: number, end: number): number {
  const glued = gluedCredit(text, start, end);
  if (glued > 0) return glued;
  let j = start;
  while (j < end && isWordChar(text, j)) j++;
  let rangeCut = -1;
  let hasLetter = false;
  for (let i = start; i < j; i++) if (classAt(text, i) === LETTER) hasLetter = true;
  let partStart = start;
  for (;;) {
    if (j + 1 >= end || !isWordChar(text, j + 1)) break;
    const c = text.charCodeAt(j);
    let join = false;
    if (isHyphenCode(c)) {
      join =
        classAt(text, j + 1) !== DIGIT || !wordList('months').has(text.slice(partStart, j).toLowerCase());
      if (join && rangeCut < 0 && isNumberRange(text, j)) rangeCut = j;
    } else if (c === PERIOD) {
      // `journ.anm.` is two abbreviations; `red.anm.`, `f.eks.` and `nrk.no` are one token.
      join = j - partStart < 4 || !isAbbreviation(text.slice(partStart, j + 1));
    } else if (c === AT || c === UNDERSCORE || c === SOFT_HYPHEN) join = true;
    else if (c === COMMA) join = isNumberRange(text, j);
    else if (c === SLASH) join = slashJoins(text, partStart, j, end);
    else if (c === COLON) join = isNumberRange(text, j) || (isUpperAt(text, j - 1) && isUpperAt(text, j + 1));
    else if (c === APOSTROPHE || c === RIGHT_QUOTE || c === ACUTE)
      join = classAt(text, j - 1) === LETTER && classAt(text, j + 1) === LETTER;
    if (!join) break;
    j++;
    partStart = j;
    while (j < end && isWordChar(text, j)) {
      if (!hasLetter && classAt(text, j) === LETTER) hasLetter = true;
      j++;
    }
  }
  // Scores and ranges of bare numbers are three tokens in NorNE (`9 - 1`); `10-2-seier` and `F-35` stay whole.
  if (rangeCut >= 0 && !hasLetter && !ISO_DATE.test(text.slice(start, j))) return rangeCut;
  if (j < end && text.charCodeAt(j) === PERIOD && periodBelongs(text, start, j, end)) {
    j++;
    // `17.-plass`: an ordinal may lead a compound.
    if (j + 1 < end && isHyphenCode(text.charCodeAt(j)) && classAt(text, j + 1) === LETTER)
      return scanWord(text, j + 1, end);
  }
  if (j < end && isHyphenCode(text.charCodeAt(j)) && danglingHyphen(text, j, end)) j++;
  return scanSuffix(text, j, end);
}

/** True when no letter or digit follows at `at`. */
function isAlone(text: string, at: number, end: number): boolean {
  return at >= end || !isWordChar(text, at);
}

/** Marks that NorNE keeps on the word before them: `Hellas'`, `70°`, `72°N`, `5000,-`. */
function scanSuffix(text: string, j: number, end: number): number {
  const c = text.charCodeAt(j);
  const before = text.charCodeAt(j - 1) | 0x20;
  if ((c === APOSTROPHE || c === RIGHT_QUOTE) && (before === 0x73 || before === 0x78 || before === 0x7a))
    return isAlone(text, j + 1, end) ? j + 1 : j;
  if (classAt(text, j - 1) !== DIGIT) return j;
  if (c === DEGREE) return isUpperAt(text, j + 1) && isAlone(text, j + 2, end) ? j + 2 : j + 1;
  if (c === COMMA && text.charCodeAt(j + 1) === HYPHEN && isAlone(text, j + 2, end)) return j + 2;
  return j;
}

/** `22/7` and `1/2`, `A/S` and `km/t` are one token; `og/eller` and the seasons `1998/99` are three. */
function slashJoins(text: string, partStart: number, j: number, end: number): boolean {
  let right = j + 1;
  while (right < end && isWordChar(text, right)) right++;
  if (isNumberRange(text, j)) return j - partStart <= 2;
  const k = classAt(text, j - 1);
  return k === LETTER && j - partStart <= 2 && right - j - 1 === 1 && classAt(text, j + 1) === LETTER;
}

/** `utenriks- og`, `1970- og 80-tallet`, `helse-, miljø-`: the hyphen ends a compound's first part. */
function danglingHyphen(text: string, j: number, end: number): boolean {
  const after = j + 1;
  if (after >= end) return false;
  if (text.charCodeAt(after) === COMMA) return true;
  if (classAt(text, after) !== SPACE) return false;
  const next = nextNonSpace(text, after, end);
  return (
    next >= 0 &&
    wordList('hyphen-continuations').has(wordAt(text, next, end).replace(/[,.]$/, '').toLowerCase())
  );
}

/** End of the token starting at `i` (not a blank). */
function scanToken(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const k = classAt(text, i);
  if (k === LETTER || k === DIGIT) {
    if (isUrlStart(text, i)) return scanUrl(text, i, end);
    const j = scanWord(text, i, end);
    // `vg.no/nyheter/123`: a domain followed by a path is a URL without its scheme.
    return text.charCodeAt(j) === SLASH && isDomain(text, i, j) ? scanUrl(text, i, end) : j;
  }
  // Handles, hashtags and NTB's `©NTB` keep their sign.
  if ((c === AT || c === HASH || c === COPYRIGHT) && i + 1 < end && classAt(text, i + 1) === LETTER)
    return scanWord(text, i + 1, end);
  if ((c === PLUS || c === HYPHEN) && classAt(text, i + 1) === DIGIT && (i === 0 || isSpaceAt(text, i - 1))) {
    // A signed number: `+47`, `-6°C`, `fra 1951 til -63`.
    return scanWord(text, i + 1, end);
  }
  if (c === PERIOD || c === SECTION) {
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === c) j++;
    return j;
  }
  if (
    c === HYPHEN &&
    i > 0 &&
    i + 1 < end &&
    classAt(text, i + 1) === LETTER &&
    CLOSERS.includes(text.charAt(i - 1))
  ) {
    // `«Guitar Hero»-spillet`: NorNE keeps the hyphenated tail after a closing quote as one token.
    return scanWord(text, i + 1, end);
  }
  if (c === HYPHEN && i + 1 < end && isLowerAt(text, i + 1) && (i === 0 || isSpaceAt(text, i - 1))) {
    // `data- og -spill`: a compound's last part written with its hyphen after a conjunction.
    const j = scanWord(text, i + 1, end);
    const before = text.slice(Math.max(0, i - 7), i).trimEnd();
    if (/(?:^|\s)(?:og|eller)$/.test(before)) return j;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** Splits `text[start, end)` into tokens with UTF-16 spans into `text`. */
export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const k = classAt(text, i);
    if (k === SPACE || k === NEWLINE) {
      i++;
      continue;
    }
    const j = scanToken(text, i, end);
    tokens.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return tokens;
}
