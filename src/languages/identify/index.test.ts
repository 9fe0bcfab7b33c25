import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifyLanguage } from './index.ts';

const sentences: [string, string][] = [
  ['nb', 'Regjeringen vil legge frem et nytt forslag om skatt på fritidsboliger før sommeren.'],
  ['nn', 'Regjeringa vil leggje fram eit nytt framlegg om skatt på fritidsbustader før sommaren.'],
  ['da', 'Regeringen vil fremlægge et nyt forslag om skat på sommerhuse inden sommerferien.'],
  ['sv', 'Regeringen vill lägga fram ett nytt förslag om skatt på fritidshus före sommaren.'],
  ['en', 'The government will present a new proposal on taxing holiday homes before the summer.'],
  [
    'de',
    'Die Regierung will vor dem Sommer einen neuen Vorschlag zur Besteuerung von Ferienhäusern vorlegen.',
  ],
  ['nb', 'Jeg hørte ikke hva hun sa, fordi bussen kjørte forbi akkurat da.'],
  ['nn', 'Eg høyrde ikkje kva ho sa, fordi bussen køyrde forbi akkurat då.'],
  ['da', 'Jeg hørte ikke, hvad hun sagde, fordi bussen kørte forbi lige i det øjeblik.'],
  ['sv', 'Jag hörde inte vad hon sa, eftersom bussen körde förbi just då.'],
  ['nb', 'Kommunestyret vedtok torsdag å legge ned to av skolene i bygda fra høsten av.'],
  ['nn', 'Kommunestyret vedtok torsdag å leggje ned to av skulane i bygda frå hausten av.'],
  ['da', 'Kommunalbestyrelsen besluttede torsdag at lukke to af skolerne i byen fra efteråret.'],
];

for (const [code, sentence] of sentences) {
  test(`identifies ${code}: "${sentence.slice(0, 40)}…"`, () => {
    const guess = identifyLanguage(sentence);
    assert.equal(guess.code, code);
    assert.ok(guess.confidence > 0.5 && guess.confidence <= 1);
  });
}

const declined: [string, string][] = [
  ['empty text', ''],
  ['only whitespace', '  \n\t '],
  ['a timestamp', '12.03.2025 14:55'],
  ['punctuation and one letter', '— 3 / 4 (x) 1 234,50 %'],
  ['Cyrillic text', 'Москва объявила о новых санкциях против соседних стран.'],
];

for (const [what, text] of declined) {
  test(`returns null code for ${what}`, () => {
    assert.deepEqual(identifyLanguage(text), { code: null, confidence: 0 });
  });
}

test('identifies a long Nynorsk article from samples of its text', () => {
  const paragraph =
    'Det var mykje folk på kaia då ferja endeleg kom inn. Mange hadde venta i over ein time, og nokre av dei ' +
    'hadde gitt opp og køyrt rundt fjorden i staden. Ferjeselskapet seier at motoren stoppa like etter avgang. ';
  const article = `Ferja kom fram til slutt\n\n${paragraph.repeat(30)}`;
  assert.ok(article.length > 5000);
  assert.equal(identifyLanguage(article).code, 'nn');
});

test('gives higher confidence to a paragraph than to a single word', () => {
  const word = identifyLanguage('Tirsdag');
  const paragraph = identifyLanguage(
    'På tirsdag skal vi møtes i byen for å snakke om hvordan det går med prosjektet vårt.',
  );
  assert.ok(paragraph.confidence > word.confidence);
});
