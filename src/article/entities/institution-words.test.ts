import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf } from './names-of.ts';

test('a capitalised compound of an institution noun opening a sentence is an organisation', () => {
  const names = namesOf(
    'Overlegeforeningen ved sykehuset støtter planen. Utdanningsforbundet i Vestre Toten er enig.',
  );
  assert.equal(names['Overlegeforeningen'], 'ORG');
  assert.equal(names['Utdanningsforbundet'], 'ORG');
});

test('a company noun before a name, a bare institution noun, or one the text also writes small, is no name', () => {
  const names = namesOf(
    'Oppdrettsselskapet Havbruk Nord vokser. Forbundet mener noe annet. ' +
      'Fylkesforeningen er uenig, og fylkesforeningen sier det høyt.',
  );
  assert.equal(names['Oppdrettsselskapet'], undefined);
  assert.equal(names['Forbundet'], undefined);
  assert.equal(names['Fylkesforeningen'], undefined);
});
