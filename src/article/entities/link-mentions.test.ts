import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import { genitiveBase, genitiveFromLemma, linkMentions, nameKey, type NameSpan } from './link-mentions.ts';

/** Mentions of `names` found in `text`, typed by the table; list longer names first (they win overlaps). */
function spansIn(text: string, names: [string, EntityType][]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = text[at + name.length] ?? ' ';
      if (/\p{L}/u.test(after)) continue;
      if (spans.some((s) => s.start < at + name.length && at < s.end)) continue;
      spans.push({ start: at, end: at + name.length, text: name, type });
    }
  }
  return spans;
}

test('spelling variants of a name share one key', () => {
  assert.equal(nameKey('Kim Jong-un'), nameKey('Kim Jong Un'));
  assert.equal(nameKey('Kim Jong-Un'), nameKey('kim jong-un'));
  assert.notEqual(nameKey('Kim Jong-un'), nameKey('Kim Jong-il'));
});

test('a genitive base is the name without its -s', () => {
  assert.equal(genitiveBase('Putins'), 'Putin');
  assert.equal(genitiveBase('Nord-Koreas'), 'Nord-Korea');
  assert.equal(genitiveBase('FN’s'), 'FN');
  assert.equal(genitiveBase('Putin'), null);
});

/** A sentence of tokens `[text, upos, lemma, feats]`, separated by single spaces. */
function analysed(rows: [string, string, string, string][]): AnalyzedSentence {
  let at = 0;
  const tokens = rows.map(([text, upos, lemma, feats]) => {
    const token = { text, start: at, end: at + text.length, upos, lemma, feats, ner: 'O' };
    at += text.length + 1;
    return token;
  });
  return { start: 0, end: at - 1, tokens };
}

test('a name loses its genitive -s when the tagger lemmatises it without, or marks it as a genitive', () => {
  const russland = analysed([
    ['Russlands', 'PROPN', 'Russland', '_'],
    ['president', 'NOUN', 'president', 'Definite=Ind|Gender=Masc|Number=Sing'],
  ]);
  assert.equal(genitiveFromLemma(russland, 0, 1, 'Russlands'), 'Russland');
  // A definite compound noun in the genitive: the lemma is the indefinite `handelsbank`, the feature says genitive.
  const bank = analysed([
    ['Handelsbankens', 'NOUN', 'handelsbank', 'Case=Gen|Definite=Def|Gender=Masc|Number=Sing'],
    ['sjeføkonom', 'NOUN', 'sjeføkonom', 'Definite=Ind|Gender=Masc|Number=Sing'],
  ]);
  assert.equal(genitiveFromLemma(bank, 0, 1, 'Handelsbankens'), 'Handelsbanken');
  // `Ifølge Kripos står …`: a name that ends in s but is neither lemmatised nor marked as a genitive keeps it.
  const kripos = analysed([
    ['Kripos', 'PROPN', 'Kripos', '_'],
    ['står', 'VERB', 'stå', 'Mood=Ind|Tense=Pres|VerbForm=Fin'],
  ]);
  assert.equal(genitiveFromLemma(kripos, 0, 1, 'Kripos'), undefined);
});

test('variants, genitives and surnames of one person become one entity with the fullest name', () => {
  const text =
    'Kim Jong-un reiste til Russland. Kim Jong Un møtte Putin der. Kims tog kom fram søndag. ' +
    'Russlands president Vladimir Putin tok imot ham. Putins talsmann var til stede.';
  const { entities } = linkMentions(
    spansIn(text, [
      ['Kim Jong-un', 'PER'],
      ['Kim Jong Un', 'PER'],
      ['Vladimir Putin', 'PER'],
      ['Kims', 'PER'],
      ['Putins', 'PER'],
      ['Putin', 'PER'],
      ['Russlands', 'GPE'],
      ['Russland', 'GPE'],
    ]),
  );
  const byName = new Map(entities.map((e) => [e.name, e]));
  assert.deepEqual([...byName.keys()].sort(), ['Kim Jong-un', 'Russland', 'Vladimir Putin']);
  assert.equal(byName.get('Kim Jong-un')?.mentions.length, 3);
  assert.equal(byName.get('Vladimir Putin')?.mentions.length, 3);
  assert.equal(byName.get('Russland')?.mentions.length, 2);
});

test('a surname goes to the person named last before it, so two people sharing it stay apart', () => {
  const text =
    'Kim Il-sung grunnla landet. Kim styrte i mange år. Senere tok Kim Jong-un over. Kim har skutt opp raketter.';
  const { entities } = linkMentions(
    spansIn(text, [
      ['Kim Il-sung', 'PER'],
      ['Kim Jong-un', 'PER'],
      ['Kim', 'PER'],
    ]),
  );
  assert.equal(entities.length, 2);
  const [founder, leader] = entities;
  assert.deepEqual(
    founder?.mentions.map((m) => m.start),
    [0, text.indexOf('Kim styrte')],
  );
  assert.deepEqual(
    leader?.mentions.map((m) => m.start),
    [text.indexOf('Kim Jong-un'), text.indexOf('Kim har')],
  );
});

test('findByName resolves speakers and holders written in any form', () => {
  const text = 'Forsker Stein Tønnesson ved Prio mener at Tønnesson-linjen holder. Nord-Koreas leder svarte.';
  const linked = linkMentions(
    spansIn(text, [
      ['Stein Tønnesson', 'PER'],
      ['Prio', 'ORG'],
      ['Nord-Koreas', 'GPE'],
    ]),
  );
  const stein = linked.entities.find((e) => e.name === 'Stein Tønnesson')?.id;
  assert.equal(linked.findByName('Tønnesson'), stein);
  assert.equal(linked.findByName('Stein Tønnesson'), stein);
  assert.equal(linked.findByName('Nord-Korea'), linked.entities.find((e) => e.name === 'Nord-Koreas')?.id);
  assert.equal(linked.findByName('Erna Solberg'), undefined);
});

test('a surname the recogniser typed as an organisation joins the person of that full name', () => {
  const text = 'Joe Biden talte i Warszawa. Senere sa Biden at alliansen står sterkt. Biden reiste hjem.';
  const spans = spansIn(text, [
    ['Joe Biden', 'PER'],
    ['Biden', 'ORG'],
  ]);
  const { entities } = linkMentions(spans);
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.name, 'Joe Biden');
  assert.equal(entities[0]!.type, 'PER');
  assert.equal(entities[0]!.mentions.length, 3);
});
