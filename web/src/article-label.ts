// What to call an article in a link: its headline, or for one without, "Uten tittel" with its date and id start.
import type { Dictionary } from './i18n.ts';

export function articleLabel(
  article: { id: string; title?: string | null; published?: string | null },
  t: Dictionary,
): string {
  if (article.title) return article.title;
  return t.untitled([article.published, article.id.slice(0, 8)].filter(Boolean).join(' · '));
}
