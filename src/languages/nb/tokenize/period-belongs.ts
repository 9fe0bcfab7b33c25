// Whether a period belongs to the word before it: abbreviations, initials, ordinals, dates and list numbers.
import * as abbreviations from './abbreviations.ts';
import * as charClass from './char-class.ts';

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
  nextNonSpace,
} = charClass;
const { isAbbreviation } = abbreviations;

const PERIOD = 0x2e;

function startsLine(text: string, i: number): boolean {
  while (i > 0 && classAt(text, i - 1) === SPACE) i--;
  return i === 0 || classAt(text, i - 1) === NEWLINE;
}

/** Does the period at `dot` belong to the word `[start, dot)`? Abbreviations, initials, ordinals and dates. */
export function periodBelongs(text: string, start: number, dot: number, end: number): boolean {
  const word = text.slice(start, dot + 1);
  if (isAbbreviation(word)) return true;
  const length = dot - start;
  if (length === 1 && isUpperAt(text, start)) return true;
  let digitsOnly = true;
  let segment = 0;
  let shortSegments = true;
  let singleLetter = false;
  let letters = true;
  for (let i = start; i < dot; i++) {
    const c = text.charCodeAt(i);
    if (c === PERIOD) {
      if (segment === 1) singleLetter = true;
      segment = 0;
      continue;
    }
    segment++;
    if (segment > 2) shortSegments = false;
    const k = classAt(text, i);
    if (k !== DIGIT) digitsOnly = false;
    if (k !== LETTER) letters = false;
  }
  // `t.v.`, `H.S.`, `Kr.F.`: short letter groups with at least one single letter (`vg.no` is a domain).
  if (segment === 1) singleLetter = true;
  if (letters && shortSegments && singleLetter && word.indexOf('.') < dot - start) return true;
  if (!digitsOnly) return false;
  // An ordinal or a date (`20. juni`, `27.–28.`, `17.-plass`, `1.1.2020`) unless a new sentence follows.
  const after = dot + 1;
  if (after >= end) return false;
  const c = text.charCodeAt(after);
  if (isHyphenCode(c)) return true;
  if (!isSpaceAt(text, after)) return false;
  const next = nextNonSpace(text, after, end);
  if (next < 0) return false;
  if (isLowerAt(text, next)) return true;
  // A numbered list item at the start of a line: `1. Skatten skal ned`.
  if (length <= 2 && startsLine(text, start)) return true;
  // `4. og 5. klasse`, `27. - 28. mai`; but a year ends its sentence in `i 1996. - Jeg ...` and `i 1976. 11 ...`.
  if (length > 3) return false;
  if (classAt(text, next) === DIGIT) return true;
  const then = nextNonSpace(text, next + 1, end);
  return isHyphenCode(text.charCodeAt(next)) && then >= 0 && classAt(text, then) === DIGIT;
}
