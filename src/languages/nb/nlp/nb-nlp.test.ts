// Specification of the shipped Norwegian models: plausible tags, lemmas and names on sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNbNlp, entitySpans, whitespaceSplit } from './index.ts';
import type { AnalyzedSentence } from '../../nlp.ts';

const nlp = createNbNlp();

function analyse(sentence: string): { words: string[]; upos: string[]; lemmas: string[]; ner: string[] } {
  const words = sentence.split(' ');
  const analyses = nlp.tag(words);
  return {
    words,
    upos: analyses.map((a) => a.upos),
    lemmas: analyses.map((a) => a.lemma),
    ner: nlp.recognise(words, analyses),
  };
}

const sentences = {
  minister: 'Jonas Gahr Støre møtte lederne i Oslo på tirsdag .',
  houses: 'Husene ved fjorden ble solgt for 10 millioner kroner .',
  company: 'Statoil og NRK har kontorer i Norge .',
};

test('tags content words, function words and punctuation with plausible UPOS', () => {
  const cases: [string, string, string][] = [
    [sentences.minister, 'møtte', 'VERB'],
    [sentences.minister, 'lederne', 'NOUN'],
    [sentences.minister, 'i', 'ADP'],
    [sentences.minister, 'Oslo', 'PROPN'],
    [sentences.minister, '.', 'PUNCT'],
    [sentences.houses, 'Husene', 'NOUN'],
    [sentences.houses, 'ble', 'AUX'],
    [sentences.houses, '10', 'NUM'],
    [sentences.company, 'og', 'CCONJ'],
  ];
  for (const [sentence, word, upos] of cases) {
    const a = analyse(sentence);
    assert.equal(a.upos[a.words.indexOf(word)], upos, `${word} in «${sentence}»`);
  }
});

test('lemmatises inflected forms, including a sentence-initial capital', () => {
  const cases: [string, string, string][] = [
    [sentences.minister, 'møtte', 'møte'],
    [sentences.minister, 'lederne', 'leder'],
    [sentences.houses, 'Husene', 'hus'],
    [sentences.houses, 'solgt', 'selge'],
    [sentences.houses, 'kroner', 'krone'],
    [sentences.houses, '.', '$.'],
  ];
  for (const [sentence, word, lemma] of cases) {
    const a = analyse(sentence);
    assert.equal(a.lemmas[a.words.indexOf(word)], lemma, `${word} in «${sentence}»`);
  }
});

test('finds people, places and organisations as BIO spans', () => {
  const minister = analyse(sentences.minister);
  assert.deepEqual(minister.ner.slice(0, 4), ['B-PER', 'I-PER', 'I-PER', 'O']);
  assert.equal(minister.ner[minister.words.indexOf('Oslo')], 'B-GPE');
  const company = analyse(sentences.company);
  assert.equal(company.ner[company.words.indexOf('Statoil')], 'B-ORG');
  assert.equal(company.ner[company.words.indexOf('NRK')], 'B-ORG');
  assert.equal(company.ner[company.words.indexOf('Norge')], 'B-GPE');
  assert.equal(company.ner[company.words.indexOf('kontorer')], 'O');
});

test('analyses raw text into sentences with spans, and entity spans point back into the text', () => {
  const text = 'Erna Solberg besøkte Bergen i går.\nHun snakket med ordføreren.';
  const sentences: AnalyzedSentence[] = nlp.analyze(text);
  assert.ok(sentences.length >= 2);
  const first = sentences[0] as AnalyzedSentence;
  for (const t of first.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const names = entitySpans(first, text).map((e) => [e.type, e.text]);
  assert.deepEqual(names[0], ['PER', 'Erna Solberg']);
  assert.ok(names.some(([type, name]) => type === 'GPE' && name === 'Bergen'));
});

test('a name found once in a text keeps its type where it stands alone later (document consistency)', () => {
  const cases: [string, string, string][] = [
    [
      'Ordfører Marit Solbakken åpnet den nye brua i går. Solbakken sa at brua var ventet lenge.',
      'Solbakken',
      'PER',
    ],
    ['Kari Brekkestø ble valgt til leder. Brekkestø takket for tilliten.', 'Brekkestø', 'PER'],
    [
      'Selskapet Fjordkraft Energi kjøper tre kraftverk. Fjordkraft venter høyere priser i vinter.',
      'Fjordkraft',
      'ORG',
    ],
  ];
  for (const [text, word, type] of cases) {
    const second = nlp.analyze(text)[1] as AnalyzedSentence;
    const token = second.tokens.find((t) => t.text === word);
    assert.equal(token?.ner, `B-${type}`, `${word} in «${text}»`);
  }
});

test('the whitespace fallback splits lines into tokens with offsets', () => {
  const s = whitespaceSplit('To ord\n tre  ord her');
  assert.deepEqual(
    s.map((x) => x.tokens.map((t) => [t.text, t.start, t.end])),
    [
      [
        ['To', 0, 2],
        ['ord', 3, 6],
      ],
      [
        ['tre', 8, 11],
        ['ord', 13, 16],
        ['her', 17, 20],
      ],
    ],
  );
});

test('empty input gives empty output', () => {
  assert.deepEqual(nlp.tag([]), []);
  assert.deepEqual(nlp.recognise([], []), []);
  assert.deepEqual(nlp.analyze(''), []);
  // A fresh pipeline whose first text is blank has loaded no recogniser yet.
  assert.deepEqual(createNbNlp().analyze(' \n\n '), []);
});
