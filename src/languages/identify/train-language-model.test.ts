import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLanguage } from './classify-language.ts';
import { decodeLanguageModel } from './language-model.ts';
import { langidDataDir, loadLangidSplit } from './load-langid-data.ts';
import { trainLanguageModel } from './train-language-model.ts';

const dataAvailable = existsSync(join(langidDataDir(), 'nb.txt'));

test('trains a usable model from a tiny slice of the language-ID data', { skip: !dataAvailable }, () => {
  const { train } = loadLangidSplit();
  const slice = ['nb', 'nn', 'da', 'sv', 'en', 'de'].flatMap((language) =>
    train.filter((t) => t.language === language).slice(0, 150),
  );
  const file = trainLanguageModel(slice, { epochs: 3, maxFeatures: 5000 });
  assert.deepEqual(file.languages, ['da', 'de', 'en', 'nb', 'nn', 'sv']);
  const model = decodeLanguageModel(JSON.parse(JSON.stringify(file)));
  const cases: [string, string][] = [
    ['en', 'We walked down to the harbour and watched the boats coming in for the night.'],
    ['de', 'Wir sind zum Hafen gegangen und haben die Boote beobachtet, die für die Nacht hereinkamen.'],
    ['sv', 'Vi gick ner till hamnen och tittade på båtarna som kom in för natten.'],
  ];
  for (const [code, text] of cases) assert.equal(classifyLanguage(model, text).code, code);
});

test('training is deterministic: the same slice gives the same model', { skip: !dataAvailable }, () => {
  const slice = loadLangidSplit().train.filter((_, i) => i % 100 === 0);
  const a = trainLanguageModel(slice, { epochs: 2, maxFeatures: 2000 });
  const b = trainLanguageModel(slice, { epochs: 2, maxFeatures: 2000 });
  assert.equal(a.weights, b.weights);
  assert.equal(a.features, b.features);
});
