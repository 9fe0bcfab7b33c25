// Cleans one article's text line by line: captions, credits, furniture and the summary box go to `removed`.
import type { Removed } from '../../contract/index.ts';
import type { SourceFormat } from '../../sources/raw-article.ts';
import type { Finding, Stamps } from '../pipeline.ts';
import { createCleaningRules, type CleaningRules } from './cleaning-rules.ts';
import { hasCaptionLabel, hasCaptionPhrase, isWholeCaption, parseCaption } from './find-captions.ts';
import { classifyFurniture, findGluedFurniture, isLinkTitle } from './find-furniture.ts';
import { findSummaryBox, isSummaryHeading } from './find-summary-box.ts';
import { comparable, countSentences, joinLines, splitLines, type Line } from './lines.ts';
import { readHeader } from './read-header.ts';

export interface CleanInput {
  text: string;
  format: SourceFormat;
  /** Headline the container declared, if any. */
  title: string | null;
  language: string | null;
}

export interface CleanResult {
  title: string | null;
  body: string;
  removed: Removed[];
  summaryGiven: string[];
  stamps: Stamps;
  findings: Finding[];
}

const MAX_RELATED_LINKS = 6;
/** Lines (after the headline) where a summary box may stand without bullet markers. */
const TOP_LINES = 2;
const MAX_UNLABELLED_CAPTION_CHARS = 300;
const MIN_MIRROR_CHARS = 30;

export function cleanText(
  input: CleanInput,
  rules: CleaningRules = createCleaningRules(input.language),
): CleanResult {
  const findings: Finding[] = [];
  const stamps: Stamps = {};
  const summaryGiven: string[] = [];
  const removedAt: Array<{ at: number; entries: Removed[] }> = [];
  let title = input.title?.trim() || null;
  let lines = splitLines(input.text);

  if (input.format === 'text') {
    const header = readHeader(lines, rules);
    lines = header.rest;
    title ??= header.title;
    if (header.marker && header.markerText) {
      stamps.marker = header.marker;
      removedAt.push({ at: -1, entries: [{ text: header.markerText, why: 'date-marker' }] });
    }
    if (header.label) removedAt.push({ at: -1, entries: [{ text: header.label, why: 'genre-label' }] });
  }

  const dropped = new Set<number>();
  const captionText = new Map<number, string>();
  const drop = (at: number, entries: Removed[], rule: string): void => {
    dropped.add(at);
    removedAt.push({ at, entries });
    findings.push({
      rule,
      message: `removed: ${entries.map((e) => e.why).join(', ')}`,
      text: lines[at]?.text ?? '',
    });
  };
  // Pages that put every paragraph in its own block show a caption and its credit line as one two-line block.
  const blockStyle = new Set(lines.map((l) => l.block)).size >= 0.6 * lines.length;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line || dropped.has(i)) continue;
    // Furniture glued to the end of a paragraph (`... med Kim.Read Entire Article`) is cut off first.
    const tail = findGluedFurniture(line.text, rules);
    if (tail) {
      line = lines[i] = { ...line, text: line.text.slice(0, tail.at).trim() };
      removedAt.push({ at: i, entries: [{ text: tail.text, why: 'furniture' }] });
      if (tail.furniture.age) stamps.age ??= tail.furniture.age;
      findings.push({
        rule: 'clean/glued-furniture',
        message: 'furniture cut from a line end',
        text: tail.text,
      });
    }
    const text = line.text;

    // A box sits at the top; lower down, the heading word is a box only with marked bullets under it.
    const box = isSummaryHeading(text, rules) ? findSummaryBox(lines, i, i < TOP_LINES) : null;
    if (box && (box.bullets.length > 0 || i < TOP_LINES)) {
      drop(i, [{ text, why: 'summary-box' }], 'clean/summary-box');
      box.bullets.forEach((b, k) =>
        drop(b, [{ text: box.items[k] ?? '', why: 'summary-box' }], 'clean/summary-box'),
      );
      summaryGiven.push(...box.items);
      continue;
    }

    const furniture = classifyFurniture(text, rules);
    if (furniture) {
      if (furniture.kind === 'age-stamp' && furniture.age) stamps.age ??= furniture.age;
      if (furniture.kind === 'published-line' && furniture.dateText)
        stamps.publishedText ??= furniture.dateText;
      if (furniture.kind === 'dateline' && furniture.dateText) stamps.updatedText ??= furniture.dateText;
      const dateline = furniture.kind === 'published-line' || furniture.kind === 'dateline';
      drop(i, [{ text, why: dateline ? 'dateline' : 'furniture' }], `clean/${furniture.kind}`);
      if (furniture.kind === 'related' && !furniture.inline) dropRelatedLinks(lines, i, dropped, drop);
      continue;
    }

    const caption = parseCaption(text, rules);
    if (caption) {
      const credits: Removed[] = [{ text: caption.credit, why: 'photo-credit' }];
      if (caption.leadingCredit) credits.unshift({ text: caption.leadingCredit, why: 'photo-credit' });
      if (!caption.caption) {
        drop(i, credits, 'clean/photo-credit');
        // The credit's caption stands just before it, or (credit first) just after it in the same block.
        const j = [i - 1, i + 1].find((k) => {
          const other = lines[k];
          // A neighbour with its own credit is a caption of its own, handled when the loop reaches it.
          if (!other || dropped.has(k) || parseCaption(other.text, rules)) return false;
          return isUncreditedCaption(other, k < i, line, lines, blockStyle, rules);
        });
        const other = j === undefined ? undefined : lines[j];
        if (j !== undefined && other) {
          captionText.set(j, comparable(other.text));
          drop(j, [{ text: other.text, why: 'caption' }], 'clean/caption-beside-credit');
        }
      } else if (isWholeCaption(caption.caption)) {
        const [lead, ...rest] = credits;
        const entries =
          caption.leadingCredit && lead
            ? [lead, { text: caption.caption, why: 'caption' }, ...rest]
            : [{ text: caption.caption, why: 'caption' }, ...credits];
        captionText.set(i, comparable(caption.caption));
        drop(i, entries, 'clean/caption');
      } else {
        // Too long to be only a caption: the words may be article text, so only the credit goes.
        lines[i] = { ...line, text: caption.caption };
        removedAt.push({ at: i, entries: credits });
        findings.push({ rule: 'clean/long-caption-kept', message: 'credit removed, text kept', text });
      }
      continue;
    }

    if (
      text.length <= MAX_UNLABELLED_CAPTION_CHARS &&
      hasCaptionPhrase(text, rules) &&
      countSentences(text) <= 2
    ) {
      captionText.set(i, comparable(text));
      drop(i, [{ text, why: 'caption' }], 'clean/caption-phrase');
    }
  }

  dropDuplicates(lines, dropped, captionText, title, drop);
  const kept = lines.filter((_, i) => !dropped.has(i));
  const removed = removedAt.sort((a, b) => a.at - b.at).flatMap((r) => r.entries);
  return { title, body: joinLines(kept), removed, summaryGiven, stamps, findings };
}

/** A line before a credit-only line is its caption when labelled, caption-worded, or paired with it in one block. */
function isUncreditedCaption(
  candidate: Line,
  before: boolean,
  credit: Line,
  lines: Line[],
  blockStyle: boolean,
  rules: CleaningRules,
): boolean {
  const sameBlock = candidate.block === credit.block;
  const worded = hasCaptionLabel(candidate.text) || hasCaptionPhrase(candidate.text, rules);
  // A labelled caption may sit a blank line above its credit; below it, only in the same block.
  if (worded && (sameBlock || before)) return true;
  if (!sameBlock || !blockStyle) return false;
  const inBlock = lines.filter((l) => l.block === credit.block).length;
  return (
    inBlock === 2 &&
    candidate.text.length <= MAX_UNLABELLED_CAPTION_CHARS &&
    countSentences(candidate.text) <= 3
  );
}

/** The links under a bare `Les også` heading: the rest of its block, or else the next block if it is all link titles. */
function dropRelatedLinks(
  lines: Line[],
  heading: number,
  dropped: Set<number>,
  drop: (at: number, e: Removed[], rule: string) => void,
): void {
  const block = lines[heading]?.block ?? -1;
  let candidates = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => l.block === block && i > heading);
  if (!candidates.length)
    candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.block === block + 1);
  if (
    !candidates.length ||
    candidates.length > MAX_RELATED_LINKS ||
    !candidates.every(({ l }) => isLinkTitle(l.text))
  )
    return;
  for (const { l, i } of candidates)
    if (!dropped.has(i)) drop(i, [{ text: l.text, why: 'furniture' }], 'clean/related-link');
}

/** Second copies: a caption printed twice (once without credit), a line repeated, the headline repeated as line one. */
function dropDuplicates(
  lines: Line[],
  dropped: Set<number>,
  captionText: Map<number, string>,
  title: string | null,
  drop: (at: number, e: Removed[], rule: string) => void,
): void {
  const mirrors = (a: string, b: string): boolean =>
    a === b || (Math.min(a.length, b.length) >= MIN_MIRROR_CHARS && (a.startsWith(b) || b.startsWith(a)));
  // Comparing costs a normalisation, so it is done only where a copy is possible (similar length, a caption beside).
  const similar = (a: string, b: string): boolean =>
    Math.abs(a.length - b.length) <= 0.2 * Math.max(a.length, b.length);
  let previousKept: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || dropped.has(i)) continue;
    const neighbours = [i - 1, i + 1].filter((j) => captionText.has(j) && lines[j]?.block === line.block);
    const candidates = neighbours.length > 0 || (previousKept !== null && similar(previousKept, line.text));
    const first = previousKept === null && title !== null;
    const text = candidates || first ? comparable(line.text) : '';
    const neighbourCaption = neighbours.some((j) => mirrors(text, captionText.get(j) ?? ''));
    const repeated = previousKept !== null && candidates && text === comparable(previousKept);
    const repeatsTitle = first && title !== null && text === comparable(title);
    if (neighbourCaption || repeated || repeatsTitle) {
      drop(
        i,
        [{ text: line.text, why: 'duplicate' }],
        neighbourCaption ? 'clean/caption-copy' : 'clean/duplicate',
      );
      continue;
    }
    previousKept = line.text;
  }
}
