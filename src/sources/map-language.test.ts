import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLanguageCode } from './map-language.ts';

test('declared language tags map to ISO 639-1 codes, with Norwegian as Bokmål unless Nynorsk is said', () => {
  const cases: [unknown, string | null][] = [
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['no_NO', 'nb'],
    ['NOB', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['da-DK', 'da'],
    ['sv', 'sv'],
    ['en-GB', 'en'],
    ['de_DE', 'de'],
    ['fr', 'fr'],
    ['', null],
    ['x-klingon', null],
    [null, null],
  ];
  for (const [tag, code] of cases) assert.equal(toLanguageCode(tag), code, String(tag));
});
