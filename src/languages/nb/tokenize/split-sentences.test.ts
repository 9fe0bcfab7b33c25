import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences.ts';

/** Each case: running text and its sentences, separated by ` ‖ `. */
const cases: [string, string, string][] = [
  [
    'a period before a capital ends a sentence',
    'Det regnet i går. I dag skinner sola.',
    'Det regnet i går. ‖ I dag skinner sola.',
  ],
  ['question and exclamation marks end sentences', 'Kommer du? Ja! Vi ses.', 'Kommer du? ‖ Ja! ‖ Vi ses.'],
  [
    'abbreviations inside a sentence do not end it',
    'Han kom bl.a. fra Oslo, ca. kl. 12. Så gikk han.',
    'Han kom bl.a. fra Oslo, ca. kl. 12. ‖ Så gikk han.',
  ],
  [
    'titles and initials do not end a sentence',
    'Dr. Hansen møtte J. K. Rowling i St. Petersburg.',
    'Dr. Hansen møtte J. K. Rowling i St. Petersburg.',
  ],
  [
    'an ordinal before a month does not end a sentence',
    'Møtet er 20. juni 2024 i Bergen.',
    'Møtet er 20. juni 2024 i Bergen.',
  ],
  [
    'a year at the end of a sentence ends it',
    'Huset ble bygd i 1996. Det står fortsatt.',
    'Huset ble bygd i 1996. ‖ Det står fortsatt.',
  ],
  [
    'an abbreviation that often closes a sentence ends it before a capital',
    'De solgte epler, pærer osv. Neste dag kom regnet.',
    'De solgte epler, pærer osv. ‖ Neste dag kom regnet.',
  ],
  [
    'a company form with periods ends its sentence before a capital, and stays in it before a small word',
    'Kontrakten gikk til Señal Ibérica S.A. Bane NOR betaler. Frutas del Pacífico S.A. i Ecuador solgte.',
    'Kontrakten gikk til Señal Ibérica S.A. ‖ Bane NOR betaler. ‖ Frutas del Pacífico S.A. i Ecuador solgte.',
  ],
  [
    'a closing guillemet belongs to the sentence it closes',
    '«Vi gir oss ikke.» Det sa hun i går.',
    '«Vi gir oss ikke.» ‖ Det sa hun i går.',
  ],
  [
    'a quote followed by its speaker stays one sentence',
    '«Hvorfor kom du?» spurte hun.',
    '«Hvorfor kom du?» spurte hun.',
  ],
  [
    'a dash quote after a sentence starts a new one',
    'Det var kaldt. – Vi frøs, sier hun.',
    'Det var kaldt. ‖ – Vi frøs, sier hun.',
  ],
  [
    'a colon before a capital or a quote ends a sentence',
    'Han sa det slik: «Nok er nok.»',
    'Han sa det slik: ‖ «Nok er nok.»',
  ],
  [
    'a colon inside guillemets does not end a sentence',
    'Vi spilte «Guitar Hero: World Tour» i går.',
    'Vi spilte «Guitar Hero: World Tour» i går.',
  ],
  [
    'a line break always ends a sentence',
    'Stortinget vedtok budsjettet\nDebatten varte i timevis',
    'Stortinget vedtok budsjettet ‖ Debatten varte i timevis',
  ],
  [
    'paragraph breaks end headings without a period',
    'Nytt rekordår\n\nOmsetningen økte med 12 prosent.',
    'Nytt rekordår ‖ Omsetningen økte med 12 prosent.',
  ],
  [
    'a heading run into the text ends before a sentence opener',
    'Nytt rekordår for hotellene Det ble solgt flere rom.',
    'Nytt rekordår for hotellene ‖ Det ble solgt flere rom.',
  ],
  [
    'a capitalised name after a preposition is no new sentence',
    'Han kom fra Det hvite hus i går.',
    'Han kom fra Det hvite hus i går.',
  ],
  [
    'an ellipsis before lower case does not end a sentence',
    'Hun nølte ... og gikk.',
    'Hun nølte ... og gikk.',
  ],
  [
    'a question inside guillemets followed by a comma stays in its sentence',
    '«Hvorfor?», spør han. Ingen svarer.',
    '«Hvorfor?», spør han. ‖ Ingen svarer.',
  ],
  [
    'a period inside brackets ends the sentence after the bracket',
    'Han ble dømt. (Se egen sak.) Saken ankes.',
    'Han ble dømt. ‖ (Se egen sak.) ‖ Saken ankes.',
  ],
  [
    'straight quotes: a closing quote stays, an opening one starts the next sentence',
    '"Vi kommer." Det lovet han. "Men ikke i dag."',
    '"Vi kommer." ‖ Det lovet han. ‖ "Men ikke i dag."',
  ],
  [
    'dash quotes in one paragraph are separate sentences',
    '– Vi er glade, sier hun. – Nå skal vi feire.',
    '– Vi er glade, sier hun. ‖ – Nå skal vi feire.',
  ],
  [
    'a clock time before a capital ends the sentence',
    'Møtet startet kl. 10. Deretter talte hun.',
    'Møtet startet kl. 10. ‖ Deretter talte hun.',
  ],
  [
    'a price in kroner can close a sentence',
    'Billetten koster 300 kr. Barn går gratis.',
    'Billetten koster 300 kr. ‖ Barn går gratis.',
  ],
  [
    'a photo credit keeps its colon, and a quote dash after it starts a sentence',
    'Hun talte. Foto: Kari Holm - Vi må handle, sa hun.',
    'Hun talte. ‖ Foto: Kari Holm ‖ - Vi må handle, sa hun.',
  ],
  [
    'a dash between names is no quote dash',
    'Kampen Norge - Sverige endte 2-1.',
    'Kampen Norge - Sverige endte 2-1.',
  ],
  [
    'a dateline with a colon is its own sentence',
    'OSLO (NTB): Regjeringen la fram budsjettet.',
    'OSLO (NTB): ‖ Regjeringen la fram budsjettet.',
  ],
  [
    'a URL with a period inside does not end a sentence',
    'Se www.vg.no for mer. Takk.',
    'Se www.vg.no for mer. ‖ Takk.',
  ],
];

for (const [title, input, expected] of cases) {
  test(`splitSentences: ${title}`, () => {
    const sentences = splitSentences(input);
    assert.equal(
      sentences.map((s) => input.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' ‖ '),
      expected,
    );
  });
}

test('splitSentences: sentence spans cover exactly their tokens, which carry offsets into the text', () => {
  const text = '  Første setning.   Andre setning!  ';
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((s) => [s.start, s.end, s.tokens.length]),
    [
      [2, 17, 3],
      [20, 34, 3],
    ],
  );
  for (const s of sentences) {
    assert.equal(s.tokens[0]?.start, s.start);
    assert.equal(s.tokens.at(-1)?.end, s.end);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('splitSentences: empty and blank text give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\t '), []);
});
