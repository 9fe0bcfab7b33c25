// Lemmas: a lexicon of (form, UPOS) seen in training, and for new words an edit script chosen by a perceptron.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import type { PairModel, PairPerceptronTrainer } from '../../learn/pair-perceptron.ts';
import { applyScript, parseScriptKey, scriptKey, scriptOf } from '../../learn/edit-script.ts';
import type { EditScript } from '../../learn/edit-script.ts';
import { createRandom, shuffleInPlace } from '../../learn/random.ts';

export interface LemmaLexicon {
  /** `form\tUPOS` -> lemma, and `lower\tUPOS` -> lemma (most frequent in training). */
  known: Record<string, string>;
  /** Edit-script keys, indexed by class. */
  scripts: string[];
}

type PairScorer = Pick<PairModel, 'best'>;

/** Scripts indexed by what they strip, for fast candidate lookup. */
export class ScriptIndex {
  readonly parsed: EditScript[];
  private readonly byStrip = new Map<string, number[]>();
  private readonly longest: number;
  constructor(scripts: readonly string[]) {
    this.parsed = scripts.map(parseScriptKey);
    let longest = 0;
    this.parsed.forEach((s, i) => {
      const list = this.byStrip.get(s.strip) ?? [];
      list.push(i);
      this.byStrip.set(s.strip, list);
      longest = Math.max(longest, s.strip.length);
    });
    this.longest = longest;
  }
  /** Scripts applicable to `form` (their stripped suffix ends the form, as is or lower-cased). */
  candidates(form: string): number[] {
    const out: number[] = [];
    const lower = form.toLowerCase();
    for (let n = 0; n <= this.longest && n <= form.length; n++) {
      for (const i of this.byStrip.get(form.slice(form.length - n)) ?? []) {
        if (!this.parsed[i]?.lower) out.push(i);
      }
      for (const i of this.byStrip.get(lower.slice(lower.length - n)) ?? []) {
        if (this.parsed[i]?.lower) out.push(i);
      }
    }
    return out;
  }
}

const knownCache = new WeakMap<LemmaLexicon, Map<string, Map<string, string>>>();

/** The lexicon as UPOS -> form -> lemma maps, built once: lookups then need no key concatenation. */
function knownByUpos(lexicon: LemmaLexicon): Map<string, Map<string, string>> {
  let index = knownCache.get(lexicon);
  if (!index) {
    index = new Map();
    for (const [key, lemma] of Object.entries(lexicon.known)) {
      const tab = key.lastIndexOf('\t');
      const upos = key.slice(tab + 1);
      let forms = index.get(upos);
      if (!forms) index.set(upos, (forms = new Map()));
      forms.set(key.slice(0, tab), lemma);
    }
    knownCache.set(lexicon, index);
  }
  return index;
}

function lemmaFeatures(form: string, upos: string, feats: string, f: FeatureBuffer): void {
  const lower = form.toLowerCase();
  f.clear();
  f.str(0, upos);
  f.str2(1, upos, feats);
  for (let n = 1; n <= 6; n++) f.suffix(1 + n, lower, n);
  for (let n = 1; n <= 4; n++) f.suffixWith(7 + n, upos, lower, n);
  f.suffixWith(12, feats, lower, 3);
  f.int(13, form === lower ? 0 : form === form.toUpperCase() ? 2 : 1, lower.includes('-') ? 1 : 0);
  f.str2(14, upos, lower.length < 4 ? lower : '');
}

export function lemmatize(
  form: string,
  upos: string,
  feats: string,
  lexicon: LemmaLexicon,
  index: ScriptIndex,
  model: PairScorer,
  f: FeatureBuffer,
  cache?: Map<string, string>,
): string {
  const byForm = knownByUpos(lexicon).get(upos);
  const known = byForm?.get(form) ?? byForm?.get(form.toLowerCase());
  if (known !== undefined) return known;
  // New words recur within and across articles (names above all); scoring every edit script is the costly part.
  const key = `${form}\t${upos}\t${feats}`;
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  const candidates = index.candidates(form);
  let lemma: string;
  if (candidates.length === 0) lemma = upos === 'PROPN' ? form : form.toLowerCase();
  else {
    lemmaFeatures(form, upos, feats, f);
    const script = index.parsed[model.best(f.keys, f.length, candidates)];
    lemma = (script && applyScript(form, script)) ?? form;
  }
  if (cache) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, lemma);
  }
  return lemma;
}

const CACHE_LIMIT = 50_000;

interface LemmaType {
  form: string;
  upos: string;
  feats: string;
  lemma: string;
  count: number;
}

export function trainLemmatizer(
  sentences: readonly { words: string[]; upos: string[]; feats: string[]; lemmas: string[] }[],
  trainer: PairPerceptronTrainer,
  options: { epochs: number; seed: number; log?: (m: string) => void },
): LemmaLexicon {
  const counts = new Map<string, Map<string, number>>();
  const types = new Map<string, LemmaType>();
  const bump = (key: string, lemma: string): void => {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const s of sentences) {
    s.words.forEach((form, i) => {
      const upos = s.upos[i] as string;
      const lemma = s.lemmas[i] as string;
      const feats = s.feats[i] as string;
      bump(`${form}\t${upos}`, lemma);
      bump(`${form.toLowerCase()}\t${upos}`, lemma);
      const key = `${form}\t${upos}\t${feats}\t${lemma}`;
      const t = types.get(key);
      if (t) t.count++;
      else types.set(key, { form, upos, feats, lemma, count: 1 });
    });
  }
  const known: Record<string, string> = {};
  for (const [key, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let best = '';
    let bestCount = 0;
    for (const [lemma, c] of m) if (c > bestCount) [best, bestCount] = [lemma, c];
    known[key] = best;
  }
  const scriptIds = new Map<string, number>();
  const data = [...types.values()].map((t) => {
    const key = scriptKey(scriptOf(t.form, t.lemma));
    if (!scriptIds.has(key)) scriptIds.set(key, scriptIds.size);
    return { ...t, script: scriptIds.get(key) as number };
  });
  const scripts = [...scriptIds.keys()];
  const index = new ScriptIndex(scripts);
  const random = createRandom(options.seed);
  const f = new FeatureBuffer();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    for (const t of shuffleInPlace(data, random)) {
      lemmaFeatures(t.form, t.upos, t.feats, f);
      if (trainer.train(f.keys, f.length, t.script, index.candidates(t.form)) === t.script) right++;
    }
    options.log?.(`lemma epoch ${epoch}: type accuracy ${((100 * right) / data.length).toFixed(2)}`);
  }
  return { known, scripts };
}
