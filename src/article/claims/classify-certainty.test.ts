// Specification of how the certainty of a stated number is read from the words around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyCertainty } from './classify-certainty.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

test('certainty follows the strongest cue around the number', () => {
  // sentence, the number's clause, modifier, named source, expected
  const cases: Array<[string, string | null, 'about' | null, boolean, string]> = [
    ['Kommunen har 4000 ansatte.', null, null, false, 'asserted'],
    ['Ifølge SSB bor det 5,5 millioner i Norge.', null, null, false, 'reported'],
    ['Brannen skal ha ødelagt 30 hus.', null, null, false, 'reported'],
    ['I alt skal 30 hus ha brent ned.', null, null, false, 'reported'],
    ['Over 300 mistet strømmen, sier Elvia.', 'Over 300 mistet strømmen', null, true, 'reported'],
    ['Anslagene viser 2000 besøkende.', null, null, false, 'estimated'],
    ['Det kom om lag 800 personer.', null, 'about', false, 'estimated'],
    ['Det antas at 40 prosent stemte nei.', null, null, false, 'hedged'],
    ['Prosjektet kan koste 2 milliarder kroner.', null, null, false, 'hedged'],
    ['Trolig ble 12 skadet.', null, null, false, 'hedged'],
    [
      'Mange fryktet at det kunne gå galt, 40 år etter ulykken.',
      '40 år etter ulykken',
      null,
      false,
      'asserted',
    ],
    ['Selskapet avviser at 200 mister jobben.', null, null, true, 'denied'],
  ];
  for (const [sentence, clause, modifier, hasHolder, expected] of cases) {
    const got = classifyCertainty(nbSpeech, { sentence, clause: clause ?? sentence, modifier, hasHolder });
    assert.equal(got.certainty, expected, sentence);
  }
});
