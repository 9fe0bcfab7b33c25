// CoNLL-U reading and writing: sentences with comments, word tokens for tagging, and every raw line kept for writing.

/** One word line of CoNLL-U (integer id). Columns are kept as strings, `_` for empty. */
export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: string;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line that is not a word: a multiword token (`1-2`) or an empty node (`3.1`), kept verbatim for writing. */
export interface ConlluExtraLine {
  /** Index into `tokens` of the word this line stands before. */
  before: number;
  line: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading `# ` (e.g. `sent_id =  000001`, `text = ...`). */
  comments: string[];
  /** Word tokens only: what taggers see. */
  tokens: ConlluToken[];
  /** Multiword-token ranges and empty nodes, re-inserted by `writeConllu`. */
  extra: ConlluExtraLine[];
}

const COLUMNS = 10;

function parseToken(fields: string[]): ConlluToken {
  const col = (i: number): string => fields[i] ?? '_';
  return {
    id: Number(col(0)),
    form: col(1),
    lemma: col(2),
    upos: col(3),
    xpos: col(4),
    feats: col(5),
    head: col(6),
    deprel: col(7),
    deps: col(8),
    misc: col(9),
  };
}

/** Parses CoNLL-U text into sentences; blank lines separate sentences, tolerates CRLF and a missing final blank. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], tokens: [], extra: [] };
  const flush = (): void => {
    if (current.tokens.length > 0 || current.comments.length > 0 || current.extra.length > 0) {
      sentences.push(current);
    }
    current = { comments: [], tokens: [], extra: [] };
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      current.comments.push(line.replace(/^# ?/, ''));
      continue;
    }
    const fields = line.split('\t');
    const id = fields[0] ?? '';
    if (id.includes('-') || id.includes('.')) {
      current.extra.push({ before: current.tokens.length, line });
      continue;
    }
    if (fields.length < COLUMNS) {
      const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
      throw new Error(`line ${n + 1} has ${fields.length} of CoNLL-U's 10 columns: ${JSON.stringify(shown)}`);
    }
    current.tokens.push(parseToken(fields));
  }
  flush();
  return sentences;
}

function tokenLine(t: ConlluToken): string {
  return [t.id, t.form, t.lemma, t.upos, t.xpos, t.feats, t.head, t.deprel, t.deps, t.misc].join('\t');
}

/** Serialises sentences back to CoNLL-U: comments, then words with the kept extra lines in place, then a blank line. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(`# ${c}`);
    let e = 0;
    for (let i = 0; i <= s.tokens.length; i++) {
      while (e < s.extra.length && (s.extra[e]?.before ?? Infinity) <= i) {
        out.push(s.extra[e]?.line ?? '');
        e++;
      }
      const t = s.tokens[i];
      if (t) out.push(tokenLine(t));
    }
    out.push('');
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Reads one `Key=Value` entry of a MISC (or FEATS) column; undefined when absent. */
export function miscGet(misc: string, key: string): string | undefined {
  if (misc === '_' || misc === '') return undefined;
  for (const part of misc.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === key) return part.slice(eq + 1);
  }
  return undefined;
}

/** Sets (or, with undefined, removes) one `Key=Value` entry of a MISC column, keeping the others in order. */
export function miscSet(misc: string, key: string, value: string | undefined): string {
  const parts = misc === '_' || misc === '' ? [] : misc.split('|');
  const kept = parts.filter((p) => !p.startsWith(`${key}=`));
  const index = parts.findIndex((p) => p.startsWith(`${key}=`));
  if (value !== undefined) {
    const entry = `${key}=${value}`;
    if (index >= 0) kept.splice(Math.min(index, kept.length), 0, entry);
    else kept.push(entry);
  }
  return kept.length > 0 ? kept.join('|') : '_';
}
