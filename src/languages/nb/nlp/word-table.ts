// What inference knows about each word form, computed once and shared: hashes and flags for the tagger and the
// recogniser, and the scores of each model's word-only feature groups (see learn/group-scores.ts).
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { FormCache, GROUPS } from '../../learn/group-scores.ts';
import type { RowModel } from '../../learn/averaged-perceptron.ts';
import { END, START, uposNeighbourFeatures, uposSelfFeatures, uposWord } from './upos-tagger.ts';
import type { UposLexicon, UposWord } from './upos-tagger.ts';
import { nerNeighbourFeatures, nerSelfFeatures } from './ner.ts';
import type { NerLexicon } from './ner.ts';
import { isCapitalised } from './word-shape.ts';

export interface WordEntry extends UposWord {
  word: string;
  cap: number;
  /** 1 when the lower-cased form was seen in lower case in training (NER evidence of an ordinary word). */
  common: number;
  /** Group scores (GROUPS * classes) under the first and second UPOS pass and the recogniser, made on demand. */
  upos1: Float32Array | null;
  upos2: Float32Array | null;
  ner: Float32Array | null;
  /** The last lemma given to this form, and the UPOS and FEATS it was given for. */
  lemma: string;
  lemmaUpos: string;
  lemmaFeats: string;
}

function sentinel(hash: number): WordEntry {
  return {
    lower: '',
    hw: hash,
    hl: hash,
    hs: hash,
    ha: hash,
    h2: hash,
    hd: hash,
    hc: hash,
    hh: 0,
    ambiguous: 0,
    sure: -1,
    word: '',
    cap: 0,
    common: 0,
    upos1: null,
    upos2: null,
    ner: null,
    lemma: '',
    lemmaUpos: '',
    lemmaFeats: '',
  };
}

const UNUSED = new Float32Array(0);

export type GroupModel = 'upos1' | 'upos2' | 'ner';

export class WordTable {
  private readonly cache = new FormCache<WordEntry>(40_000);
  private readonly f = new FeatureBuffer();
  readonly start = sentinel(START);
  readonly end = sentinel(END);

  constructor(
    private readonly lexicon: UposLexicon,
    private readonly models: { upos1: RowModel; upos2: RowModel; ner: () => RowModel },
    private readonly nerLexicon: () => NerLexicon,
  ) {}

  entry(word: string): WordEntry {
    let e = this.cache.get(word);
    if (e === undefined) {
      const u = uposWord(word, this.lexicon);
      // Listed field by field (not spread): one object shape for every entry.
      e = {
        lower: u.lower,
        hw: u.hw,
        hl: u.hl,
        hs: u.hs,
        ha: u.ha,
        h2: u.h2,
        hd: u.hd,
        hc: u.hc,
        hh: u.hh,
        ambiguous: u.ambiguous,
        sure: u.sure,
        word,
        cap: isCapitalised(word) ? 1 : 0,
        common: -1,
        upos1: null,
        upos2: null,
        ner: null,
        lemma: '',
        lemmaUpos: '',
        lemmaFeats: '',
      };
      this.cache.set(word, e);
    }
    return e;
  }

  entries(words: readonly string[]): WordEntry[] {
    const out = new Array<WordEntry>(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.entry(words[i] as string);
    return out;
  }

  /** Whether the entry's lower-cased form is a common word (looked up on first need). */
  common(e: WordEntry): number {
    if (e.common < 0) e.common = this.nerLexicon().common.has(e.lower) ? 1 : 0;
    return e.common;
  }

  /** The entry's group scores under `which` model (sentinels get only neighbour groups). */
  vectors(e: WordEntry, which: GroupModel): Float32Array {
    const have = e[which];
    if (have) return have;
    const model = which === 'ner' ? this.models.ner() : this.models[which];
    const c = model.classes;
    const out = new Float32Array(GROUPS * c);
    const f = this.f;
    const isSentinel = e === this.start || e === this.end;
    for (let g = isSentinel ? 1 : 0; g < GROUPS; g++) {
      f.clear();
      if (which === 'ner') {
        if (g === 0) nerSelfFeatures(f, e.word, e.lower, e.hw, e.hl, e.hs);
        else nerNeighbourFeatures(f, g, e.hw, e.hl, e.hs);
      } else if (g === 0) uposSelfFeatures(f, e.lower, e.hw, e.hl, e.hs, e.ha, e.hd, e.hc, e.hh);
      else uposNeighbourFeatures(f, g, e.hl, e.h2, e.ha, e.hc);
      model.score(f.keys, f.length, out, g * c);
    }
    e[which] = out;
    return out;
  }

  /**
   * Per-form vectors of a sentence's entries under `which`, and of the sentinels. With `only`, just the entries
   * within two of a marked position get theirs (the others get a shared empty vector, never read by `sumGroups`).
   */
  sentenceVectors(
    entries: readonly WordEntry[],
    which: GroupModel,
    only?: Uint8Array,
  ): { vectors: Float32Array[]; start: Float32Array; end: Float32Array } {
    const n = entries.length;
    const vectors = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) {
      let needed = !only;
      for (let j = Math.max(0, i - 2); !needed && j <= i + 2 && j < n; j++) needed = only?.[j] === 1;
      vectors[i] = needed ? this.vectors(entries[i] as WordEntry, which) : UNUSED;
    }
    return {
      vectors,
      start: this.vectors(this.start, which),
      end: this.vectors(this.end, which),
    };
  }
}
