// Specification of which Norwegian quantity expressions are found, how they are read, and what is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './find-quantities.ts';

type Expect = {
  text: string;
  value?: number | null;
  min?: number;
  max?: number;
  modifier?: string | null;
  unit?: string | null;
};

const found: Array<[string, Expect[]]> = [
  ['Kommunen har ansatt 10 000 lærere.', [{ text: '10 000', value: 10000 }]],
  ['Rundt 100.000 tilskuere kom.', [{ text: 'Rundt 100.000', value: 100000, modifier: 'about' }]],
  [
    'Fylket har over 1,3 millioner innbyggere.',
    [{ text: 'over 1,3 millioner', value: 1300000, modifier: 'more' }],
  ],
  ['Regjeringen bevilger 13,3 milliarder dollar.', [{ text: '13,3 milliarder', value: 13300000000 }]],
  ['Prisen steg med 25 prosent.', [{ text: '25', value: 25 }]],
  ['Renten er 4,5 % nå.', [{ text: '4,5 %', value: 4.5, unit: 'prosent' }]],
  [
    'Billetten koster kr 450 og ca. 60 dollar.',
    [
      { text: 'kr 450', value: 450, unit: 'krone' },
      { text: 'ca. 60', value: 60, modifier: 'about' },
    ],
  ],
  ['Brua tok to år å bygge.', [{ text: 'to', value: 2 }]],
  ['Det kom tre tusen mennesker.', [{ text: 'tre tusen', value: 3000 }]],
  ['Han satt i fengsel i halvannet år.', [{ text: 'halvannet', value: 1.5 }]],
  ['Opplæringen varer i åtte til ti uker.', [{ text: 'åtte til ti', value: null, min: 8, max: 10 }]],
  [
    'Det ble mellom 15.000 og 20.000 deltakere.',
    [{ text: 'mellom 15.000 og 20.000', value: null, min: 15000, max: 20000 }],
  ],
  ['Hun venter 80–100 gjester.', [{ text: '80–100', min: 80, max: 100 }]],
  ['Anslaget er 15 000-20 000 dyr.', [{ text: '15 000-20 000', min: 15000, max: 20000 }]],
  [
    'Opptil 70 prosent svarte ja, og minst 12 sa nei.',
    [
      { text: 'Opptil 70', modifier: 'upTo' },
      { text: 'minst 12', modifier: 'atLeast' },
    ],
  ],
  ['Det skjedde for snart tre år siden.', [{ text: 'snart tre', value: 3, modifier: 'almost' }]],
  [
    'Laget vant mer enn 60 kamper og nesten 1500 poeng.',
    [
      { text: 'mer enn 60', modifier: 'more' },
      { text: 'nesten 1500', value: 1500, modifier: 'almost' },
    ],
  ],
  ['I snitt døde 1500 kyr hvert år.', [{ text: '1500', value: 1500 }]],
  ['Budsjettet er på 2 til 3 millioner kroner.', [{ text: '2 til 3 millioner', min: 2000000, max: 3000000 }]],
  [
    'Det var minus 12 grader og -3 i går.',
    [
      { text: 'minus 12', value: -12 },
      { text: '-3', value: -3 },
    ],
  ],
  ['Det kom én million besøkende.', [{ text: 'én million', value: 1000000 }]],
  ['Norge gir Finland 40 busser.', [{ text: '40', value: 40 }]],
  ['Det tar et par dager.', [{ text: 'et par', value: 2 }]],
  ['Et månedskort koster kr 1200.', [{ text: 'kr 1200', value: 1200, unit: 'krone' }]],
  ['Erstatningen er 4,1 millioner kroner.', [{ text: '4,1 millioner', value: 4100000 }]],
  [
    'Hun fikk 120 og 90 dager.',
    [
      { text: '120', value: 120 },
      { text: '90', value: 90 },
    ],
  ],
  // `ett` and `én` are the number one; `et`, `en`, `ei` stay articles.
  ['Laget tok ett poeng på bortebane.', [{ text: 'ett', value: 1 }]],
  ['Køen er opptil ett år lang.', [{ text: 'opptil ett', value: 1, modifier: 'upTo' }]],
  ['Hun har bare én bil.', [{ text: 'én', value: 1 }]],
  // A duration in two units is one number in the larger unit.
  [
    'Han ble dømt til fengsel i tre år og seks måneder.',
    [{ text: 'tre år og seks måneder', value: 3.5, unit: 'år' }],
  ],
  ['Turen tok to timer og 30 minutter.', [{ text: 'to timer og 30 minutter', value: 2.5, unit: 'time' }]],
  ['Hun fikk ett år og tre måneders fengsel.', [{ text: 'ett år og tre måneders', value: 1.25, unit: 'år' }]],
  // A four-digit number with a noun after it is a count, also after words that often stand before years.
  ['Verftet har rundt 1100 ansatte.', [{ text: 'rundt 1100', value: 1100, modifier: 'about' }]],
  ['Skolen har rundt 1900 elever.', [{ text: 'rundt 1900', value: 1900 }]],
  ['Det kom fra 1200 til 1500 tilskuere.', [{ text: '1200' }, { text: '1500' }]],
  ['Prisen er mellom 1200 og 1500 kroner.', [{ text: 'mellom 1200 og 1500', min: 1200, max: 1500 }]],
];

test('quantities are found with their value, range, modifier and span', () => {
  for (const [sentence, expected] of found) {
    const got = findQuantities(sentence);
    assert.equal(got.length, expected.length, `${sentence} → ${JSON.stringify(got.map((q) => q.text))}`);
    expected.forEach((e, i) => {
      const q = got[i]!;
      assert.equal(q.text, e.text, sentence);
      assert.equal(sentence.slice(q.start, q.end), q.text, `span of ${e.text}`);
      if (e.value !== undefined) assert.equal(q.value, e.value, `${sentence}: value`);
      if (e.min !== undefined) assert.equal(q.min, e.min, `${sentence}: min`);
      if (e.max !== undefined) assert.equal(q.max, e.max, `${sentence}: max`);
      if (e.modifier !== undefined) assert.equal(q.modifier, e.modifier, `${sentence}: modifier`);
      if (e.unit !== undefined) assert.equal(q.unit, e.unit, `${sentence}: unit`);
    });
  }
});

const ignored: Array<[string, string]> = [
  ['Møtet var 20. juni 2024 i Bergen.', 'a date'],
  ['Hun flyttet dit i 2018.', 'a year after i'],
  ['Siden 2006 har loven stått.', 'a year after siden'],
  ['Det var vanlig på 1990-tallet.', 'a decade'],
  ['Toget går klokken 14 og kl. 16.30.', 'clock times'],
  ['Jubileet ble feiret med en 90-årsfest.', 'a compound'],
  ['Kari Nordmann (45) vant løpet.', 'an age in brackets'],
  ['Han er 45 år gammel.', 'an age'],
  ['Flyet var en F-16 fra basen.', 'a model code'],
  ['Hun sa det til TV 2 i går.', 'part of a name'],
  ['1. Kjøp melk\n2. Kjøp brød', 'list numbers'],
  ['Se side 12 og paragraf 3.', 'references'],
  ['De to landene samarbeider.', 'a definite count of known things'],
  ['Han kom på 3. plass.', 'an ordinal'],
  ['Det var en stor dag.', 'the article en'],
  ['Rosenborg tapte 0–2 borte og vant 3-1 hjemme.', 'results'],
  ['Det jobber flere tusen frivillige der.', 'a vague amount'],
  ['Rundt 1900 flyttet mange fra bygda.', 'a year after rundt with a verb after it'],
  ['Bruken økte fra 1990 til 2010 i hele landet.', 'years after fra and til'],
  ['I perioden 2016 til 2023 forsvant pengene.', 'a period of years'],
  ['Viking slo Molde 2–0 lørdag.', 'a result after a team name'],
  ['Vi møtes klokken sju søndag.', 'a clock time in words'],
  ['Han ga ikke ett eneste svar.', 'ett eneste is emphasis'],
  ['Hva kan skje på ett år?', 'ett år as the period of a rate'],
];

test('a number after a month is a year or a day, unless a scale word follows it', () => {
  assert.deepEqual(
    findQuantities(
      'Forskningsrådet bevilget i desember 24 millioner kroner, etter vedtaket i juni 2024.',
    ).map((q) => q.value),
    [24_000_000],
  );
});

test('dates, years, clock times, ages, codes, ordinals and list numbers are not quantities', () => {
  for (const [sentence, why] of ignored)
    assert.deepEqual(
      findQuantities(sentence).map((q) => q.text),
      [],
      `${why}: ${sentence}`,
    );
});
