import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nb } from '../../languages/nb/index.ts';
import { addAcronyms } from './find-acronyms.ts';

test('an all-capital word no name covers becomes an organisation; roman numerals and covered words do not', () => {
  const body = 'Nettselskapet NVK opplyser at Karl XII og NRK ble nevnt.';
  const sentences = nb.loadNlp!().analyze(body);
  const nrk = body.indexOf('NRK');
  const found = addAcronyms(sentences, [{ start: nrk, end: nrk + 3, text: 'NRK', type: 'ORG' }]);
  assert.deepEqual(
    found.map((n) => [n.text, n.type]),
    [
      ['NVK', 'ORG'],
      ['NRK', 'ORG'],
    ],
  );
});
