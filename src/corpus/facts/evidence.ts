// Builds a fact source from an item's span in its article, and helpers shared by the mergers.
import type { ArticleRecord, Certainty } from '../../contract/index.ts';
import { getLanguagePack } from '../../languages/registry.ts';
import type { FactSource, LinkedRecord } from './types.ts';

export function sourceOf(
  record: ArticleRecord,
  item: { start: number; end: number; text?: string },
  certainty: Certainty | null,
): FactSource {
  const spanText = item.end > item.start ? record.body.slice(item.start, item.end) : '';
  return {
    articleId: record.id,
    start: item.start,
    end: item.end,
    text: spanText || item.text || '',
    certainty,
  };
}

/** The global id of a local entity id; ids the linker never saw stay as they are (names, or another article's ids). */
export function globalId(linked: LinkedRecord, local: string | null): string | null {
  if (local === null) return null;
  return linked.links.get(local) ?? local;
}

/** A stemmer for the record's language; lower-casing where no pack is registered. */
export function stemmerFor(language: string | null): (word: string) => string {
  const pack = getLanguagePack(language ?? 'nb');
  return pack ? (w) => pack.stem(w.toLowerCase()) : (w) => w.toLowerCase();
}

/** Stemmed content words of a phrase: letters only, dashes joined (`Nord-Korea` -> `nordkorea`), no function words. */
export function termsOf(
  text: string,
  stem: (w: string) => string,
  functionWords: Set<string> = new Set(),
): string[] {
  const words = text
    .toLowerCase()
    .replace(/(\p{L})[-‐–](\p{L})/gu, '$1$2')
    .match(/\p{L}+/gu);
  return [...new Set((words ?? []).filter((w) => w.length >= 3 && !functionWords.has(w)).map(stem))];
}

/** Share of the shorter term list found in the other; terms match when equal or sharing a 5-letter prefix. */
export function termOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const matches = short.filter((t) =>
    long.some((u) => t === u || (t.length >= 5 && u.length >= 5 && t.slice(0, 5) === u.slice(0, 5))),
  );
  return matches.length / short.length;
}

/** An item such as `artillerigranater` or `langtrekkende missiler` as stems, so inflections merge. */
export function normaliseItem(item: string | null, stem: (w: string) => string): string | null {
  if (item === null) return null;
  const words = item.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return words.length ? words.map(stem).join(' ') : null;
}
