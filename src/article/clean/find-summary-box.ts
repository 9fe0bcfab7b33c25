// Finds an article's own summary box (`Kortversjonen` and its bullets) so the bullets go to summaryGiven.
import type { CleaningRules } from './cleaning-rules.ts';
import type { Line } from './lines.ts';

export interface SummaryBox {
  /** Index of the heading line. */
  heading: number;
  /** Indices of the bullet lines, in order. */
  bullets: number[];
  /** Bullet texts without their markers. */
  items: string[];
}

const BULLET = /^(?<marker>[•·▪●◦‣*∙■□►▸\-–—]|\d{1,2}[.)])\s*(?<text>\S.*)$/u;
const MAX_PLAIN_ITEMS = 6;
const SYMBOL = /^[•·▪●◦‣*∙■□►▸]$/u;

export function isSummaryHeading(text: string, rules: CleaningRules): boolean {
  return rules.summaryHeadings.some((pattern) => pattern.test(text));
}

/**
 * The heading's bullets: consecutive marked lines, starting in the heading's block or the next one. Symbol
 * bullets (`•`) may stand one per paragraph; dash bullets stay in one block, so a quote paragraph that follows
 * (`– Jeg ...`) stays body. With `allowPlain` (a box at the top), a following block of 2-6 one-sentence lines
 * without markers is the box.
 */
export function findSummaryBox(lines: Line[], heading: number, allowPlain = true): SummaryBox {
  const bullets: number[] = [];
  const items: string[] = [];
  const head = lines[heading];
  let i = heading + 1;
  const first = lines[i];
  if (!head || !first || first.block > head.block + 1) return { heading, bullets, items };
  const block = first.block;
  let marker: string | null = null;
  let previousBlock = block;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const bullet = line ? BULLET.exec(line.text) : null;
    if (!line || !bullet) break;
    const mark = bullet.groups?.['marker'] ?? '';
    // Symbol bullets may stand one per paragraph; dash bullets stay in one block (a dash also opens a quote).
    if (
      line.block !== previousBlock &&
      (line.block !== previousBlock + 1 || !SYMBOL.test(mark) || mark !== marker)
    )
      break;
    marker ??= mark;
    previousBlock = line.block;
    bullets.push(i);
    items.push(bullet.groups?.['text']?.trim() ?? '');
  }
  if (bullets.length || first.block === head.block || !allowPlain) return { heading, bullets, items };
  const plain = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.block === block);
  const sentences = plain.every(({ line }) => line.text.length <= 300 && /[.!?]$/u.test(line.text));
  if (plain.length >= 2 && plain.length <= MAX_PLAIN_ITEMS && sentences) {
    for (const { line, index } of plain) {
      bullets.push(index);
      items.push(line.text);
    }
  }
  return { heading, bullets, items };
}
