// Specification of the stand-in lemmatiser for counted nouns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatiseUnit } from './lemmatise-unit.ts';

test('plural nouns are reduced to their lemma', () => {
  const cases: Array<[string, string]> = [
    ['soldater', 'soldat'],
    ['soldatene', 'soldat'],
    ['Håndgranater', 'håndgranat'],
    ['reservelærere', 'reservelærer'],
    ['toppmøter', 'toppmøte'],
    ['timer', 'time'],
    ['kroner', 'krone'],
    ['måneder', 'måned'],
    ['forskere', 'forsker'],
    ['lærerne', 'lærer'],
    ['frivillige', 'frivillig'],
    ['innsatte', 'innsatt'],
    ['menn', 'mann'],
    ['år', 'år'],
    ['prosent', 'prosent'],
    ['dollar', 'dollar'],
    ['kilometer', 'kilometer'],
    ['elever', 'elev'],
  ];
  for (const [word, lemma] of cases) assert.equal(lemmatiseUnit(word), lemma, word);
});
