import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf } from './names-of.ts';
import { addInstitutionWords } from './institution-words.ts';
import { getLanguagePack } from '../../languages/registry.ts';

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

test('a bank written as one compound is an organisation, also in the genitive, under its own name', () => {
  // The rule alone, on the pack's analysis with the recogniser's names left out.
  const nb = getLanguagePack('nb')!;
  const body = 'Vestlandsbankens sjeføkonom tror på lavere renter. Sparebanken Vest svarer ikke.';
  const sentences = nb.loadNlp!()!.analyze(body);
  const added = addInstitutionWords(sentences, body, [], nb.nameTypes?.orgHeads ?? []);
  assert.deepEqual(
    added.map((n) => [n.text, n.type, n.base]),
    [['Vestlandsbankens', 'ORG', 'Vestlandsbanken']],
    'a company noun before a name (Sparebanken Vest) stays a description',
  );
});
