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

/** Where the index keeps its entries: words (with ids) under each deletion variant in a scope. */
export interface FuzzyEntries {
  fuzzyWords(scope: string, variant: string): { word: string; entityId: string }[];
  addFuzzyWord(scope: string, variant: string, word: string, entityId: string): void;
}

/** Words are grouped by scope (a first name, or '' for none) so only names that may match are compared. */
export function createFuzzyIndex(entries: FuzzyEntries = memoryEntries()): FuzzyIndex {
  return {
    add(scope, word, id) {
      for (const v of deletionVariants(word, editLimit(word.length)))
        entries.addFuzzyWord(scope, v, word, id);
    },
    find(scope, word) {
      const out = new Set<string>();
      for (const v of deletionVariants(word, editLimit(word.length))) {
        for (const { word: candidate, entityId } of entries.fuzzyWords(scope, v)) {
          if (isSameNamePart(candidate, word)) out.add(entityId);
        }
      }
      return [...out];
    },
  };
}

function memoryEntries(): FuzzyEntries {
  const byVariant = new Map<string, { word: string; entityId: string }[]>();
  const key = (scope: string, variant: string) => `${scope}\u0000${variant}`;
  return {
    fuzzyWords: (scope, variant) => byVariant.get(key(scope, variant)) ?? [],
    addFuzzyWord(scope, variant, word, entityId) {
      const list = byVariant.get(key(scope, variant)) ?? [];
      if (!list.some((e) => e.word === word && e.entityId === entityId)) list.push({ word, entityId });
      byVariant.set(key(scope, variant), list);
    },
  };
}
