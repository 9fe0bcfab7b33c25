// Specification of genre: labels a paper prints decide; without them, first-person opinion outside quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nbCleaning } from '../../languages/nb/cleaning.ts';
import { classifyGenre } from './classify-genre.ts';

const cases: Array<{ behaviour: string; title: string | null; text: string; genre: string }> = [
  {
    behaviour: 'a "Dette er en kommentar" notice makes commentary',
    title: 'Skolen fortjener bedre',
    text: 'Kommunen har sviktet skolen i årevis.\n\nDette er en kommentar. Teksten uttrykker skribentens egne meninger.',
    genre: 'commentary',
  },
  {
    behaviour: 'a "Kommentar:" headline prefix makes commentary',
    title: 'Kommentar: Et budsjett uten retning',
    text: 'Budsjettet mangler retning.',
    genre: 'commentary',
  },
  {
    behaviour: 'a byline label line makes commentary',
    title: 'Et svakt forlik',
    text: 'Politisk kommentator\n\nForliket er svakt.',
    genre: 'commentary',
  },
  {
    behaviour: 'first-person opinion outside quotes makes commentary',
    title: 'Vi trenger flere lærere',
    text: 'Jeg mener at regjeringen tar feil. Etter min mening er lærermangelen den største utfordringen.',
    genre: 'commentary',
  },
  {
    behaviour: 'the writer\'s evaluative adverbs and "vi" outside quotes add up to commentary',
    title: 'Et spill om makt',
    text: 'Regjeringen har som kjent ikke flertall. Det vi vet, er at budsjettet naturlig nok blir stramt. Dessverre er det elevene som betaler.',
    genre: 'commentary',
  },
  {
    behaviour: "stance words in attributed speech are the source's: still news",
    title: 'Ordføreren er skuffet',
    text: 'Vi er dessverre nødt til å kutte, sier ordføreren. Vi har som kjent lite penger, sa hun til avisen.',
    genre: 'news',
  },
  {
    behaviour: "first person inside quotes is the source's opinion: still news",
    title: 'Rektor slår alarm',
    text: '– Jeg mener at dette er uforsvarlig, sier rektor Eva Lie.\n\nHun sier til avisen at «jeg tror ikke på planen».',
    genre: 'news',
  },
  {
    behaviour: 'a plain report is news',
    title: 'Brann i Bergen',
    text: 'Det brant i et bolighus natt til fredag. Ingen ble skadd.',
    genre: 'news',
  },
  {
    behaviour: 'an analysis label makes analysis',
    title: 'Hvorfor falt kronen?',
    text: 'Dette er en analyse. Kronen har falt i tre måneder.',
    genre: 'analysis',
  },
  {
    behaviour: 'a review label makes other',
    title: 'Sterk debut',
    text: 'Anmeldelse\n\nRomanen er en sterk debut.',
    genre: 'other',
  },
];

for (const c of cases) {
  test(c.behaviour, () => {
    const lines = c.text.split('\n');
    const result = classifyGenre({ title: c.title, lines, body: c.text, lexicons: [nbCleaning] });
    assert.equal(result.genre, c.genre, result.rule);
  });
}
