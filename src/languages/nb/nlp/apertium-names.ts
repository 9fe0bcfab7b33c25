// Training-time only: the typed proper nouns of Apertium's Bokmål analyser (Debian `apertium-nno-nob`, GPL-2+),
// listed from the text form of its compiled transducer (`lt-print`, Debian `lttoolbox-dev`). Each name comes with
// its kinds: `ant` given name, `cog` family name, `top` place, `org` organisation, `al` other. The model file keeps
// only hashes of the names (name-cues.ts); nothing here runs in use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian installs the Bokmål analyser of the Nynorsk-Bokmål pair. */
export const APERTIUM_NOB_ANALYSER = '/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin';

/** Name kinds of the analyser's proper nouns. */
export type ApertiumNameKind = 'ant' | 'cog' | 'top' | 'org' | 'al';

const KINDS = new Set<string>(['ant', 'cog', 'top', 'org', 'al']);
const EPSILON = new Set(['ε', '@0@']);

/**
 * The proper nouns of a transducer in AT&T text form (`lt-print`; sections separated by `--`), each written form
 * with the kinds it is analysed as. Forms that only begin a compound (`Oslo-`, `<cmp>`) are left out; inflected
 * forms such as genitives are kept as written.
 */
export function properNounsOfAtt(att: string): Map<string, Set<ApertiumNameKind>> {
  const names = new Map<string, Set<ApertiumNameKind>>();
  for (const section of att.split(/^--$/m)) addSection(section, names);
  return names;
}

function addSection(text: string, names: Map<string, Set<ApertiumNameKind>>): void {
  const from: number[] = [];
  const to: number[] = [];
  const input: string[] = [];
  const output: string[] = [];
  const finals = new Set<number>();
  let states = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const cols = line.split('\t');
    const a = Number(cols[0]);
    if (!Number.isInteger(a)) continue;
    if (cols.length >= 4) {
      const b = Number(cols[1]);
      from.push(a);
      to.push(b);
      input.push(EPSILON.has(cols[2] as string) ? '' : (cols[2] as string));
      output.push(EPSILON.has(cols[3] as string) ? '' : (cols[3] as string));
      states = Math.max(states, a + 1, b + 1);
    } else {
      finals.add(a);
      states = Math.max(states, a + 1);
    }
  }
  if (from.length === 0) return;
  // Arcs by source state (counting sort), and the states from which an arc writing `<np>` can be reached.
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
  const incoming: number[][] = Array.from({ length: states }, () => []);
  for (let k = 0; k < from.length; k++) (incoming[to[k] as number] as number[]).push(from[k] as number);
  const reaches = new Uint8Array(states);
  const queue: number[] = [];
  for (let k = 0; k < from.length; k++)
    if (output[k] === '<np>' && !reaches[from[k] as number]) {
      reaches[from[k] as number] = 1;
      queue.push(from[k] as number);
    }
  while (queue.length > 0) {
    const s = queue.pop() as number;
    for (const r of incoming[s] as number[])
      if (!reaches[r]) {
        reaches[r] = 1;
        queue.push(r);
      }
  }
  if (!reaches[0] || cyclic(states, from, to, output, reaches)) return;
  // Depth-first over the paths that write `<np>` before any other tag; a path ending in a final state is a name.
  type Item = { state: number; surface: string; analysis: string; depth: number };
  const stack: Item[] = [{ state: 0, surface: '', analysis: '', depth: 0 }];
  while (stack.length > 0) {
    const { state, surface, analysis, depth } = stack.pop() as Item;
    const named = analysis.includes('<np>');
    if (named && finals.has(state)) addKind(names, surface, analysis);
    if (depth > 120) continue;
    for (let j = start[state] as number; j < (start[state + 1] as number); j++) {
      const k = order[j] as number;
      const out = output[k] as string;
      if (!named && out !== '<np>' && (out.startsWith('<') || !reaches[to[k] as number])) continue;
      stack.push({
        state: to[k] as number,
        surface: surface + (input[k] as string),
        analysis: analysis + out,
        depth: depth + 1,
      });
    }
  }
}

/**
 * Whether the letters leading to `<np>` can loop: then the section is a pattern (guesses for any capitalised word,
 * URLs), not a list of names, and it is left out.
 */
function cyclic(
  states: number,
  from: number[],
  to: number[],
  output: string[],
  reaches: Uint8Array,
): boolean {
  const indegree = new Uint32Array(states);
  const edges: number[] = [];
  for (let k = 0; k < from.length; k++)
    if (reaches[from[k] as number] && reaches[to[k] as number] && !(output[k] as string).startsWith('<')) {
      edges.push(k);
      indegree[to[k] as number] = (indegree[to[k] as number] as number) + 1;
    }
  const next: number[][] = Array.from({ length: states }, () => []);
  for (const k of edges) (next[from[k] as number] as number[]).push(to[k] as number);
  const queue: number[] = [];
  let inside = 0;
  for (let s = 0; s < states; s++)
    if (reaches[s]) {
      inside++;
      if (indegree[s] === 0) queue.push(s);
    }
  let done = 0;
  while (queue.length > 0) {
    const s = queue.pop() as number;
    done++;
    for (const t of next[s] as number[]) {
      indegree[t] = (indegree[t] as number) - 1;
      if (indegree[t] === 0) queue.push(t);
    }
  }
  return done < inside;
}

function addKind(names: Map<string, Set<ApertiumNameKind>>, surface: string, analysis: string): void {
  if (!surface || surface.endsWith('-') || /<cmp(-split)?>/.test(analysis)) return;
  const kind = /<np><([a-z]+)>/.exec(analysis)?.[1];
  if (!kind || !KINDS.has(kind)) return;
  let kinds = names.get(surface);
  if (!kinds) names.set(surface, (kinds = new Set()));
  kinds.add(kind as ApertiumNameKind);
}

/** The analyser's proper nouns; a clear error when the analyser or `lt-print` is missing. */
export function readApertiumNames(path = APERTIUM_NOB_ANALYSER): Map<string, Set<ApertiumNameKind>> {
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
  return properNounsOfAtt(att);
}
