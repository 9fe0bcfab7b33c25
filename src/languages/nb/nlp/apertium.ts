// Training-time only: Apertium's Bokmål analyser (Debian `apertium-nno-nob`, GPL-2+), listed from the text form of its
// compiled transducer (`lt-print`, Debian `lttoolbox-dev`). Two things are read from it: the typed proper nouns (name
// cues of the recogniser, name-sources.ts) and the word classes of every form it lists (the tagger's ambiguity class
// of words training saw fewer than twice, upos-tagger.ts). The model files keep only hashes; nothing here runs in use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian installs the Bokmål analyser of the Nynorsk-Bokmål pair. */
export const APERTIUM_NOB_ANALYSER = '/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin';

/** Name kinds of the analyser's proper nouns. */
export type ApertiumNameKind = 'ant' | 'cog' | 'top' | 'org' | 'al';

const KINDS = new Set<string>(['ant', 'cog', 'top', 'org', 'al']);
const EPSILON = new Set(['ε', '@0@']);

/** One section of an AT&T listing: arcs grouped by source state (`start`/`order`), and the final states. */
interface Section {
  states: number;
  from: number[];
  to: number[];
  input: string[];
  output: string[];
  finals: Set<number>;
  /** States with an arc back to themselves, and what that arc reads and writes. */
  loops: { state: number; input: string; output: string }[];
  start: Uint32Array;
  order: Uint32Array;
}

/**
 * The sections of an AT&T listing (separated by `--`). A self-loop (a digit repeated in a number pattern) is kept
 * apart from the arcs, so a listing of forms follows each path once.
 */
function sectionsOf(att: string): Section[] {
  const out: Section[] = [];
  for (const text of att.split(/^--$/m)) {
    const from: number[] = [];
    const to: number[] = [];
    const input: string[] = [];
    const output: string[] = [];
    const finals = new Set<number>();
    const loops: { state: number; input: string; output: string }[] = [];
    let states = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      const cols = line.split('\t');
      const a = Number(cols[0]);
      if (!Number.isInteger(a)) continue;
      if (cols.length >= 4) {
        const b = Number(cols[1]);
        states = Math.max(states, a + 1, b + 1);
        if (a === b) {
          loops.push({ state: a, input: cols[2] as string, output: cols[3] as string });
          continue;
        }
        from.push(a);
        to.push(b);
        input.push(EPSILON.has(cols[2] as string) ? '' : (cols[2] as string));
        output.push(EPSILON.has(cols[3] as string) ? '' : (cols[3] as string));
      } else {
        finals.add(a);
        states = Math.max(states, a + 1);
      }
    }
    if (from.length === 0) continue;
    // Arcs by source state (counting sort).
    const start = new Uint32Array(states + 1);
    for (const a of from) start[a + 1] = (start[a + 1] as number) + 1;
    for (let s = 0; s < states; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
    const order = new Uint32Array(from.length);
    const fill = start.slice(0, states);
    for (let k = 0; k < from.length; k++) {
      const a = from[k] as number;
      order[fill[a] as number] = k;
      fill[a] = (fill[a] as number) + 1;
    }
    out.push({ states, from, to, input, output, finals, loops, start, order });
  }
  return out;
}

/** Whether the arcs `keep` accepts (between states `inside` marks) form a loop (Kahn's algorithm). */
function cyclic(s: Section, inside: (state: number) => boolean, keep: (arc: number) => boolean): boolean {
  const indegree = new Uint32Array(s.states);
  const next: number[][] = Array.from({ length: s.states }, () => []);
  for (let k = 0; k < s.from.length; k++) {
    const a = s.from[k] as number;
    const b = s.to[k] as number;
    if (!inside(a) || !inside(b) || !keep(k)) continue;
    (next[a] as number[]).push(b);
    indegree[b] = (indegree[b] as number) + 1;
  }
  const queue: number[] = [];
  let count = 0;
  for (let state = 0; state < s.states; state++)
    if (inside(state)) {
      count++;
      if (indegree[state] === 0) queue.push(state);
    }
  let done = 0;
  while (queue.length > 0) {
    const state = queue.pop() as number;
    done++;
    for (const t of next[state] as number[]) {
      indegree[t] = (indegree[t] as number) - 1;
      if (indegree[t] === 0) queue.push(t);
    }
  }
  return done < count;
}

/**
 * Depth-first over the paths from state 0 that `follow` accepts; `visit` gets each path that ends in a final state
 * (the letters read and the analysis written).
 */
function walk(
  s: Section,
  follow: (arc: number, analysis: string) => boolean,
  visit: (surface: string, analysis: string) => void,
): void {
  type Item = { state: number; surface: string; analysis: string; depth: number };
  const stack: Item[] = [{ state: 0, surface: '', analysis: '', depth: 0 }];
  while (stack.length > 0) {
    const { state, surface, analysis, depth } = stack.pop() as Item;
    if (s.finals.has(state) && surface) visit(surface, analysis);
    if (depth > 120) continue;
    for (let j = s.start[state] as number; j < (s.start[state + 1] as number); j++) {
      const k = s.order[j] as number;
      if (!follow(k, analysis)) continue;
      stack.push({
        state: s.to[k] as number,
        surface: surface + (s.input[k] as string),
        analysis: analysis + (s.output[k] as string),
        depth: depth + 1,
      });
    }
  }
}

/** An analysis that only begins a compound (`Oslo-`, `<cmp>`, `<compound-only-L>`) says nothing of the word alone. */
function compoundStart(surface: string, analysis: string): boolean {
  return surface.endsWith('-') || /<(cmp|cmp-split|compound-only-L)>/.test(analysis);
}

/**
 * The proper nouns of a transducer in AT&T text form (`lt-print`), each written form with the kinds it is analysed
 * as. Forms that only begin a compound are left out; inflected forms such as genitives are kept as written.
 */
export function properNounsOfAtt(att: string): Map<string, Set<ApertiumNameKind>> {
  const names = new Map<string, Set<ApertiumNameKind>>();
  for (const s of sectionsOf(att)) {
    // The states from which an arc writing `<np>` can be reached.
    const incoming: number[][] = Array.from({ length: s.states }, () => []);
    for (let k = 0; k < s.from.length; k++)
      (incoming[s.to[k] as number] as number[]).push(s.from[k] as number);
    const reaches = new Uint8Array(s.states);
    const queue: number[] = [];
    for (let k = 0; k < s.from.length; k++)
      if (s.output[k] === '<np>' && !reaches[s.from[k] as number]) {
        reaches[s.from[k] as number] = 1;
        queue.push(s.from[k] as number);
      }
    while (queue.length > 0) {
      const state = queue.pop() as number;
      for (const r of incoming[state] as number[])
        if (!reaches[r]) {
          reaches[r] = 1;
          queue.push(r);
        }
    }
    // Letters that loop on the way to `<np>` make a pattern (guesses for any capitalised word, URLs), not a list.
    const letter = (out: string): boolean => !out.startsWith('<');
    if (
      !reaches[0] ||
      s.loops.some((l) => reaches[l.state] === 1 && letter(l.output)) ||
      cyclic(
        s,
        (state) => reaches[state] === 1,
        (k) => letter(s.output[k] as string),
      )
    )
      continue;
    walk(
      s,
      (k, analysis) => {
        const out = s.output[k] as string;
        return (
          analysis.includes('<np>') ||
          out === '<np>' ||
          (!out.startsWith('<') && reaches[s.to[k] as number] === 1)
        );
      },
      (surface, analysis) => {
        if (!analysis.includes('<np>') || compoundStart(surface, analysis)) return;
        const kind = /<np><([a-z]+)>/.exec(analysis)?.[1];
        if (!kind || !KINDS.has(kind)) return;
        let kinds = names.get(surface);
        if (!kinds) names.set(surface, (kinds = new Set()));
        kinds.add(kind as ApertiumNameKind);
      },
    );
  }
  return names;
}

/** Universal POS of the analyser's word-class tags (the first tag of an analysis); any other tag is `X`. */
const UPOS_OF: Record<string, string> = {
  n: 'NOUN',
  np: 'PROPN',
  adj: 'ADJ',
  vblex: 'VERB',
  vaux: 'AUX',
  det: 'DET',
  prn: 'PRON',
  adv: 'ADV',
  preadv: 'ADV',
  pr: 'ADP',
  cnjsub: 'SCONJ',
  cnjcoo: 'CCONJ',
  cnjadv: 'CCONJ',
  ij: 'INTJ',
  part: 'PART',
  num: 'NUM',
  sent: 'PUNCT',
  cm: 'PUNCT',
  guio: 'PUNCT',
  lpar: 'PUNCT',
  rpar: 'PUNCT',
  lquot: 'PUNCT',
  rquot: 'PUNCT',
  apos: 'PUNCT',
};

/**
 * Every form a transducer in AT&T text form lists, lower-cased, with the universal POS tags of its analyses
 * (`|`-joined, sorted): `kjente` → `ADJ|VERB`, `bergen` → `PROPN`. Analyses that only begin a compound are left out,
 * and so are sections whose letters loop (guessers). A digit that repeats (a number pattern) is read once.
 */
export function wordClassesOfAtt(att: string): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  for (const s of sectionsOf(att)) {
    if (
      s.loops.some((l) => /\p{L}/u.test(l.input)) ||
      cyclic(
        s,
        () => true,
        () => true,
      )
    )
      continue;
    walk(
      s,
      () => true,
      (surface, analysis) => {
        if (compoundStart(surface, analysis)) return;
        const tag = /<([^>]+)>/.exec(analysis)?.[1];
        if (!tag) return;
        const lower = surface.toLowerCase();
        let set = sets.get(lower);
        if (!set) sets.set(lower, (set = new Set()));
        set.add(UPOS_OF[tag] ?? 'X');
      },
    );
  }
  const classes = new Map<string, string>();
  for (const [form, set] of sets) classes.set(form, [...set].sort().join('|'));
  return classes;
}

const listings = new Map<string, string>();

/** The analyser as AT&T text (read once per path); a clear error when the analyser or `lt-print` is missing. */
function listing(path: string): string {
  const cached = listings.get(path);
  if (cached !== undefined) return cached;
  if (!existsSync(path))
    throw new Error(
      `the Bokmål analyser ${path} is missing: install it with "apt-get install apertium-nno-nob lttoolbox-dev"`,
    );
  let att: string;
  try {
    att = execFileSync('lt-print', [path], { encoding: 'utf8', maxBuffer: 1 << 29 });
  } catch (error) {
    throw new Error(
      `lt-print could not list ${path} (${(error as Error).message.split('\n')[0]}): install it with "apt-get install lttoolbox-dev"`,
      { cause: error },
    );
  }
  listings.set(path, att);
  return att;
}

/** The analyser's proper nouns and their kinds. */
export function readApertiumNames(path = APERTIUM_NOB_ANALYSER): Map<string, Set<ApertiumNameKind>> {
  return properNounsOfAtt(listing(path));
}

/** Every form of the analyser with its universal POS tags. */
export function readApertiumWordClasses(path = APERTIUM_NOB_ANALYSER): Map<string, string> {
  return wordClassesOfAtt(listing(path));
}
