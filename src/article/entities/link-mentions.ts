// Merges the name mentions of one article into entities: spelling variants, genitives and short references.
import type { Entity, EntityType } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';

export interface NameSpan {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The name without its genitive, when the tagger's lemma says so (`Russlands` -> `Russland`). */
  base?: string;
  /** False when the tagger reads a finite verb right after the name (`Kripos står`): no genitive, whatever its `s`. */
  genitive?: boolean;
}

export interface LinkedEntities {
  entities: Entity[];
  /** Entity id for a name as written anywhere (quote speakers, claim holders); undefined if none fits. */
  findByName(name: string, near?: number): string | undefined;
}

// Keys of names seen lately: the same few names are keyed many times per article. A cache of a pure function,
// emptied when it grows, so it changes no result.
const keys = new Map<string, string>();

/** `Kim Jong-Un`, `Kim Jong Un` and `kim jong-un` share a key; dashes and case do not tell names apart. */
export function nameKey(text: string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (keys.size > 20_000) keys.clear();
  keys.set(text, key);
  return key;
}

/** The base of a genitive (`Putins` -> `Putin`, `Nord-Koreas` -> `Nord-Korea`, `FN's` -> `FN`), or null. */
export function genitiveBase(text: string): string | null {
  const m = /^(.*\p{L}{2,})(?:['’]s|s)$/u.exec(text);
  return m?.[1] ?? null;
}

/**
 * `Russlands` whose last token the tagger lemmatises as `Russland`, or `Handelsbankens` that it marks `Case=Gen`: the
 * name (tokens `from` to `to` of the sentence, written `text`) without its genitive -s.
 */
export function genitiveFromLemma(
  sentence: AnalyzedSentence,
  from: number,
  to: number,
  text: string,
): string | undefined {
  const last = sentence.tokens[to - 1];
  if (!last || to <= from || !/s$/.test(last.text)) return undefined;
  const stripped = last.text.replace(/['’]?s$/, '');
  const genitive = last.lemma.toLowerCase() === stripped.toLowerCase() || last.feats.includes('Case=Gen');
  if (!genitive) return undefined;
  return text.slice(0, text.length - (last.text.length - stripped.length));
}

interface Cluster {
  id: string;
  type: EntityType;
  keys: Set<string>;
  forms: Map<string, number>;
  mentions: NameSpan[];
  typeVotes: Map<EntityType, number>;
}

const tokensOf = (key: string) => key.split(' ');

export function linkMentions(spans: NameSpan[]): LinkedEntities {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const allKeys = new Set(sorted.map((s) => nameKey(s.text)));
  for (const key of [...allKeys]) {
    const parts = tokensOf(key);
    if (parts.length > 1) allKeys.add(parts[0]!).add(parts[parts.length - 1]!);
  }
  // A genitive is recognised only when its base is also written somewhere (alone or as the first or last word of a
  // longer name): `Paris` and `Los Angeles` stay whole.
  const baseOf = (span: NameSpan): string => {
    if (span.base) return span.base;
    const base = genitiveBase(span.text);
    return base && allKeys.has(nameKey(base)) ? base : span.text;
  };
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (cluster: Cluster, span: NameSpan, form: string, register = true) => {
    cluster.mentions.push(span);
    cluster.forms.set(form, (cluster.forms.get(form) ?? 0) + 1);
    cluster.typeVotes.set(span.type, (cluster.typeVotes.get(span.type) ?? 0) + 1);
    if (!register) return;
    const key = nameKey(form);
    cluster.keys.add(key);
    byKey.set(key, cluster);
  };
  const newCluster = (type: EntityType): Cluster => {
    const cluster: Cluster = {
      id: '',
      type,
      keys: new Set(),
      forms: new Map(),
      mentions: [],
      typeVotes: new Map(),
    };
    clusters.push(cluster);
    return cluster;
  };
  // The first and last words of full person names: a one-word mention of them is a person, whatever type the
  // recogniser gave it (`Trump` read as an organisation after `Donald Trump`).
  const personWords = new Set<string>();
  for (const span of sorted) {
    const parts = tokensOf(nameKey(baseOf(span)));
    if (span.type === 'PER' && parts.length > 1) personWords.add(parts[0]!).add(parts[parts.length - 1]!);
  }
  const asPerson = (span: NameSpan, key: string) =>
    span.type === 'PER' || (span.type !== 'GPE' && personWords.has(key));
  // First pass: full names (more than one word) and exact repeats form clusters.
  const shortOnes: { span: NameSpan; form: string }[] = [];
  for (const span of sorted) {
    const form = baseOf(span);
    const key = nameKey(form);
    const existing = byKey.get(key);
    if (existing) add(existing, span, form);
    else if (tokensOf(key).length > 1 || !asPerson(span, key)) add(newCluster(span.type), span, form);
    else shortOnes.push({ span, form });
  }
  // Second pass: a one-word person name joins the nearest earlier (else later) full name it is part of.
  // The short key is not registered: the next "Kim" is resolved again by position.
  for (const { span, form } of shortOnes) {
    const key = nameKey(form);
    const target = nearestContaining(clusters, key, span.start);
    const existing = byKey.get(key);
    if (target) add(target, { ...span, type: 'PER' }, form, false);
    else if (existing) add(existing, span, form);
    else add(newCluster(span.type), span, form);
  }
  clusters.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  clusters.forEach((c, i) => {
    c.id = `e${i + 1}`;
    c.type = [...c.typeVotes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    c.mentions.sort((a, b) => a.start - b.start);
  });
  const entities: Entity[] = clusters.map((c) => ({
    id: c.id,
    name: canonicalName(c.forms),
    type: c.type,
    mentions: c.mentions.map(({ start, end, text }) => ({ start, end, text })),
  }));
  return {
    entities,
    findByName(name, near = Number.MAX_SAFE_INTEGER) {
      const base = genitiveBase(name);
      for (const candidate of [name, ...(base ? [base] : [])]) {
        const key = nameKey(candidate);
        const hit = byKey.get(key) ?? byKey.get(key + 's') ?? nearestContaining(clusters, key, near);
        if (hit) return hit.id;
      }
      return undefined;
    },
  };
}

/** A multi-word person cluster whose name has `key` as its first or last word, preferring the last one before `at`. */
function nearestContaining(clusters: Cluster[], key: string, at: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const c of clusters) {
    if (c.type !== 'PER') continue;
    const fits = [...c.keys].some((k) => {
      const parts = tokensOf(k);
      return parts.length > 1 && (parts[parts.length - 1] === key || parts[0] === key);
    });
    if (!fits) continue;
    for (const m of c.mentions) {
      // Earlier mentions win over later ones: a reader resolves "Kim" to who was just named.
      const distance = m.start <= at ? at - m.start : (m.start - at) * 4;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
  }
  return best;
}

/** The fullest form: most words, then most frequent, then the first seen. */
function canonicalName(forms: Map<string, number>): string {
  return [...forms.entries()].sort(
    (a, b) => tokensOf(nameKey(b[0])).length - tokensOf(nameKey(a[0])).length || b[1] - a[1],
  )[0]![0];
}
