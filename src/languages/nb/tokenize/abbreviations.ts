// The abbreviation lexicon: reads the editable `abbreviations.txt` once and answers lookups by token text.
import { readFileSync } from 'node:fs';

export interface AbbreviationLexicon {
  /** Entries with their final period (`f.eks.`), each mapped to whether it may close a sentence. */
  entries: ReadonlyMap<string, boolean>;
}

/** Parses the lexicon format: one entry per line, optional second word `final`, `#` starts a comment. */
export function parseAbbreviations(source: string): AbbreviationLexicon {
  const entries = new Map<string, boolean>();
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [word = '', flag] = line.split(/\s+/);
    if (!word.endsWith('.')) throw new Error(`abbreviation without its final period: ${line}`);
    entries.set(word, flag === 'final');
  }
  return { entries };
}

let lexicon: AbbreviationLexicon | undefined;

function load(): AbbreviationLexicon {
  lexicon ??= parseAbbreviations(readFileSync(new URL('./abbreviations.txt', import.meta.url), 'utf8'));
  return lexicon;
}

/** Looks `word` (with its period) up exactly, then with a lower-cased first letter for sentence-initial use. */
function lookup(word: string): boolean | undefined {
  const { entries } = load();
  const exact = entries.get(word);
  if (exact !== undefined) return exact;
  const first = word.charAt(0);
  const lowered = first.toLowerCase();
  return lowered === first ? undefined : entries.get(lowered + word.slice(1));
}

export function isAbbreviation(word: string): boolean {
  return lookup(word) !== undefined;
}

/** True for abbreviations such as `osv.` that often end a sentence. */
export function canEndSentence(word: string): boolean {
  return lookup(word) === true;
}
