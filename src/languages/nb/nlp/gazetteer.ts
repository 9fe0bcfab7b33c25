// Name lists: entity strings with their types (from training entities and country names), matched longest-first.

/** Entity string (space-joined tokens) -> type -> count. */
export type GazetteerEntries = Record<string, Record<string, number>>;

export const MAX_NAME_TOKENS = 6;

export class Gazetteer {
  private readonly prefixes = new Set<string>();
  constructor(readonly entries: GazetteerEntries) {
    for (const key of Object.keys(entries)) {
      const parts = key.split(' ');
      for (let n = 1; n <= parts.length; n++) this.prefixes.add(parts.slice(0, n).join(' '));
    }
  }

  /**
   * Longest entries starting at each token: returns for each token the matches covering it as
   * `[type, position]` where position is B (first), I (inside) or S (single token).
   * `exclude` lowers counts (document-held-out matching during training).
   */
  match(words: readonly string[], exclude?: GazetteerEntries): [string, string][][] {
    const out: [string, string][][] = words.map(() => []);
    for (let i = 0; i < words.length; i++) {
      let key = '';
      let bestEnd = -1;
      let bestTypes: string[] = [];
      for (let j = i; j < words.length && j < i + MAX_NAME_TOKENS; j++) {
        key = j === i ? (words[j] as string) : `${key} ${words[j]}`;
        if (!this.prefixes.has(key)) break;
        const types = this.typesOf(key, exclude);
        if (types.length > 0) {
          bestEnd = j;
          bestTypes = types;
        }
      }
      if (bestEnd < 0) continue;
      for (const type of bestTypes) {
        if (bestEnd === i) out[i]?.push([type, 'S']);
        else for (let j = i; j <= bestEnd; j++) out[j]?.push([type, j === i ? 'B' : 'I']);
      }
    }
    return out;
  }

  private typesOf(key: string, exclude?: GazetteerEntries): string[] {
    const counts = this.entries[key];
    if (!counts) return [];
    const held = exclude?.[key];
    const types: string[] = [];
    for (const [type, c] of Object.entries(counts)) if (c - (held?.[type] ?? 0) > 0) types.push(type);
    return types;
  }
}

/** Adds `count` of entity `key` with `type`. */
export function addEntry(entries: GazetteerEntries, key: string, type: string, count = 1): void {
  const m = (entries[key] ??= {});
  m[type] = (m[type] ?? 0) + count;
}

/** Entity spans of a BIO-labelled sentence as [start, end, type]. */
export function spansOf(labels: readonly string[]): [number, number, string][] {
  const spans: [number, number, string][] = [];
  let open: [number, number, string] | null = null;
  labels.forEach((label, i) => {
    const type = label.slice(2);
    if (label.startsWith('B-') || (label.startsWith('I-') && open?.[2] !== type)) {
      if (open) spans.push(open);
      open = [i, i + 1, type];
    } else if (label.startsWith('I-') && open) open[1] = i + 1;
    else {
      if (open) spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}
