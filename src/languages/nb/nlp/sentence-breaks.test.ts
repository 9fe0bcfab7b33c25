// Sentence starts without punctuation: where the learned step may split, what it learns, and what the shipped model does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../tokenize/index.ts';
import { createNbNlp } from './index.ts';
import {
  SentenceBreaks,
  breakDocuments,
  candidateAfter,
  decodeSentenceBreaks,
  encodeSentenceBreaks,
  trainSentenceBreaks,
} from './sentence-breaks.ts';

const tokensOf = (text: string) => splitSentences(text).flatMap((s) => s.tokens);
const candidates = (text: string): string[] => {
  const tokens = tokensOf(text);
  return tokens.flatMap((t, i) =>
    candidateAfter(tokens, i) >= 0 ? [`${t.text}|${tokens[i + 1]?.text}`] : [],
  );
};

test('candidates: a small word before a capitalised word, a quote dash or an opening quote, never inside a name', () => {
  assert.deepEqual(candidates('Strid om klausul Molde betaler mer enn ventet'), ['klausul|Molde']);
  assert.deepEqual(candidates('Har jobbet hardt - Vi er klare, sier hun'), ['hardt|-']);
  assert.deepEqual(candidates('Laksen gjør alt riktig «Havet» er en film'), ['riktig|«']);
  // A capitalised word before a capitalised one is a name going on; a hyphen without blanks is no quote dash.
  assert.deepEqual(candidates('Havbris Laks meldte tallene i Bergen'), ['i|Bergen']);
  assert.deepEqual(candidates('en grense-Avtale'), []);
});

// Headings run into the next sentence, and sentences where a name follows a small word mid-sentence.
const DOCS = [
  { doc: 'a', text: 'Nytt rekordår for laksen' },
  { doc: 'a', text: 'Eksporten økte med ti prosent i fjor.' },
  { doc: 'a', text: 'Det melder Sjømatrådet i Tromsø.' },
  { doc: 'b', text: 'Stengt vei over fjellet' },
  { doc: 'b', text: 'Veien ble stengt i natt, opplyser Statens vegvesen.' },
  { doc: 'b', text: 'Ifølge Vegtrafikksentralen i Bergen åpner den igjen i morgen.' },
  { doc: 'c', text: 'Travel høst for bøndene' },
  { doc: 'c', text: 'Bøndene i Trøndelag venter en god avling.' },
  { doc: 'c', text: 'Det sier Bondelaget i Trondheim.' },
];

test('training: documents join their lines as the evaluation does, and the model learns headings from them', () => {
  const docs = breakDocuments(DOCS);
  assert.equal(docs.length, 3);
  assert.equal(docs[0]?.text.startsWith('Nytt rekordår for laksen Eksporten økte'), true);
  assert.deepEqual([...(docs[0]?.ends ?? [])], [24, 62, 95]);
  const classOf = (w: string) => ({
    coarse: w === 'tromsø' || w === 'bergen' ? 'C=' : '=',
    tags: w === 'for' || w === 'i' ? 'ADP' : '',
  });
  const model = trainSentenceBreaks(docs, splitSentences, classOf, { epochs: 5, bits: 12, seed: 1 });
  const again = trainSentenceBreaks(docs, splitSentences, classOf, { epochs: 5, bits: 12, seed: 1 });
  assert.deepEqual(encodeSentenceBreaks(model, 0), encodeSentenceBreaks(again, 0), 'deterministic');
  const breaks = new SentenceBreaks(decodeSentenceBreaks(encodeSentenceBreaks(model, 0)).model, classOf);
  const text = 'Travel høst for bøndene Bøndene i Trøndelag venter en god avling.';
  assert.deepEqual(
    breaks.refine(splitSentences(text)).map((s) => text.slice(s.start, s.end)),
    ['Travel høst for bøndene', 'Bøndene i Trøndelag venter en god avling.'],
  );
});

test('the shipped pack starts a sentence after a heading run into the text, not before a name', () => {
  const nlp = createNbNlp();
  const split = (text: string): string[] => nlp.splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(split('Stengt vei over fjellet Veien ble stengt i natt etter et ras.'), [
    'Stengt vei over fjellet',
    'Veien ble stengt i natt etter et ras.',
  ]);
  assert.deepEqual(split('Ordføreren møtte Kari Nordmann i Tromsø på fredag.'), [
    'Ordføreren møtte Kari Nordmann i Tromsø på fredag.',
  ]);
  // Not after a verb, and not before a word the text capitalises inside other sentences (a name).
  assert.equal(split('Senere sa Hval at selskapet må betale.').length, 1);
  const brann = 'Laget tapte mot Brann i går. Senere i høst møter Brann de andre lagene.';
  assert.equal(split(brann).length, 2);
});
