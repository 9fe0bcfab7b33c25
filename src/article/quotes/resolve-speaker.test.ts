// Specification of speakers given by description: a role, an age, a court, a report, a country, or a pronoun for
// the person a paragraph is about; each resolved to whom the text named before (or, for a court, just after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, type NameMention } from './index.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

/** Name mentions as a recogniser would give them: every occurrence of each text, with its type. */
function mentions(body: string, names: Array<[string, string]>): NameMention[] {
  const out: NameMention[] = [];
  for (const [text, type] of names) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1))
      out.push({ start: at, end: at + text.length, text, type });
  }
  return out.sort((a, b) => a.start - b.start);
}

function speakerOf(body: string, words: string, names: Array<[string, string]> = []) {
  const quotes = findQuotes({ body, names: mentions(body, names), speech: nbSpeech });
  const quote = quotes.find((q) => q.text.includes(words));
  assert.ok(quote, `no quote with «${words}» in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quote;
}

test('a role noun resolves to the person the text gave that role', () => {
  const body = [
    'Kommunedirektør Kari Lunde la mandag fram budsjettet for neste år.',
    'Ifølge kommunedirektøren må 30 stillinger bort i løpet av året.',
  ].join('\n\n');
  assert.equal(speakerOf(body, 'må 30 stillinger bort').speakerName, 'Kari Lunde');
});

test('a court given by its kind resolves to the court named in the article', () => {
  const body = [
    'En 61 år gammel mann er dømt for grovt bedrageri. Retten mener han lurte eldre kunder over flere år.',
    'Nord-Troms tingrett avsa dom i saken fredag.',
    '«Tiltalte har ikke gitt noen troverdig forklaring», skriver tingretten i dommen.',
    'Ifølge dommen brukte mannen pengene på en båt i Lofoten, to biler og flere reiser.',
  ].join('\n\n');
  const names: Array<[string, string]> = [['Nord-Troms tingrett', 'ORG']];
  assert.equal(speakerOf(body, 'han lurte eldre kunder', names).speakerName, 'Nord-Troms tingrett');
  assert.equal(speakerOf(body, 'Tiltalte har ikke gitt', names).speakerName, 'Nord-Troms tingrett');
  const judgment = speakerOf(body, 'brukte mannen pengene', names);
  assert.equal(judgment.speakerName, 'Nord-Troms tingrett', 'the judgment is the court’s');
  assert.equal(judgment.text, 'brukte mannen pengene på en båt i Lofoten, to biler og flere reiser');
});

test('an age resolves to the person introduced with it, and stays unnamed for an unnamed person', () => {
  const named = [
    'Eline Dahl (31) vant 10 000 meter på Bislett.',
    '– Jeg hadde bein til det i dag, sier 31-åringen.',
  ];
  assert.equal(speakerOf(named.join('\n\n'), 'Jeg hadde bein').speakerName, 'Eline Dahl');
  const unnamed = [
    'Lars Berg i Salten politidistrikt opplyser at en 45 år gammel mann ble pågrepet natt til søndag.',
    '– Jeg har ikke gjort noe galt, sier 45-åringen til Avisa Nordland.',
  ];
  const quote = speakerOf(unnamed.join('\n\n'), 'Jeg har ikke gjort');
  assert.equal(quote.speakerName, null);
  assert.equal(quote.speakerRole, '45-åringen');
});

test('a report resolves to the body that wrote it', () => {
  const body = [
    'Andelen unge som røyker har falt igjen, viser en ny rapport fra Helsedirektoratet.',
    'Rapporten bygger på svar fra 12 000 elever.',
    'Ifølge rapporten røyker nå under fire prosent av 16-åringene.',
  ].join('\n\n');
  assert.equal(speakerOf(body, 'Andelen unge som røyker').speakerName, 'Helsedirektoratet');
  assert.equal(speakerOf(body, 'røyker nå under fire prosent').speakerName, 'Helsedirektoratet');
});

test('`landets` resolves to the country the sentence before is about', () => {
  const body = [
    'Kenya avviser anklagene fra FN.',
    '– Vi har aldri sendt våpen til noen av partene, skriver landets utenriksdepartement i en uttalelse.',
  ].join('\n\n');
  assert.equal(speakerOf(body, 'Vi har aldri sendt våpen').speakerName, 'Kenya');
});

test('a pronoun or an age goes to the subject the paragraph is about, not a name in an object', () => {
  const body = [
    'Kantspiller Ola Brekke scoret to mål mot Molde søndag.',
    'Brekke har nå tolv mål denne sesongen, og er to mål bak Jonas Vik på toppen av lista.',
    '– Jeg tenker bare på neste kamp, sier 22-åringen.',
    'Han sier at laget fortsatt kan vinne serien.',
  ].join('\n\n');
  // The recogniser's mentions: the full name, the surname alone later, the other player.
  const names = mentions(body, [
    ['Ola Brekke', 'PER'],
    ['Jonas Vik', 'PER'],
  ]);
  const surname = body.indexOf('Brekke har');
  names.push({ start: surname, end: surname + 'Brekke'.length, text: 'Brekke', type: 'PER' });
  const quotes = findQuotes({ body, names: names.sort((a, b) => a.start - b.start), speech: nbSpeech });
  assert.equal(quotes.find((q) => q.text.startsWith('Jeg tenker'))?.speakerName, 'Brekke');
  assert.equal(quotes.find((q) => q.text.startsWith('laget fortsatt'))?.speakerName, 'Brekke');
});

test('a compound title before a name is the role, and the next dash paragraph keeps the speaker', () => {
  const body = [
    'Molde vant 2–0 hjemme mot Viking.',
    '– Vi var best i dag, og det var fortjent, sier Molde-trener Erling Moe til NRK.',
    '– Nå skal vi nyte seieren.',
  ].join('\n\n');
  const names: Array<[string, string]> = [
    ['Molde-trener', 'DRV'],
    ['Erling Moe', 'PER'],
    ['NRK', 'ORG'],
  ];
  const first = speakerOf(body, 'Vi var best', names);
  assert.deepEqual(
    [first.speakerName, first.speakerRole, first.outlet],
    ['Erling Moe', 'Molde-trener', 'NRK'],
  );
  assert.equal(speakerOf(body, 'Nå skal vi nyte', names).speakerName, 'Erling Moe');
});

test('a group named after its organisation speaks for it; a kind of organisation before a name is its role', () => {
  const group = 'FN-eksperter har i en rapport hevdet at våpen smugles over grensen.';
  assert.equal(speakerOf(group, 'våpen smugles', [['FN-eksperter', 'DRV']]).speakerName, 'FN');
  const kind = speakerOf('Nettselskapet Elvia opplyser at 3000 kunder er uten strøm.', '3000 kunder');
  assert.deepEqual([kind.speakerName, kind.speakerRole], ['Elvia', 'nettselskapet']);
});

test('`han` after a sentence about one person meeting another is the sentence’s subject', () => {
  const body = [
    'Statsminister Jonas Gahr Støre møtte Ursula von der Leyen i Brussel tirsdag.',
    '– Vi er enige om det meste, sier han.',
  ].join('\n\n');
  assert.equal(speakerOf(body, 'Vi er enige').speakerName, 'Jonas Gahr Støre');
});

test('a group of researchers is the body that just spoke, and nobody named otherwise', () => {
  const spoke =
    'Folkehelseinstituttet mener at nedgangen er reell. Forskerne peker likevel på at målingen er usikker.';
  assert.equal(speakerOf(spoke, 'målingen er usikker').speakerName, 'Folkehelseinstituttet');
  const unnamed = [
    'Statsminister Jonas Gahr Støre la fram planen mandag.',
    'Ekspertene mener at den ikke holder.',
  ];
  const quote = speakerOf(unnamed.join('\n\n'), 'den ikke holder');
  assert.deepEqual([quote.speakerName, quote.speakerRole], [null, 'Ekspertene']);
});

test('`hun` after a sentence opening with an owner’s genitive is the person named after the role', () => {
  const body = [
    'Sjeføkonom Kjetil Brenna i DNB Markets tror på to kutt.',
    'Handelsbankens sjeføkonom Anniken Solum er uenig. Hun venter ett kutt, og anslår at renten blir 3,25 prosent.',
  ].join('\n\n');
  const names: Array<[string, string]> = [
    ['Kjetil Brenna', 'PER'],
    ['DNB Markets', 'ORG'],
    ['Handelsbankens', 'ORG'],
    ['Anniken Solum', 'PER'],
  ];
  assert.equal(speakerOf(body, 'renten blir', names).speakerName, 'Anniken Solum');
});

test('a kind noun the text introduced a name with speaks for that name later', () => {
  const body = [
    'NVE ga selskapet Nordkyn Vind konsesjon i fjor.',
    'Ifølge selskapet vil parken gi strøm til 45 000 husholdninger.',
  ].join('\n\n');
  const names: Array<[string, string]> = [
    ['NVE', 'ORG'],
    ['Nordkyn Vind', 'ORG'],
  ];
  assert.equal(speakerOf(body, 'gi strøm til', names).speakerName, 'Nordkyn Vind');
});
