// A symmetric-deletion index: finds keys within the length-scaled edit limit without scanning every key.
import { editLimit, isSameNamePart } from './name-key.ts';

/** The word and every form of it with up to `depth` letters deleted. */
export function deletionVariants(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export interface FuzzyIndex {
  add: (scope: string, word: string, id: string) => void;
  /** Ids whose word, in the same scope, is the same name part as `word` (see isSameNamePart). */
  find: (scope: string, word: string) => string[];
}

/** Words are grouped by scope (a first name, or '' for none) so only names that may match are compared. */
export function createFuzzyIndex(): FuzzyIndex {
  const byVariant = new Map<string, Map<string, Set<string>>>();
  const key = (scope: string, variant: string) => `${scope}\u0000${variant}`;
  return {
    add(scope, word, id) {
      for (const v of deletionVariants(word, editLimit(word.length))) {
        const k = key(scope, v);
        let words = byVariant.get(k);
        if (!words) byVariant.set(k, (words = new Map()));
        let ids = words.get(word);
        if (!ids) words.set(word, (ids = new Set()));
        ids.add(id);
      }
    },
    find(scope, word) {
      const out = new Set<string>();
      for (const v of deletionVariants(word, editLimit(word.length))) {
        for (const [candidate, ids] of byVariant.get(key(scope, v)) ?? []) {
          if (isSameNamePart(candidate, word)) for (const id of ids) out.add(id);
        }
      }
      return [...out];
    },
  };
}
