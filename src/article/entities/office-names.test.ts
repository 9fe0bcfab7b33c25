import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf } from './names-of.ts';

test('an office named by its seat is one organisation, also with a county of two names', () => {
  const names = namesOf(
    'FAU vil klage saken inn for Statsforvalteren i Innlandet. ' +
      'Statsforvalteren i Troms og Finnmark har advart kommunen. Sysselmesteren på Svalbard stengte løypa.',
  );
  assert.equal(names['Statsforvalteren i Innlandet'], 'ORG');
  assert.equal(names['Statsforvalteren i Troms og Finnmark'], 'ORG');
  assert.equal(names['Sysselmesteren på Svalbard'], 'ORG');
});

test('an institution named by its seat is one organisation too', () => {
  const names = namesOf('Styret ved Høgskulen i Volda vil slå seg sammen med Universitetet i Bergen.');
  assert.equal(names['Høgskulen i Volda'], 'ORG');
  assert.equal(names['Universitetet i Bergen'], 'ORG');
});

test('an office word in lower case, or without a seat, names nothing new', () => {
  const names = namesOf('Statsforvalteren mener noe annet. Hun ble statsforvalteren i Agder i fjor.');
  assert.equal(names['Statsforvalteren i Agder'], undefined);
  assert.equal(names['statsforvalteren i Agder'], undefined);
});
