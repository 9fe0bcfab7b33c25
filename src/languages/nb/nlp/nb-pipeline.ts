// The Norwegian Bokmål NLP pipeline over trained models: tag (UPOS, FEATS, lemma), recognise names, analyse raw text.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { toBio } from '../../learn/sequence-perceptron.ts';
import { NerLexicon, nerFeatures } from './ner.ts';
import { prepareSentence, tagSentence } from './upos-tagger.ts';
import { tagFeats } from './feats-tagger.ts';
import { ScriptIndex, lemmatize } from './lemmatizer.ts';
import type { NerModels, TaggerModels } from './model-io.ts';
import type { AnalyzedSentence, EntityLabel, NlpPipeline, Sentence, TokenAnalysis } from '../../nlp.ts';

export type SentenceSplitter = (text: string) => Sentence[];

export class NbPipeline implements NlpPipeline {
  private tagger: TaggerModels | null = null;
  private scripts: ScriptIndex | null = null;
  private ner: NerModels | null = null;
  private nerLexicon: NerLexicon | null = null;
  private readonly f = new FeatureBuffer();
  private scratch = new Float32Array(32);
  private readonly featsScratch = new Float32Array(256);
  private readonly lemmaCache = new Map<string, string>();

  constructor(
    private readonly loadTagger: () => TaggerModels,
    private readonly loadNer: () => NerModels,
    private readonly splitter: SentenceSplitter,
  ) {}

  splitSentences(text: string): Sentence[] {
    return this.splitter(text);
  }

  private taggerModels(): TaggerModels {
    if (!this.tagger) {
      this.tagger = this.loadTagger();
      this.scripts = new ScriptIndex(this.tagger.lemma.scripts);
      this.scratch = new Float32Array(this.tagger.upos.tags.length);
    }
    return this.tagger;
  }

  private nerModels(): NerModels {
    if (!this.ner) {
      this.ner = this.loadNer();
      this.nerLexicon = new NerLexicon(this.ner.lists);
    }
    return this.ner;
  }

  tag(words: string[]): TokenAnalysis[] {
    if (words.length === 0) return [];
    const m = this.taggerModels();
    const tags = m.upos.tags;
    const ctx = prepareSentence(words, m.upos);
    const first = tagSentence(ctx, m.upos, m.first, this.f, this.scratch);
    const second = tagSentence(ctx, m.upos, m.second, this.f, this.scratch, undefined, first);
    const upos = Array.from(second, (t) => tags[t] as string);
    const feats = tagFeats(words, upos, m.feats, m.featsModels, this.f, this.featsScratch);
    const scripts = this.scripts as ScriptIndex;
    return words.map((w, i) => {
      const u = upos[i] as string;
      const fe = feats[i] as string;
      return {
        upos: u,
        feats: fe,
        lemma: lemmatize(w, u, fe, m.lemma, scripts, m.lemmaModel, this.f, this.lemmaCache),
      };
    });
  }

  recognise(words: string[], _analyses: TokenAnalysis[]): EntityLabel[] {
    if (words.length === 0) return [];
    const m = this.nerModels();
    const features = nerFeatures(words, this.nerLexicon as NerLexicon);
    return toBio(Array.from(m.model.decode(features), (k) => m.labels[k] ?? 'O'));
  }

  analyze(text: string): AnalyzedSentence[] {
    return this.splitSentences(text).map((s) => {
      const words = s.tokens.map((t) => t.text);
      const analyses = this.tag(words);
      const names = this.recognise(words, analyses);
      return {
        start: s.start,
        end: s.end,
        tokens: s.tokens.map((t, i) => ({
          ...t,
          ...(analyses[i] as TokenAnalysis),
          ner: names[i] ?? 'O',
        })),
      };
    });
  }
}
