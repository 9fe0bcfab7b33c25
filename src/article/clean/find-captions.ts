// Recognises photo captions by their credit: `... Foto: X`, `... (X / Y via AP)`, a credit glued to the start.
import type { CleaningRules } from './cleaning-rules.ts';
import { countSentences } from './lines.ts';

export interface CaptionParts {
  /** A credit glued to the caption's start (`STR / AFP / NTBVladimir Putin ...`), as written. */
  leadingCredit: string | null;
  /** The caption text without credits; empty for a line that is only a credit. */
  caption: string;
  /** The trailing credit as written: `Foto: X`, `(X / Y via AP) F`. */
  credit: string;
}

/** Longest caption a credit may carry away whole; longer text keeps its words and loses only the credit. */
export const MAX_CAPTION_SENTENCES = 4;
export const MAX_CAPTION_CHARS = 600;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A credit names people or agencies: short, one "sentence", no sentence punctuation inside. */
function isCreditName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 12 && name.length <= 100 && !/[.!?]\s+\p{Lu}\p{Ll}/u.test(name);
}

function labelPattern(rules: CleaningRules): RegExp {
  const labels = [...rules.creditLabels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // The last label on the line: credits sit at the end; `(` opens an inline `(Foto: X)`.
  return new RegExp(
    `(?:^|(?<=[\\s(.,;]))(?<open>\\(\\s*)?(?:${labels})\\s*:\\s*(?<name>[^:]*?)\\s*\\)?\\s*$`,
    'iu',
  );
}

const PARENTHETICAL = /\s*\((?<inner>[^()]{2,150})\)(?<tail>\s+\S{1,5})?\s*$/u;
// A photo credit in parentheses names a photographer and an agency: `X / Y`, `X via AP`.
const PARENTHETICAL_CREDIT = /\/|\bvia\b/iu;

const patternCache = new WeakMap<CleaningRules, RegExp>();

export function parseCaption(line: string, rules: CleaningRules): CaptionParts | null {
  let pattern = patternCache.get(rules);
  if (!pattern) patternCache.set(rules, (pattern = labelPattern(rules)));
  let caption: string;
  let credit: string;
  let name: string;
  // Cheap gates first: a labelled credit needs a colon, a parenthetical one a closing parenthesis.
  const labelled = line.includes(':') ? pattern.exec(line) : null;
  if (labelled && isCreditName(labelled.groups?.['name'] ?? '')) {
    name = (labelled.groups?.['name'] ?? '').trim();
    caption = line.slice(0, labelled.index).trim();
    credit = line.slice(labelled.index).trim();
    // `... (Korean Central News Agency / via AP) Foto: AP` carries two credits; peel the parenthetical too.
    const inner = PARENTHETICAL.exec(caption);
    if (inner && PARENTHETICAL_CREDIT.test(inner.groups?.['inner'] ?? '')) {
      credit = `${caption.slice(inner.index).trim()} ${credit}`;
      caption = caption.slice(0, inner.index).trim();
    }
  } else {
    const paren = line.includes(')') ? PARENTHETICAL.exec(line) : null;
    const inner = paren?.groups?.['inner'] ?? '';
    if (!paren || !PARENTHETICAL_CREDIT.test(inner) || !isCreditName(inner)) return null;
    caption = line.slice(0, paren.index).trim();
    // Only a finished sentence before the parentheses makes this a caption and not `(Oslo / Bergen)` in a sentence.
    if (!/[.!?»"]$/u.test(caption)) return null;
    credit = line.slice(paren.index).trim();
    name = inner.trim();
  }
  let leadingCredit: string | null = null;
  if (name && caption.toLowerCase().startsWith(name.toLowerCase()) && caption.length > name.length) {
    leadingCredit = caption.slice(0, name.length);
    caption = caption.slice(name.length).trim();
  }
  return { leadingCredit, caption, credit };
}

/** Whether a caption is short enough to be removed whole; a longer one may hold article text. */
export function isWholeCaption(caption: string): boolean {
  return caption.length <= MAX_CAPTION_CHARS && countSentences(caption) <= MAX_CAPTION_SENTENCES;
}

/** `ALLIERTE: Kim ...`: an upper-case label that newspapers put before a caption. */
export function hasCaptionLabel(line: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N} \-–]{2,40}:\s+\S/u.test(line) && !/^\p{Lu}[\p{Lu}\p{N} \-–]*\p{Ll}/u.test(line);
}

/** `Bildet er fra ...`: a sentence only a caption says. */
export function hasCaptionPhrase(line: string, rules: CleaningRules): boolean {
  return rules.captionPhrases.some((phrase) => phrase.test(line));
}
