// Splits a body into paragraphs and sentences with UTF-16 spans; a stand-in until the language pack's splitter is passed in.
import type { TextSpan } from './types.ts';

/** Paragraphs are runs of text between line breaks; empty lines are dropped. Spans exclude surrounding blanks. */
export function splitParagraphs(body: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) out.push({ start: m.index + lead, end: m.index + lead + text.length });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'ca',
  'bl.a',
  'f.eks',
  'dvs',
  'mill',
  'mrd',
  'nr',
  'kl',
  'st',
  'dr',
  'prof',
  'jf',
  'mv',
  'pga',
  'ifr',
  'evt',
  'inkl',
  'ekskl',
  'gen',
  'adm',
  'vs',
  'tlf',
  'iflg',
  'mht',
  'osv',
  'etc',
  'd.c',
  'o.l',
  'm.m',
  'e.l',
  'a.s',
  't.o.m',
  'f.o.m',
]);

/** Sentences of one paragraph: a break after `.`, `!` or `?` (and closing quote marks) when a capital, digit, dash or quote follows. */
export function splitSentencesIn(body: string, paragraph: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const text = body.slice(paragraph.start, paragraph.end);
  let start = 0;
  const re = /[.!?]+[»"”’)]*(?=\s+[\p{Lu}\d«"–—-])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    out.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  if (start < text.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: `George W. Bush`
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentences of the whole body, never crossing a paragraph break. */
export function splitSentences(body: string): TextSpan[] {
  return splitParagraphs(body).flatMap((p) => splitSentencesIn(body, p));
}
