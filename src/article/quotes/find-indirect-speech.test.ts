// Specification of reported speech in narrative sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndirectSpeech } from './find-indirect-speech.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

type Row = [string, string | null, string | null, string | null, string | null, string];

test('reported speech gives the reported words, the speaker, the cue and the rule', () => {
  const cases: Row[] = [
    // sentence, reported words, speaker name, speaker role, cue, rule
    [
      'Datatilsynet har kommet fram til at opplysninger om 5000 kunder ble hentet ut.',
      'opplysninger om 5000 kunder ble hentet ut',
      'Datatilsynet',
      null,
      'kommet fram til at',
      'quotes/indirect-bare',
    ],
    [
      'Vegvesenet regner nå med at tunnelen står ferdig i 2031.',
      'tunnelen står ferdig i 2031',
      'Vegvesenet',
      null,
      'regner nå med at',
      'quotes/indirect-bare',
    ],
    [
      'Nordvind oppgir at parken vil dekke fire kvadratkilometer.',
      'parken vil dekke fire kvadratkilometer',
      'Nordvind',
      null,
      'oppgir at',
      'quotes/indirect-bare',
    ],
    [
      'Senterpartiet har varslet at partiet vil ta saken opp i Stortinget.',
      'partiet vil ta saken opp i Stortinget',
      'Senterpartiet',
      null,
      'varslet at',
      'quotes/indirect-bare',
    ],
    [
      'Naturvernforbundet krever at tillatelsen trekkes tilbake.',
      'tillatelsen trekkes tilbake',
      'Naturvernforbundet',
      null,
      'krever at',
      'quotes/indirect-bare',
    ],
    [
      'Sportssjef Kari Lien vil ikke bekrefte summen, men sier at den er lavere enn det som er skrevet.',
      'den er lavere enn det som er skrevet',
      'Kari Lien',
      'Sportssjef',
      'sier',
      'quotes/indirect-at',
    ],
    [
      'Sjeføkonom Ola Dahl venter ett kutt til, og anslår at renten blir liggende på 3,25 prosent.',
      'renten blir liggende på 3,25 prosent',
      'Ola Dahl',
      'Sjeføkonom',
      'anslår',
      'quotes/indirect-at',
    ],
    [
      'Kari Berg, forsker ved NTNU, mener at isen smelter raskere enn ventet.',
      'isen smelter raskere enn ventet',
      'Kari Berg',
      'forsker ved NTNU',
      'mener',
      'quotes/indirect-at',
    ],
    [
      'Politiet sier brannen startet i kjelleren.',
      'brannen startet i kjelleren',
      'Politiet',
      null,
      'sier',
      'quotes/indirect-bare',
    ],
    [
      'Ifølge Meteorologisk institutt blir det storm i natt.',
      'blir det storm i natt',
      'Meteorologisk institutt',
      null,
      'ifølge',
      'quotes/according-front',
    ],
    [
      'Over 300 hus er uten strøm, ifølge nettselskapet Elvia.',
      'Over 300 hus er uten strøm',
      'Elvia',
      'nettselskapet',
      'ifølge',
      'quotes/according-tail',
    ],
    [
      'Brua stenges i to uker, skriver Bergens Tidende.',
      'Brua stenges i to uker',
      'Bergens Tidende',
      null,
      'skriver',
      'quotes/indirect-tail',
    ],
    [
      'I en tale takket Ola Dahl alle frivillige for innsatsen.',
      'alle frivillige for innsatsen',
      'Ola Dahl',
      null,
      'takket',
      'quotes/indirect-inverted',
    ],
    [
      'Dessuten mener mange at skatten er for høy.',
      'skatten er for høy',
      null,
      'mange',
      'mener',
      'quotes/indirect-inverted',
    ],
    [
      'Ministeren sa i Stortinget onsdag at saken haster.',
      'saken haster',
      null,
      'Ministeren',
      'sa',
      'quotes/indirect-at',
    ],
    // `sier at X, men at Y`: both at-clauses are what was said
    [
      'Analytiker Siri Holm i DNB Markets sier at tallene var gode, men at hun venter en svakere høst.',
      'tallene var gode, men at hun venter en svakere høst',
      'Siri Holm',
      'Analytiker i DNB Markets',
      'sier',
      'quotes/indirect-at',
    ],
    // no `at` after the verb: the clause runs on, `etter at` included
    [
      'Daglig leder Per Ås sier butikken har endret rutinene etter at tyveriet ble oppdaget.',
      'butikken har endret rutinene etter at tyveriet ble oppdaget',
      'Per Ås',
      'Daglig leder',
      'sier',
      'quotes/indirect-bare',
    ],
    // a name with its role before the verb is the speaker, not a quote
    [
      'Ordfører i Bodø, Odd Emil Ingebrigtsen, oppfordrer alle til å holde seg inne.',
      'alle til å holde seg inne',
      'Odd Emil Ingebrigtsen',
      'Ordfører i Bodø',
      'oppfordrer',
      'quotes/indirect-bare',
    ],
    [
      'Fiskeren Kari Lie er kritisk til avgiften, som hun mener gjør det dyrere å drive.',
      'gjør det dyrere å drive',
      null,
      null,
      'mener',
      'quotes/indirect-relative',
    ],
    [
      'Forskerne peker likevel på at flere skoler har innført fysisk aktivitet.',
      'flere skoler har innført fysisk aktivitet',
      null,
      'Forskerne',
      'peker på',
      'quotes/indirect-at',
    ],
    [
      'Amerikanske forskere har anslått at 4000 arter er truet.',
      '4000 arter er truet',
      null,
      'Amerikanske forskere',
      'anslått',
      'quotes/indirect-at',
    ],
    [
      'Han har forklart at pengene var et lån fra en venn.',
      'pengene var et lån fra en venn',
      null,
      null,
      'forklart',
      'quotes/indirect-at',
    ],
    [
      'Han viser til at en ekstern rapport anslår at prosjektet blir dyrere.',
      'en ekstern rapport anslår at prosjektet blir dyrere',
      null,
      null,
      'viser til',
      'quotes/indirect-at',
    ],
    [
      'Ledigheten falt i mars, viser nye tall fra Nav.',
      'Ledigheten falt i mars',
      'Nav',
      'nye tall fra',
      'viser',
      'quotes/indirect-tail',
    ],
    ['Det sier rektor Eva Ek til Bergens Tidende.', null, 'Eva Ek', 'rektor', 'sier', 'quotes/points-back'],
    [
      'Statsministeren uttalte seg til NRK om saken.',
      null,
      null,
      'Statsministeren',
      'uttalte',
      'quotes/speaks-about',
    ],
  ];
  for (const [sentence, words, name, role, cue, rule] of cases) {
    const model = buildTextModel(sentence, [], nbSpeech);
    const [f] = findIndirectSpeech(model, model.sentences[0]!);
    assert.ok(f, sentence);
    assert.equal(f.text ? sentence.slice(f.text.start, f.text.end) : null, words, sentence);
    assert.deepEqual(
      [f.speaker?.name ?? null, f.speaker?.role ?? null, f.cue, f.rule],
      [name, role, cue, rule],
      sentence,
    );
  }
});

test('sentences without a reporting verb or source report nothing', () => {
  for (const sentence of [
    'Det regnet hele dagen i Bergen.',
    'Hva sier du til det?',
    'Hun sa ja.',
    // `viser` reports only closing a sentence; numbers that show something are no speaker
    'Tallene viser at ledigheten falt i mars.',
  ]) {
    const model = buildTextModel(sentence, [], nbSpeech);
    assert.deepEqual(findIndirectSpeech(model, model.sentences[0]!), [], sentence);
  }
});
