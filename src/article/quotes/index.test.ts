// Specification of the quotes stage over whole articles written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './index.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

const article = [
  'Kommunestyret i Tromsø vedtok tirsdag å legge ned to skoler.',
  '– Dette er en trist dag for bygda, sier foreldrerepresentant Hanne Moe til Nordlys.',
  '– Vi kommer til å klage på vedtaket, legger hun til.',
  '– Hvorfor klage nå?',
  '– Fordi prosessen har vært for dårlig.',
  'Ordfører Gunnar Wilhelmsen (Ap) sier at kommunen ikke har noe valg:',
  '– Økonomien er for stram. Vi må prioritere.',
  'Ifølge rådmannen vil nedleggelsen spare kommunen for 14 millioner kroner i året.',
  'Også fylkeskommunen er kritisk, skriver iTromsø.',
  '«Vi har ikke blitt hørt», sier Moe i en pressemelding.',
  'Elevene skal flyttes til Kroken skole fra høsten.',
  '– Det er en god skole.',
].join('\n\n');

const expected: Array<[string, string | null, string | null, 'direct' | 'indirect', string]> = [
  // quoted words (start), speaker, outlet, kind, rule
  ['Dette er en trist dag', 'Hanne Moe', 'Nordlys', 'direct', 'quotes/dash-tail'],
  ['Vi kommer til å klage', 'Hanne Moe', 'Nordlys', 'direct', 'quotes/dash-tail'],
  ['Fordi prosessen', 'Hanne Moe', 'Nordlys', 'direct', 'quotes/dash-continued'],
  ['kommunen ikke har noe valg', 'Gunnar Wilhelmsen', null, 'indirect', 'quotes/indirect-at'],
  ['Økonomien er for stram', 'Gunnar Wilhelmsen', null, 'direct', 'quotes/dash-continued'],
  ['vil nedleggelsen spare', null, null, 'indirect', 'quotes/according-front'],
  ['Også fylkeskommunen er kritisk', 'iTromsø', null, 'indirect', 'quotes/indirect-tail'],
  ['Vi har ikke blitt hørt', 'Moe', null, 'direct', 'quotes/mark-tail'],
  ['Det er en god skole', null, null, 'direct', 'quotes/dash-unattributed'],
];

test('a written article yields its quotes in order, questions left out, speakers carried and resolved', () => {
  const quotes = findQuotes({ body: article, names: [], speech: nbSpeech });
  assert.deepEqual(
    quotes.map((q) => [
      q.text.slice(0, expected.find((e) => q.text.startsWith(e[0]))?.[0].length ?? 30),
      q.speakerName,
      q.outlet,
      q.kind,
      q.rule,
    ]),
    expected,
  );
  for (const q of quotes) assert.equal(article.slice(q.start, q.end), q.text, 'the span gives the text');
  assert.equal(quotes.find((q) => q.rule === 'quotes/according-front')?.speakerRole, 'rådmannen');
});

test('names from the entity recogniser are used as speakers', () => {
  const body = 'Det blir ingen fest i år, sier Ane Lise Berg.';
  const quotes = findQuotes({
    body,
    names: [{ start: 31, end: 44, text: 'Ane Lise Berg', type: 'PER' }],
    speech: nbSpeech,
  });
  assert.equal(quotes[0]?.speakerName, 'Ane Lise Berg');
  assert.equal(quotes[0]?.speaker, null, 'entity ids are left to the entity stage');
});

test('a dash paragraph named by the sentence after it takes that speaker and outlet', () => {
  const body = '– Prisene vil stige videre i år.\n\nDet sier sjeføkonom Per Lie i DNB til E24.';
  const [q] = findQuotes({ body, names: [], speech: nbSpeech });
  assert.deepEqual(
    [q?.speakerName, q?.speakerRole, q?.outlet, q?.rule],
    ['Per Lie', 'sjeføkonom i DNB', 'E24', 'quotes/dash-points-back'],
  );
});

test('a second dash after an attribution and a paragraph in quotation marks continue the speaker', () => {
  const body = [
    '– Vi er glade, sier Kari Berg. – Nå skal vi feire.',
    'Hun skriver på Facebook:',
    '«Dette er en trist dag for oss alle.»',
    'Været var fint.',
    '«Dette er tull.»',
  ].join('\n\n');
  assert.deepEqual(
    findQuotes({ body, names: [], speech: nbSpeech }).map((q) => [q.text, q.speakerName, q.rule]),
    [
      ['Vi er glade', 'Kari Berg', 'quotes/dash-tail'],
      ['Nå skal vi feire.', 'Kari Berg', 'quotes/dash-continued'],
      ['Dette er en trist dag for oss alle', 'Kari Berg', 'quotes/dash-continued'],
      ['Dette er tull', null, 'quotes/dash-unattributed'],
    ],
  );
});

test('han/hun goes to a person named after the last speaker, outside quotes', () => {
  const body = [
    '– Hvorfor nå? spør partileder Eva Lund.',
    'Finansminister Per Olav Dahl (Sp) er fornøyd med budsjettet.',
    '– Dette er et ansvarlig budsjett, sier han.',
    '– Vi har lyttet til Kari Nilsen og Nord-Norge, legger han til.',
  ].join('\n\n');
  assert.deepEqual(
    findQuotes({ body, names: [], speech: nbSpeech }).map((q) => q.speakerName),
    ['Eva Lund', 'Per Olav Dahl', 'Per Olav Dahl'],
  );
});

test('a paragraph opening `Det kunngjorde X` names the speaker of the narrative sentence before it', () => {
  const body = [
    'Staten kjøper tre nye redningshelikoptre. Samtidig melder Forsvaret om forsinkelser på nye fly.',
    'Det kunngjorde justisminister Emilie Mehl på en pressekonferanse onsdag.',
  ].join('\n\n');
  const quotes = findQuotes({ body, names: [], speech: nbSpeech });
  const lead = quotes.find((q) => q.text === 'Staten kjøper tre nye redningshelikoptre');
  assert.equal(lead?.speakerName, 'Emilie Mehl');
  assert.equal(lead?.rule, 'quotes/points-back-sentence');
  assert.equal(quotes.find((q) => q.text.includes('forsinkelser'))?.speakerName, 'Forsvaret');
});

test('`Det tror ikke retten på` does not make the paragraph before the court’s words', () => {
  const body = [
    'Den tiltalte nektet straffskyld. Han har forklart at pengene var et lån.',
    'Det tror ikke retten på.',
  ].join('\n\n');
  const quotes = findQuotes({ body, names: [], speech: nbSpeech });
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['pengene var et lån'],
  );
});
