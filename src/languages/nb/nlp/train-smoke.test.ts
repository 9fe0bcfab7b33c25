// Training smoke test: every Norwegian model trains on a tiny hand-written corpus and learns from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairPerceptronTrainer } from '../../learn/pair-perceptron.ts';
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { ScriptIndex, lemmatize, trainLemmatizer } from './lemmatizer.ts';
import { trainUpos } from './train-upos.ts';
import { prepareSentence, tagSentence } from './upos-tagger.ts';
import { trainNer } from './train-ner.ts';
import { NER_LABELS, NerLexicon, nerFeatures } from './ner.ts';
import type { LabelledSentence } from './corpus.ts';

// Each row: word/UPOS/lemma/NER. Written for this test.
const corpus: LabelledSentence[] = [
  'Kari/PROPN/Kari/B-PER bor/VERB/bo/O i/ADP/i/O Bergen/PROPN/Bergen/B-GPE ./PUNCT/$./O',
  'Ola/PROPN/Ola/B-PER Hansen/PROPN/Hansen/I-PER jobber/VERB/jobbe/O i/ADP/i/O Tromsø/PROPN/Tromsø/B-GPE ./PUNCT/$./O',
  'Hun/PRON/hun/O kjøpte/VERB/kjøpe/O bilene/NOUN/bil/O i/ADP/i/O går/ADV/går/O ./PUNCT/$./O',
  'Vi/PRON/vi/O solgte/VERB/selge/O husene/NOUN/hus/O til/ADP/til/O Equinor/PROPN/Equinor/B-ORG ./PUNCT/$./O',
  'Per/PROPN/Per/B-PER leste/VERB/lese/O bøkene/NOUN/bok/O i/ADP/i/O Oslo/PROPN/Oslo/B-GPE ./PUNCT/$./O',
].map((line, k) => {
  const rows = line.split(' ').map((t) => t.split('/'));
  return {
    words: rows.map((r) => r[0] as string),
    upos: rows.map((r) => r[1] as string),
    feats: rows.map(() => '_'),
    lemmas: rows.map((r) => r[2] as string),
    ner: rows.map((r) => r[3] as string),
    doc: `d${k}`,
  };
});

test('the UPOS tagger learns its training sentences', () => {
  const { lexicon, first } = trainUpos(corpus, { epochs: 5, seed: 1, bits: 14, minCount: 1, folds: 2 });
  const f = new FeatureBuffer();
  const scratch = new Float32Array(lexicon.tags.length);
  const s = corpus[2] as LabelledSentence;
  const tags = tagSentence(prepareSentence(s.words, lexicon), lexicon, first, f, scratch);
  assert.deepEqual(
    Array.from(tags, (t) => lexicon.tags[t]),
    s.upos,
  );
});

test('the lemmatizer knows seen words and edits unseen ones by analogy', () => {
  const trainer = new PairPerceptronTrainer(14);
  const lexicon = trainLemmatizer(corpus, trainer, { epochs: 5, seed: 1 });
  const model = trainer.finish();
  const index = new ScriptIndex(lexicon.scripts);
  const f = new FeatureBuffer();
  assert.equal(lemmatize('husene', 'NOUN', '_', lexicon, index, model, f), 'hus');
  assert.equal(lemmatize('.', 'PUNCT', '_', lexicon, index, model, f), '$.');
});

test('the recogniser learns names from a handful of sentences', () => {
  const { model, lists } = trainNer(corpus, { epochs: 5, seed: 1, bits: 14, minCount: 1 });
  const lexicon = new NerLexicon(lists);
  const s = corpus[1] as LabelledSentence;
  const labels = Array.from(model.decode(nerFeatures(s.words, lexicon)), (k) => NER_LABELS[k]);
  assert.deepEqual(labels, s.ner);
  // Country names come from i18n-iso-countries even when training never saw them.
  assert.deepEqual(lists.entries['Sverige'], { GPE: 1000 });
});

test('the recogniser trained as an average of three members with dropped features still learns, and repeats exactly', () => {
  const settings = { epochs: 8, seed: 1, bits: 14, minCount: 1, ensemble: 3, featureDrop: 0.15 };
  const a = trainNer(corpus, settings);
  const b = trainNer(corpus, settings);
  const lexicon = new NerLexicon(a.lists);
  const s = corpus[1] as LabelledSentence;
  const labels = Array.from(a.model.decode(nerFeatures(s.words, lexicon)), (k) => NER_LABELS[k]);
  assert.deepEqual(labels, s.ner);
  assert.deepEqual(a.model.transitions, b.model.transitions);
  assert.deepEqual(a.model.emission.toSections('e'), b.model.emission.toSections('e'));
});
