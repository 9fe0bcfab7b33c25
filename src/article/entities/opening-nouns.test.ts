import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf as namesIn } from './names-of.ts';

const namesOf = (body: string): Record<string, string> => namesIn(body, '2027-05-19');

test('a word opening a sentence that the text also writes in small letters is a common noun, not a name', () => {
  const names = namesOf(
    '– Regjeringen presenterer bare innkjøpsprisen, sier Eline Haugstad i Rødt. ' +
      'Brannvesenet har hatt 40 mannskaper i arbeid. Ifølge brannvesenet er brannen under kontroll, ' +
      'og regjeringen vil gi kommunen mer penger.',
  );
  assert.equal(names['Regjeringen'], undefined);
  assert.equal(names['Brannvesenet'], undefined);
  assert.equal(names['Eline Haugstad'], 'PER');
});

test('a name keeps its capital everywhere, so opening a sentence does not make it a common noun', () => {
  const names = namesOf(
    'Sametinget krever at konsesjonen trekkes tilbake. Saken skal behandles i Sametinget i juni. ' +
      'Høyre vil stemme mot, og til høyre for scenen sto Sametinget sine representanter.',
  );
  assert.equal(names['Sametinget'], 'ORG');
  assert.equal(names['Høyre'], 'ORG');
});

test('a road number is a place (not the news site E24)', () => {
  const names = namesOf(
    'Statens vegvesen meldte om kø på E6 og E18 inn mot Oslo. Et skred stengte Rv. 15 ved Strynefjellet, ' +
      'opplyser vegvesenet til E24.',
  );
  assert.equal(names['E6'], 'LOC');
  assert.equal(names['E18'], 'LOC');
  assert.notEqual(names['E24'], 'LOC');
});
