// The tokenizer's word lists: reads the editable `words.txt` once (sections of blank-separated words).
import { readFileSync } from 'node:fs';

/** Parses `[section]` headers followed by words separated by blanks; `#` starts a comment line. */
export function parseWordLists(source: string): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[([\w-]+)\]$/.exec(line);
    if (header?.[1]) {
      current = new Set();
      lists.set(header[1], current);
      continue;
    }
    if (!current) throw new Error(`word list entry before any [section]: ${line}`);
    for (const word of line.split(/\s+/)) current.add(word);
  }
  return lists;
}

let lists: Map<string, Set<string>> | undefined;
const EMPTY: ReadonlySet<string> = new Set();

/** One section of `words.txt`: `openers`, `not-final`, `hyphen-continuations` or `months`. */
export function wordList(name: string): ReadonlySet<string> {
  lists ??= parseWordLists(readFileSync(new URL('./words.txt', import.meta.url), 'utf8'));
  return lists.get(name) ?? EMPTY;
}

/** True for capitalised function words such as `Jeg`, `Det`, `Men` that practically only open sentences. */
export function isSentenceOpener(word: string): boolean {
  return wordList('openers').has(word);
}

/** True for lower-case words a heading does not end with (`fra`, `var`), so a capital after them is no new sentence. */
export function cannotEndHeading(word: string): boolean {
  const lower = word.toLowerCase();
  return wordList('not-final').has(lower) || isSentenceOpener(lower.charAt(0).toUpperCase() + lower.slice(1));
}
