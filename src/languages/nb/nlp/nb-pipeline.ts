// The Norwegian Bokmål NLP pipeline over trained models: tag (UPOS, FEATS, lemma), recognise names, analyse raw text.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { toBio, viterbi } from '../../learn/sequence-perceptron.ts';
import { PairTables, sumGroups } from '../../learn/group-scores.ts';
import {
  NerLexicon,
  NER_END,
  NER_FLAG_VALUES,
  NER_START,
  nerDynamicFeatures,
  nerFlagFeatures,
  nerFlags,
  nerMatches,
  quotedFlags,
} from './ner.ts';
import type { NerContext } from './ner.ts';
import { UPOS_TAG_GROUPS, contextOfWords, tagSentence, uposTagFeatures } from './upos-tagger.ts';
import { WordTable } from './word-table.ts';
import type { WordEntry } from './word-table.ts';
import { FeatsTagger } from './feats-tagger.ts';
import { joinAtConnectors } from '../../name-joins.ts';
import { ScriptIndex, lemmatize } from './lemmatizer.ts';
import type { NerModels, TaggerModels } from './model-io.ts';
import { SentenceBreaks, wordInfoFrom } from './sentence-breaks.ts';
import type { RowModel } from '../../learn/averaged-perceptron.ts';
import type { AnalyzedSentence, EntityLabel, NlpPipeline, Sentence, TokenAnalysis } from '../../nlp.ts';

/** Emission bonus of the document-consistency pass (chosen on dev, see docs/decisions/nb-models.md). */
export const DOCUMENT_BONUS = 30;

export type SentenceSplitter = (text: string) => Sentence[];

export class NbPipeline implements NlpPipeline {
  private tagger: TaggerModels | null = null;
  private scripts: ScriptIndex | null = null;
  private ner: NerModels | null = null;
  private nerLexicon: NerLexicon | null = null;
  private readonly f = new FeatureBuffer();
  private scratch = new Float32Array(32);
  private featsTagger: FeatsTagger | null = null;
  private readonly lemmaCache = new Map<string, string>();
  private table: WordTable | null = null;
  /** The model's labels in BIO form (BILOU models report U-/L- as B-/I-). */
  private bioLabels: string[] | null = null;
  private nerFlagTables: PairTables | null = null;
  private tables: [PairTables, PairTables] | null = null;
  private breaks: SentenceBreaks | null | undefined;

  constructor(
    private readonly loadTagger: () => TaggerModels,
    private readonly loadNer: () => NerModels,
    private readonly splitter: SentenceSplitter,
    /** The learned sentence starts without punctuation (`sentence-breaks.ts`); null when the models have none. */
    private readonly loadBreaks: () => { model: RowModel; margin: number } | null = () => null,
  ) {}

  splitSentences(text: string): Sentence[] {
    const sentences = this.splitter(text);
    if (this.breaks === undefined) {
      const loaded = this.loadBreaks();
      const upos = loaded ? this.taggerModels().upos : undefined;
      this.breaks =
        loaded && upos?.forms
          ? new SentenceBreaks(loaded.model, wordInfoFrom(upos.forms, upos.ambiguity), loaded.margin)
          : null;
    }
    return this.breaks ? this.breaks.refine(sentences) : sentences;
  }

  private taggerModels(): TaggerModels {
    if (!this.tagger) {
      this.tagger = this.loadTagger();
      this.scripts = new ScriptIndex(this.tagger.lemma.scripts);
      this.featsTagger = new FeatsTagger(this.tagger.feats, this.tagger.featsModels);
      const T = this.tagger.upos.tags.length;
      this.scratch = new Float32Array(T);
      this.tables = [
        new PairTables(this.tagger.first, UPOS_TAG_GROUPS, T, uposTagFeatures),
        new PairTables(this.tagger.second, UPOS_TAG_GROUPS, T, uposTagFeatures),
      ];
    }
    return this.tagger;
  }

  private nerModels(): NerModels {
    if (!this.ner) {
      this.ner = this.loadNer();
      this.nerLexicon = new NerLexicon(this.ner.lists);
      this.bioLabels = toBio(this.ner.labels);
      this.nerFlagTables = new PairTables(this.ner.model.emission, 1, NER_FLAG_VALUES, nerFlagFeatures);
    }
    return this.ner;
  }

  /** The per-form table, made with the tagger (the recogniser's parts load when first needed). */
  private wordTable(): WordTable {
    if (!this.table) {
      const m = this.taggerModels();
      this.table = new WordTable(
        m.upos,
        { upos1: m.first, upos2: m.second, ner: () => this.nerModels().model.emission },
        () => {
          this.nerModels();
          return this.nerLexicon as NerLexicon;
        },
      );
    }
    return this.table;
  }

  tag(words: string[]): TokenAnalysis[] {
    if (words.length === 0) return [];
    return this.tagEntries(words, this.wordTable().entries(words));
  }

  private tagEntries(words: string[], entries: WordEntry[]): TokenAnalysis[] {
    const m = this.taggerModels();
    const table = this.wordTable();
    const tags = m.upos.tags;
    const T = tags.length;
    const n = words.length;
    const ctx = contextOfWords(words, entries, m.upos);
    const g1 = table.sentenceVectors(entries, 'upos1');
    // Words with a sure tag skip the first pass's model.
    const unsure = new Uint8Array(n);
    for (let i = 0; i < n; i++) unsure[i] = (ctx.sure[i] as number) < 0 ? 1 : 0;
    const fixed1 = sumGroups(g1.vectors, T, g1.start, g1.end, new Float32Array(n * T), unsure);
    const [tables1, tables2] = this.tables as [PairTables, PairTables];
    const first = tagSentence(ctx, m.upos, m.first, this.f, this.scratch, undefined, undefined, {
      fixed: fixed1,
      tables: tables1,
    });
    // The second pass scores ambiguous words only, so only they and their neighbours within two need vectors.
    const g2 = table.sentenceVectors(entries, 'upos2', ctx.ambiguous);
    const fixed2 = sumGroups(g2.vectors, T, g2.start, g2.end, fixed1, ctx.ambiguous);
    const second = tagSentence(ctx, m.upos, m.second, this.f, this.scratch, undefined, first, {
      fixed: fixed2,
      tables: tables2,
    });
    const upos = Array.from(second, (t) => tags[t] as string);
    const feats = (this.featsTagger as FeatsTagger).tag(ctx.lower, upos);
    const scripts = this.scripts as ScriptIndex;
    const out: TokenAnalysis[] = new Array<TokenAnalysis>(n);
    for (let i = 0; i < n; i++) {
      const u = upos[i] as string;
      const fe = feats[i] as string;
      // A form's lemma depends only on its UPOS and FEATS: the entry remembers the last one.
      const e = entries[i] as WordEntry;
      if (e.lemmaUpos !== u || e.lemmaFeats !== fe) {
        e.lemma = lemmatize(
          words[i] as string,
          u,
          fe,
          m.lemma,
          scripts,
          m.lemmaModel,
          this.f,
          this.lemmaCache,
        );
        e.lemmaUpos = u;
        e.lemmaFeats = fe;
      }
      out[i] = { upos: u, feats: fe, lemma: e.lemma };
    }
    return out;
  }

  recognise(words: string[], _analyses: TokenAnalysis[]): EntityLabel[] {
    if (words.length === 0) return [];
    return this.recogniseEntries(words, this.wordTable().entries(words));
  }

  /** The recogniser's emission scores of a sentence (n * labels). */
  private nerEmissions(words: string[], entries: WordEntry[]): Float32Array {
    const m = this.nerModels();
    const table = this.wordTable();
    const lexicon = this.nerLexicon as NerLexicon;
    const model = m.model;
    const L = model.labels;
    const n = words.length;
    const ctx: NerContext = {
      words,
      hw: new Uint32Array(n + 4),
      hl: new Uint32Array(n + 4),
      hs: new Uint32Array(n + 4),
      cap: new Uint8Array(n),
      common: new Uint8Array(n),
    };
    for (const a of [ctx.hw, ctx.hl, ctx.hs]) {
      a[0] = a[1] = NER_START;
      a[n + 2] = a[n + 3] = NER_END;
    }
    for (let i = 0; i < n; i++) {
      const e = entries[i] as WordEntry;
      ctx.hw[i + 2] = e.hw;
      ctx.hl[i + 2] = e.hl;
      ctx.hs[i + 2] = e.hs;
      ctx.cap[i] = e.cap;
      ctx.common[i] = table.common(e);
    }
    const g = table.sentenceVectors(entries, 'ner');
    const emissions = sumGroups(g.vectors, L, g.start, g.end, new Float32Array(n * L));
    const matches = nerMatches(words, lexicon);
    const quoted = quotedFlags(words);
    const f = this.f;
    const flags = this.nerFlagTables as PairTables;
    for (let i = 0; i < n; i++) {
      f.clear();
      nerDynamicFeatures(f, ctx, matches, i);
      model.emission.score(f.keys, f.length, emissions, i * L);
      const [a, b] = nerFlags(ctx, matches, i, quoted[i] === 1);
      flags.add(0, a, b, emissions, i * L);
    }
    return emissions;
  }

  private decodeNames(n: number, emissions: Float32Array): EntityLabel[] {
    const model = (this.ner as NerModels).model;
    const path = viterbi(n, model.labels, emissions, model.transitions, model.allowed);
    const bio = this.bioLabels as string[];
    const out = new Array<EntityLabel>(n);
    for (let i = 0; i < n; i++) out[i] = bio[path[i] as number] ?? 'O';
    return out;
  }

  private recogniseEntries(words: string[], entries: WordEntry[]): EntityLabel[] {
    return joinAtConnectors(words, this.decodeNames(words.length, this.nerEmissions(words, entries)));
  }

  /**
   * Names in a document's sentences, with a second look for consistency: a capitalised word that the first pass put
   * inside a name of type T somewhere in the document gets `bonus` towards T wherever else it stands. Organisations
   * split at a connecting word are then joined, as in `recognise`.
   */
  recogniseDocument(
    sentences: readonly string[][],
    bonus = DOCUMENT_BONUS,
    entries: readonly WordEntry[][] = sentences.map((words) => this.wordTable().entries(words)),
  ): EntityLabel[][] {
    return this.consistentNames(sentences, bonus, entries).map((names, k) =>
      joinAtConnectors(sentences[k] as string[], names),
    );
  }

  /** The document pass itself (`recogniseDocument` without the joins at connecting words). */
  private consistentNames(
    sentences: readonly string[][],
    bonus: number,
    entries: readonly WordEntry[][],
  ): EntityLabel[][] {
    const table = this.wordTable();
    const emissions = sentences.map((words, k) =>
      words.length > 0 ? this.nerEmissions(words, entries[k] as WordEntry[]) : new Float32Array(0),
    );
    const first = sentences.map((words, k) =>
      words.length > 0 ? this.decodeNames(words.length, emissions[k] as Float32Array) : [],
    );
    if (bonus <= 0) return first;
    const labels = this.nerModels().labels;
    const L = labels.length;
    // Word form -> type -> how often the first pass put it inside a name of that type.
    const seen = new Map<string, Map<string, number>>();
    sentences.forEach((words, k) => {
      const names = first[k] as EntityLabel[];
      words.forEach((w, i) => {
        const label = names[i] as string;
        if (label === 'O' || w.length < 2) return;
        const e = table.entry(w);
        if (!e.cap || table.common(e)) return;
        const type = label.slice(2);
        let types = seen.get(w);
        if (!types) seen.set(w, (types = new Map()));
        types.set(type, (types.get(type) ?? 0) + 1);
      });
    });
    if (seen.size === 0) return first;
    const begin = new Map<string, number>();
    const inside = new Map<string, number>();
    labels.forEach((l, y) => {
      if (l.startsWith('B-') || l.startsWith('U-')) begin.set(l.slice(2), y);
      if (l.startsWith('I-') || l.startsWith('L-')) inside.set(l.slice(2), y);
    });
    return sentences.map((words, k) => {
      const e = emissions[k] as Float32Array;
      const names = first[k] as EntityLabel[];
      let changed = false;
      words.forEach((w, i) => {
        const types = seen.get(w);
        if (!types) return;
        // Words inside a longer name stay as they are (`Russland` in a TV channel's name is no country there), and
        // so do single-word names of the only type the document gave this form.
        const label = names[i] as string;
        if (label.startsWith('I-') || (label.startsWith('B-') && names[i + 1]?.startsWith('I-'))) return;
        if (types.size === 1 && label !== 'O' && types.has(label.slice(2))) return;
        // Each type gets its share of the bonus: a form the first pass read one way gets all of it towards
        // that type, a form read several ways is pushed towards none in particular.
        let total = 0;
        for (const c of types.values()) total += c;
        for (const [type, c] of types) {
          for (const y of [begin.get(type), inside.get(type)]) {
            if (y === undefined) continue;
            e[i * L + y] = (e[i * L + y] as number) + (bonus * c) / total;
            changed = true;
          }
        }
      });
      return joinAtConnectors(
        words,
        changed ? this.decodeNames(words.length, e) : (first[k] as EntityLabel[]),
      );
    });
  }

  analyze(text: string): AnalyzedSentence[] {
    const table = this.wordTable();
    const sentences = this.splitSentences(text);
    const words = sentences.map((s) => s.tokens.map((t) => t.text));
    const entries = words.map((w) => table.entries(w));
    const documentNames = this.recogniseDocument(words, DOCUMENT_BONUS, entries);
    return sentences.map((s, k) => {
      const w = words[k] as string[];
      const analyses = w.length > 0 ? this.tagEntries(w, entries[k] as WordEntry[]) : [];
      const names = documentNames[k] as EntityLabel[];
      return {
        start: s.start,
        end: s.end,
        tokens: s.tokens.map((t, i) => {
          const a = analyses[i] as TokenAnalysis;
          return {
            text: t.text,
            start: t.start,
            end: t.end,
            upos: a.upos,
            feats: a.feats,
            lemma: a.lemma,
            ner: names[i] ?? 'O',
          };
        }),
      };
    });
  }
}
