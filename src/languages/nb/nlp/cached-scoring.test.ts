// Specification of the fast inference path: scoring word-only feature groups once per word form and tag-only groups
// once per value pair gives the same tags and names as scoring every feature of every position afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { PairTables, sumGroups } from '../../learn/group-scores.ts';
import { toBio } from '../../learn/sequence-perceptron.ts';
import { decodeNer, decodeTagger } from './model-io.ts';
import { NER_LABELS, NerLexicon, nerFeatures } from './ner.ts';
import { createNbNlp } from './index.ts';
import { prepareSentence, tagSentence } from './upos-tagger.ts';

const models = new URL('../models/', import.meta.url);
const tagger = decodeTagger(readFileSync(new URL('tagger.bin', models)));
const ner = decodeNer(readFileSync(new URL('ner.bin', models)));
const nerLexicon = new NerLexicon(ner.lists);

// Written for this test: names, quotes, hyphens, numbers, a sentence-initial common word and repeated forms.
const sentences = [
  'Statsminister Jonas Gahr Støre sa tirsdag at regjeringen vil bruke 1,3 milliarder kroner på Nord-Norge .',
  '« Vi er ikke ferdige » , sa Kari Nordmann fra Arbeiderpartiet til NRK i Tromsø .',
  'Husene som ble solgt i Bergen i fjor , var eldre enn husene i Stavanger .',
  'Equinor og Aker BP har funnet olje i Nordsjøen , opplyser Oljedirektoratet .',
  'Hun',
  'Det regnet .',
].map((s) => s.split(' '));

function flatUpos(words: string[]): string[] {
  const lexicon = tagger.upos;
  const f = new FeatureBuffer();
  const scratch = new Float32Array(lexicon.tags.length);
  const ctx = prepareSentence(words, lexicon);
  const first = tagSentence(ctx, lexicon, tagger.first, f, scratch);
  const second = tagSentence(ctx, lexicon, tagger.second, f, scratch, undefined, first);
  return Array.from(second, (t) => lexicon.tags[t] as string);
}

function flatNames(words: string[]): string[] {
  return toBio(Array.from(ner.model.decode(nerFeatures(words, nerLexicon)), (k) => NER_LABELS[k] ?? 'O'));
}

test('the pipeline tags and finds names exactly as scoring every feature afresh would', () => {
  const nlp = createNbNlp();
  // Twice: the second round reads every form from the caches the first round filled.
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const analyses = nlp.tag(words);
      assert.deepEqual(
        analyses.map((a) => a.upos),
        flatUpos(words),
        words.join(' '),
      );
      assert.deepEqual(nlp.recognise(words, analyses), flatNames(words), words.join(' '));
    }
  }
});

test('analysing raw text agrees with tagging its tokens one sentence at a time', () => {
  const text = 'Kari Nordmann flyttet til Bodø i 2019. Der startet hun firmaet Nordlys AS.';
  const nlp = createNbNlp();
  const analysed = nlp.analyze(text);
  assert.ok(analysed.length >= 2);
  for (const s of analysed) {
    const words = s.tokens.map((t) => t.text);
    assert.deepEqual(
      s.tokens.map((t) => t.upos),
      flatUpos(words),
    );
    assert.deepEqual(
      s.tokens.map((t) => t.ner),
      flatNames(words),
    );
  }
});

test('tag-pair tables add the same scores as the features they stand for', () => {
  const classes = 3;
  // A toy scorer: each key adds its low bits to class (key mod 3).
  const model = {
    classes,
    score(keys: Uint32Array, n: number, out: Float32Array, offset = 0): void {
      for (let i = 0; i < n; i++) {
        const k = keys[i] as number;
        out[offset + (k % classes)] = (out[offset + (k % classes)] as number) + (k & 0xff);
      }
    },
  };
  const fill = (f: FeatureBuffer, group: number, a: number, b: number): void => {
    f.int(group, a);
    f.int(group + 10, a, b);
  };
  const tables = new PairTables(model, 2, 4, fill);
  for (const [g, a, b] of [
    [0, -2, 3],
    [1, 1, -1],
    [1, 1, -1],
  ] as const) {
    const viaTable = new Float32Array(classes);
    tables.add(g, a, b, viaTable);
    const f = new FeatureBuffer();
    fill(f, g, a, b);
    const direct = new Float32Array(classes);
    model.score(f.keys, f.length, direct);
    assert.deepEqual(viaTable, direct);
  }
});

test('group sums give each position its own word, its neighbours and the sentence edges', () => {
  // One class; group g of word w scores 10^g * w, the sentinels score 0 in every group.
  const word = (w: number): Float32Array => Float32Array.from({ length: 5 }, (_, g) => w * 10 ** g);
  const edge = new Float32Array(5);
  const out = sumGroups([word(1), word(2), word(3)], 1, edge, edge, new Float32Array(3));
  // Position 0: self 1, right neighbour 2 (group 2: *100), two to the right 3 (group 4: *10000).
  assert.deepEqual(Array.from(out), [1 + 200 + 30000, 2 + 10 + 300, 3 + 20 + 1000]);
});
