import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nb } from '../../languages/nb/index.ts';
import { institutionEnd } from './institution-names.ts';

const heads = nb.nameTypes!.orgHeads;

/** The words from the genitive name to where the institution's name ends. */
function nameAfter(sentence: string, genitive: string): string {
  const [s] = nb.loadNlp!().analyze(sentence);
  const at = s!.tokens.findIndex((t) => t.text === genitive);
  const end = institutionEnd(s!, at + 1, heads);
  return s!.tokens
    .slice(at, end)
    .map((t) => t.text)
    .join(' ');
}

test('a genitive place with an institution noun after it names the institution', () => {
  assert.equal(
    nameAfter('Prosjektet får 85 millioner kroner fra Norges forskningsråd i år.', 'Norges'),
    'Norges forskningsråd',
  );
  assert.equal(
    nameAfter('Hun er professor ved UiT Norges arktiske universitet i Tromsø.', 'Norges'),
    'Norges arktiske universitet',
  );
});

test('a genitive place before a title, a definite noun or an ordinary noun stays a place', () => {
  assert.equal(nameAfter('Norges statsminister reiser til Brussel i morgen.', 'Norges'), 'Norges');
  assert.equal(nameAfter('Russlands eksport av olje faller.', 'Russlands'), 'Russlands');
});

test('a plural noun after a genitive is what the name owns, not an institution', () => {
  assert.equal(nameAfter('USA innførte sanksjoner mot flere av Orbáns selskaper.', 'Orbáns'), 'Orbáns');
});

test('a place name right before a lower-case institution noun names the institution', () => {
  assert.equal(nameAfter('Østre Agder brannvesen rykket ut i natt.', 'Agder'), 'Agder brannvesen');
  assert.equal(nameAfter('Han jobber i Agder politidistrikt nå.', 'Agder'), 'Agder politidistrikt');
  // Adjectives do not follow a place's name inside such a name, and a person is no place.
  assert.equal(nameAfter('Turen gikk fra Bergen sentrum i går.', 'Bergen'), 'Bergen');
});
