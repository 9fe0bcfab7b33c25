import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguagePack } from '../../languages/registry.ts';
import type { LanguagePack } from '../../languages/pack.ts';
import { extractFacts } from './index.ts';
import { anchorOf } from './anchor-of.ts';

const nb = getLanguagePack('nb')!;
const body =
  'Statsminister Jonas Gahr Støre besøkte Washington tirsdag.\n\n' +
  '– Vi står sammen med våre allierte, sa Støre til NRK.\n\n' +
  'Ifølge Finansdepartementet koster tiltaket rundt 2,5 milliarder kroner.';

test('a Norwegian article yields linked entities, a quote with its speaker and a claim with its number', () => {
  const facts = extractFacts({ body, published: '2025-02-11' }, nb);
  const person = facts.entities.find((e) => e.name === 'Jonas Gahr Støre');
  assert.ok(person, JSON.stringify(facts.entities.map((e) => e.name)));
  assert.equal(person.mentions.length, 2, 'the surname joins the full name');
  const quote = facts.quotes.find((q) => q.text.startsWith('Vi står sammen'));
  assert.equal(quote?.speaker, person.id);
  assert.equal(quote?.outlet, 'NRK');
  const claim = facts.claims.find((c) => c.unit === 'krone');
  assert.equal(claim?.value, 2_500_000_000);
  assert.equal(claim?.certainty, 'estimated');
});

test('every evidence span lies inside the body', () => {
  const facts = extractFacts({ body, published: '2025-02-11' }, nb);
  for (const item of [...facts.quotes, ...facts.claims, ...facts.events, ...facts.relations])
    assert.ok(item.start >= 0 && item.end <= body.length && item.start < item.end);
});

test('a pack without speech words or a number reader finds no quotes and no claims', () => {
  const bare: LanguagePack = { ...nb, code: 'xx' };
  delete bare.speech;
  delete bare.quantities;
  const facts = extractFacts({ body, published: null }, bare);
  assert.deepEqual([facts.quotes, facts.claims], [[], []]);
});

test('no pack, or an empty body, gives an empty extraction', () => {
  assert.equal(extractFacts({ body, published: null }, undefined).entities.length, 0);
  assert.equal(extractFacts({ body: '  \n ', published: null }, nb).entities.length, 0);
});

test('the anchor of a coarse publication date is the end of its period', () => {
  assert.equal(anchorOf('2024')?.toISOString().slice(0, 10), '2024-12-31');
  assert.equal(anchorOf('2024-02')?.toISOString().slice(0, 10), '2024-02-29');
  assert.equal(anchorOf('2024-06-19')?.toISOString().slice(0, 10), '2024-06-19');
  assert.equal(anchorOf(null), null);
});

test('a step that fails costs only its own items, and the failure is reported', () => {
  // A malformed relation lexicon makes the relations step throw.
  const broken = { ...nb, relations: {} as NonNullable<LanguagePack['relations']> };
  const facts = extractFacts({ body, published: '2025-02-11' }, broken);
  assert.deepEqual(facts.relations, []);
  assert.ok(facts.quotes.length > 0, 'quotes still found');
  assert.match(facts.failures?.join('\n') ?? '', /^relations: /);
});

test('a name does not end in a function word, as when a heading runs into the next line', () => {
  const body =
    'Sanksjonene mot Nord-Korea Siden 2006 har FN vedtatt flere resolusjoner mot landet. Nord-Korea protesterer.';
  const facts = extractFacts({ body, published: '2025-01-10' }, getLanguagePack('nb'));
  const names = facts.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /Siden/.test(n)), JSON.stringify(names));
});
