// Recognises page furniture lines: share and ad markers, aggregator age stamps, datelines, "read also" headings.
import type { TimeOffset } from '../../languages/time.ts';
import type { CleaningRules } from './cleaning-rules.ts';

export type FurnitureKind = 'furniture' | 'age-stamp' | 'published-line' | 'dateline' | 'related';

export interface Furniture {
  kind: FurnitureKind;
  /** For an age stamp: how long ago; for a published line: the date text. */
  age?: TimeOffset;
  dateText?: string;
  /** For a related-articles heading: whether the line carries the link itself (`Les også: Tittel`). */
  inline?: boolean;
}

const MAX_DATELINE_CHARS = 80;

export function classifyFurniture(text: string, rules: CleaningRules): Furniture | null {
  for (const rule of rules.ageStamps) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const amountText = (m.groups?.['amount'] ?? '').toLowerCase();
    const amount = rule.numberWords[amountText] ?? Number(amountText);
    const unit = rule.units[(m.groups?.['unit'] ?? '').toLowerCase()];
    if (unit && Number.isFinite(amount)) return { kind: 'age-stamp', age: { [unit]: -amount } };
    return { kind: 'furniture' };
  }
  if (text.length <= MAX_DATELINE_CHARS && /\d/.test(text)) {
    for (const pattern of rules.publishedLines) {
      const m = pattern.exec(text);
      if (m) return { kind: 'published-line', dateText: m.groups?.['date']?.trim() ?? text };
    }
    if (rules.datelines.some((pattern) => pattern.test(text))) return { kind: 'dateline', dateText: text };
  }
  if (rules.furniture.some((pattern) => pattern.test(text))) return { kind: 'furniture' };
  for (const pattern of rules.relatedHeadings) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length).trim();
    if (!rest) return { kind: 'related', inline: false };
    // `Les også: Tittel` is a link; `Les mer om dette i rapporten.` is a sentence of the article.
    if (m[0].endsWith(':') || isLinkTitle(rest)) return { kind: 'related', inline: true };
  }
  return null;
}

/** A line in a "read also" list: a short link title, not a sentence of the article. */
export function isLinkTitle(text: string): boolean {
  return text.length <= 160 && !/[.!?]$/u.test(text.replace(/\s*\(\d+\)$/, ''));
}

const MAX_GLUED_CHARS = 60;
// Where a glued tail may start: right after a sentence's closing mark, with or without a space.
const SENTENCE_CLOSE = /[.!?»"”)](?=\s*[\p{Lu}\p{N}])/gu;

/**
 * Furniture glued to the end of an article line (`... med Kim.Read Entire Article`): where it starts and its text.
 * Only plain furniture and age stamps qualify, and only after a finished sentence.
 */
export function findGluedFurniture(
  text: string,
  rules: CleaningRules,
): { at: number; text: string; furniture: Furniture } | null {
  if (text.length <= MAX_GLUED_CHARS) return null;
  for (const m of text.slice(-MAX_GLUED_CHARS - 2).matchAll(SENTENCE_CLOSE)) {
    const at = text.length - Math.min(text.length, MAX_GLUED_CHARS + 2) + (m.index ?? 0) + 1;
    const rest = text.slice(at).trim();
    const furniture = rest ? classifyFurniture(rest, rules) : null;
    if (furniture?.kind === 'furniture' || furniture?.kind === 'age-stamp')
      return { at, text: rest, furniture };
  }
  return null;
}
