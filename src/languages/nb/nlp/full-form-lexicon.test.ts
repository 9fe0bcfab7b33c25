// Full-form lexicon: hunspell affix rules expanded into forms with inflection classes, kept as hashed forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormClasses, expandDictionary } from './full-form-lexicon.ts';
import { decodeModelFile, encodeModelFile, section } from '../../learn/model-codec.ts';

// A small dictionary written for this test, in the dictionary-nb style: noun endings (A, E), a verb's
// present and past (V, O), an adjective's plural (X), a prefix (P, cross-product) and a compounding flag (z).
const aff = [
  'SET UTF-8',
  'COMPOUNDFLAG z',
  'PFX P Y 1',
  'PFX P   0     u           .',
  'SFX A Y 2',
  'SFX A   0     en          [^e]',
  'SFX A   0     n           e',
  'SFX E Y 2',
  'SFX E   0     er          [^e]',
  'SFX E   0     r           e',
  'SFX V Y 1',
  'SFX V   0     er          .',
  'SFX O Y 2',
  'SFX O   e     te          e',
  'SFX O   0     te          [^e]',
  'SFX X Y 1',
  'SFX X   0     e           [^e]',
].join('\n');
const dic = ['5', 'bil/AEz', 'kast/AEV', 'spise/VO', 'klar/XP', 'Bergen'].join('\n');

test('the affix rules make every form of a stem, each with the rule that made it', () => {
  const forms = expandDictionary(dic, aff);
  assert.deepEqual([...(forms.get('bilen')?.coarse ?? [])], ['Aen']);
  assert.deepEqual([...(forms.get('biler')?.coarse ?? [])], ['Eer']);
  assert.deepEqual([...(forms.get('spiste')?.coarse ?? [])], ['Ote']);
  // `kaster` is a plural noun and a present-tense verb: both analyses are kept.
  assert.deepEqual([...(forms.get('kaster')?.coarse ?? [])].sort(), ['Eer', 'Ver']);
  // A cross-product prefix applies to the stem and to its suffixed forms.
  assert.ok(forms.has('uklar'));
  assert.ok(forms.has('uklare'));
  // A capitalised stem is marked as such; forms are kept lower-cased.
  assert.deepEqual([...(forms.get('bergen')?.coarse ?? [])], ['C=']);
  // The fine class keeps the stem's inflection flags (not the compounding or prefix flags).
  assert.deepEqual([...(forms.get('bilen')?.fine ?? [])], ['AE>Aen']);
  assert.deepEqual([...(forms.get('uklare')?.fine ?? [])], ['X>Xe']);
});

test('the hashed form classes find dictionary forms and the head of an unknown compound', () => {
  const expanded = expandDictionary(dic, aff);
  const forms = FormClasses.build(
    new Map([...expanded].map(([form, e]) => [form, [...e.fine].sort().join('|')])),
  );
  assert.deepEqual(forms.classOf('spiste'), { fine: 'OV>Ote', coarse: 'Ote' });
  assert.deepEqual(forms.classOf('kaster'), { fine: 'AEV>Eer|AEV>Ver', coarse: 'Eer|Ver' });
  // `lastebilen` is not in the dictionary; its head `bilen` is.
  assert.deepEqual(forms.classOf('lastebilen'), { fine: '~Aen', coarse: '~Aen' });
  assert.deepEqual(forms.classOf('xyz'), { fine: '-', coarse: '-' });
});

test('the form classes survive the model file', () => {
  const expanded = expandDictionary(dic, aff);
  const forms = FormClasses.build(
    new Map([...expanded].map(([form, e]) => [form, [...e.fine].sort().join('|')])),
  );
  const { header, sections } = forms.toSections();
  const file = decodeModelFile(encodeModelFile({ forms: header }, sections));
  const back = FormClasses.fromSections(
    file.header.forms as typeof header,
    section(file, 'forms.hashes'),
    section(file, 'forms.ids'),
  );
  for (const form of ['bil', 'bilene', 'kastet', 'spiser', 'uklar', 'bergen'])
    assert.deepEqual(back.classOf(form), forms.classOf(form));
  assert.equal(back.find('kast'), forms.find('kast'));
});
