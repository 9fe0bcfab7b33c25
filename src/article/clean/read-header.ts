// Reads the head of a plain-text article: the optional `date YYYY-MM[-DD]` marker and the headline line.
import type { CleaningRules } from './cleaning-rules.ts';
import { parseCaption } from './find-captions.ts';
import { classifyFurniture } from './find-furniture.ts';
import { isSummaryHeading } from './find-summary-box.ts';
import { countSentences, type Line } from './lines.ts';

export interface Header {
  title: string | null;
  /** The marker's date (`2023-09`) and the marker as written. */
  marker: string | null;
  markerText: string | null;
  /** A genre kicker line above the headline (`Kommentar`), removed as furniture. */
  label: string | null;
  /** The lines after the header; a marker glued to a paragraph leaves the paragraph's text. */
  rest: Line[];
}

// The marker may be glued to the first paragraph: `date 2023-09 Kim Jong-un har ...`.
const MARKER = /^date\s+(?<date>\d{4}-\d{2}(?:-\d{2})?)(?![\d-])\s*/iu;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

/**
 * A headline is one short sentence without a closing full stop. A caption (it carries a credit), a summary
 * box heading, furniture, or a paragraph of several sentences in first position is not a headline.
 */
export function isHeadline(text: string, rules: CleaningRules): boolean {
  if (text.length > MAX_HEADLINE_CHARS || text.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  if (/[.…,;:]$/u.test(text) || countSentences(text) > 1) return false;
  if (!/^[\p{Lu}\p{N}«"–—-]/u.test(text)) return false;
  if (isSummaryHeading(text, rules) || classifyFurniture(text, rules) || parseCaption(text, rules))
    return false;
  return true;
}

function takeMarker(lines: Line[]): { lines: Line[]; marker: string | null; markerText: string | null } {
  const first = lines[0];
  const m = first ? MARKER.exec(first.text) : null;
  if (!first || !m) return { lines, marker: null, markerText: null };
  const text = first.text.slice(m[0].length).trim();
  const rest = text ? [{ ...first, text }, ...lines.slice(1)] : lines.slice(1);
  return { lines: rest, marker: m.groups?.['date'] ?? null, markerText: m[0].trim() };
}

export function readHeader(lines: Line[], rules: CleaningRules): Header {
  let { lines: rest, marker, markerText } = takeMarker(lines);
  let title: string | null = null;
  let label: string | null = null;
  const kicker = rest[0];
  if (kicker && rest.length > 1 && rules.genreLabels.some((pattern) => pattern.test(kicker.text))) {
    label = kicker.text;
    rest = rest.slice(1);
  }
  const first = rest[0];
  if (first && rest.length > 1 && isHeadline(first.text, rules)) {
    title = first.text;
    rest = rest.slice(1);
    // The marker may also follow the headline on a line of its own.
    if (!marker && rest[0] && MARKER.exec(rest[0].text)?.[0].trim() === rest[0].text) {
      ({ lines: rest, marker, markerText } = takeMarker(rest));
    }
  }
  return { title, marker, markerText, label, rest };
}
