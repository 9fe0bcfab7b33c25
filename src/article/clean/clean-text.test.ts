// Specification of the cleaner: what a careful editor removes from a scraped article, and what stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.ts';

interface Case {
  behaviour: string;
  text: string;
  gone: string[];
  kept: string[];
  why?: string[];
  title?: string | null;
  summaryGiven?: string[];
}

const cases: Case[] = [
  {
    behaviour: 'a caption ending in "Foto: X" goes whole, caption and credit recorded apart',
    text: 'Ferja kom fram\n\nFerja la til kai i Bodø etter fire timer.\n\nPassasjerer venter på kaia i Bodø. Foto: Line Berg / NTB\n\nMannskapet fikk ros.',
    gone: ['Passasjerer venter på kaia', 'Foto: Line Berg / NTB'],
    kept: ['Ferja la til kai i Bodø etter fire timer.', 'Mannskapet fikk ros.'],
    why: ['caption', 'photo-credit'],
  },
  {
    behaviour: 'an upper-case credit label and a credit in parentheses are both credits',
    text: 'Nytt bibliotek\n\nBiblioteket åpnet lørdag.\n\nLeserne strømmet til. FOTO: KARI NILSEN\n\nSjefbibliotekaren tok imot gjestene. (Foto: Per Dahl)\n\nBiblioteket har 40 000 bøker.',
    gone: ['Leserne strømmet til', 'FOTO: KARI NILSEN', 'Sjefbibliotekaren tok imot', '(Foto: Per Dahl)'],
    kept: ['Biblioteket åpnet lørdag.', 'Biblioteket har 40 000 bøker.'],
  },
  {
    behaviour: 'a credit glued to the caption start is split off as a credit',
    text: 'Toppmøtet\n\nLederne møttes i Genève.\n\nANNA LUND / REUTERS / NTBStatsministeren hilser på presidenten i Genève. Foto: ANNA LUND / REUTERS / NTB\n\nMøtet varte i tre timer.',
    gone: ['ANNA LUND / REUTERS / NTBStatsministeren', 'Statsministeren hilser på presidenten'],
    kept: ['Lederne møttes i Genève.', 'Møtet varte i tre timer.'],
    why: ['photo-credit', 'caption', 'photo-credit'],
  },
  {
    behaviour:
      'a credit in parentheses with an agency ("X / Y via AP") marks a caption, and its repeated copy goes too',
    text: 'Vulkanen våknet\n\nAske dekker landsbyen etter utbruddet. (Ola Mo / Island Foto via AP)\nAske dekker landsbyen etter utbruddet. (Ola Mo / Island Foto via AP) F\n\nUtbruddet startet natt til søndag.',
    gone: ['Aske dekker landsbyen', 'via AP'],
    kept: ['Utbruddet startet natt til søndag.'],
  },
  {
    behaviour: 'a LABEL: caption with its credit on the next line goes, a fact box heading and "Kilde:" stay',
    text: 'Flom i dalen\n\nElva gikk over sine bredder.\n\nOVERSVØMT: Veien ved Rena står under vann.\nFoto: Politiet\n\nFlomvarsel i Innlandet Vannstanden er ventet å stige. Kilde: NVE',
    gone: ['OVERSVØMT: Veien ved Rena', 'Foto: Politiet'],
    kept: [
      'Elva gikk over sine bredder.',
      'Flomvarsel i Innlandet Vannstanden er ventet å stige. Kilde: NVE',
    ],
  },
  {
    behaviour: 'a credit line above its LABEL: caption takes the caption with it',
    text: 'Storm\n\nVinden tok tak i flere tak natt til søndag.\n\nFOTO: PER LIE / NTB\nVINDKAST: Trær veltet over veien ved Førde.\n\nBrannvesenet rykket ut flere ganger.',
    gone: ['FOTO: PER LIE / NTB', 'VINDKAST: Trær veltet'],
    kept: ['Vinden tok tak i flere tak natt til søndag.', 'Brannvesenet rykket ut flere ganger.'],
  },
  {
    behaviour:
      'aggregator furniture in any language goes: age stamp, read-entire-article, ad and share lines',
    text: 'Strømprisen stiger\n\n5 hours ago 3\n\nStrømprisen stiger i hele Sør-Norge.\n\nArtikkelen fortsetter under annonsen\n\nAnnonse\n\nVis bildetekst\n\n2 / 8\n\nEksperter venter høyere priser i vinter.\n\nDel på Facebook\n\nSkriv ut\n\nRead Entire Article',
    gone: [
      '5 hours ago 3',
      'Artikkelen fortsetter under annonsen',
      'Annonse',
      'Vis bildetekst',
      '2 / 8',
      'Del på Facebook',
      'Skriv ut',
      'Read Entire Article',
    ],
    kept: ['Strømprisen stiger i hele Sør-Norge.', 'Eksperter venter høyere priser i vinter.'],
    why: ['furniture'],
  },
  {
    behaviour: 'furniture glued to the end of the last paragraph is cut off, the paragraph stays',
    text: 'Ny park\n\nParken åpner for publikum i mai, og kommunen venter mange besøkende.Read Entire Article',
    gone: ['Read Entire Article'],
    kept: ['Parken åpner for publikum i mai, og kommunen venter mange besøkende.'],
    why: ['furniture'],
  },
  {
    behaviour: 'a "Les også" block goes with its link titles, the article around it stays',
    text: 'Skolestart\n\nElevene møtte opp mandag.\n\nLes også\n\nSlik får barna en god start\nDette koster skolesekken\n\nRektor ønsket alle velkommen.',
    gone: ['Les også', 'Slik får barna en god start', 'Dette koster skolesekken'],
    kept: ['Elevene møtte opp mandag.', 'Rektor ønsket alle velkommen.'],
  },
  {
    behaviour: 'a "Les mer" sentence that is article text stays',
    text: 'Rapporten\n\nUtvalget la fram rapporten.\n\nLes mer om funnene i rapportens kapittel fire, sa lederen.',
    gone: [],
    kept: ['Les mer om funnene i rapportens kapittel fire, sa lederen.'],
  },
  {
    behaviour: 'a Kortversjonen box goes to summaryGiven without markers; the quote after it stays',
    text: 'Kortversjonen\n- Kommunen kutter i budsjettet.\n- Skolene rammes hardest.\nKommunestyret vedtok kuttene torsdag.\n– Dette er smertefullt, sier ordføreren.',
    gone: ['Kortversjonen', 'Kommunen kutter i budsjettet.'],
    kept: ['Kommunestyret vedtok kuttene torsdag.', '– Dette er smertefullt, sier ordføreren.'],
    title: null,
    summaryGiven: ['Kommunen kutter i budsjettet.', 'Skolene rammes hardest.'],
  },
  {
    behaviour: 'a "Kort fortalt" heading with bullets in the next block is a summary box too',
    text: 'Ny vei åpnet\n\nKort fortalt\n\n  • Veien sparer 20 minutter.\n  • Bompengene er 40 kroner.\n\nDen nye veien åpnet fredag.',
    gone: ['Kort fortalt', 'Veien sparer 20 minutter.'],
    kept: ['Den nye veien åpnet fredag.'],
    title: 'Ny vei åpnet',
    summaryGiven: ['Veien sparer 20 minutter.', 'Bompengene er 40 kroner.'],
  },
  {
    behaviour: 'symbol bullets one per paragraph still belong to the box',
    text: 'Kortversjonen\n\n• Togene står i hele landet.\n\n• Streiken kan vare i flere dager.\n\nLokførerne gikk ut i streik natt til mandag.\n\n- Vi har ikke noe valg, sier forbundslederen.',
    gone: ['Kortversjonen', 'Togene står i hele landet.', 'Streiken kan vare i flere dager.'],
    kept: ['Lokførerne gikk ut i streik natt til mandag.', '- Vi har ikke noe valg, sier forbundslederen.'],
    summaryGiven: ['Togene står i hele landet.', 'Streiken kan vare i flere dager.'],
  },
  {
    behaviour: 'a summary word lower down without bullets is a sub-heading and stays',
    text: 'Budsjettet\n\nRegjeringen la fram budsjettet.\n\nSkattene går ned.\n\nOppsummert\n\nOpposisjonen er misfornøyd.\nDe vil stemme mot.',
    gone: [],
    kept: ['Oppsummert', 'Opposisjonen er misfornøyd.', 'De vil stemme mot.'],
    summaryGiven: [],
  },
  {
    behaviour: 'a date marker glued to the first paragraph goes and the paragraph stays; no headline then',
    text: ' date 2022-05 Regjeringen la fram en ny plan for jernbanen. Planen koster 20 milliarder.\n\nSamferdselsministeren var fornøyd.',
    gone: ['date 2022-05'],
    kept: ['Regjeringen la fram en ny plan for jernbanen.', 'Samferdselsministeren var fornøyd.'],
    why: ['date-marker'],
    title: null,
  },
  {
    behaviour: 'a first line that is a caption is not the headline',
    text: 'Demonstranter foran Stortinget. De krevde lavere strømpriser. Foto: Eva Holm\n\nFlere hundre møtte opp foran Stortinget.\n\nPolitiet anslo tallet til 800.',
    gone: ['Demonstranter foran Stortinget.', 'Foto: Eva Holm'],
    kept: ['Flere hundre møtte opp foran Stortinget.'],
    title: null,
  },
  {
    behaviour: 'a body paragraph ending in "(NTB)" is article text, not a caption',
    text: 'Valget\n\nOppslutningen falt i alle fylker, viser tallene. (NTB)\n\nPartiet vil evaluere valgkampen.',
    gone: [],
    kept: ['Oppslutningen falt i alle fylker, viser tallene. (NTB)'],
  },
  {
    behaviour: 'sub-headings and a commentary disclaimer stay in the body',
    text: 'Et dårlig kompromiss\n\nForliket er et nederlag for alle.\n\nHva nå?\n\nPartiene må tilbake til forhandlingsbordet.\n\nDette er en kommentar. Teksten uttrykker skribentens egne meninger.',
    gone: [],
    kept: ['Hva nå?', 'Dette er en kommentar.'],
    title: 'Et dårlig kompromiss',
  },
  {
    behaviour: 'a genre kicker above the headline is removed and the headline found below it',
    text: 'KOMMENTAR\n\nSkattefesten er over\n\nRegjeringen har brukt opp handlingsrommet.',
    gone: ['KOMMENTAR'],
    kept: ['Regjeringen har brukt opp handlingsrommet.'],
    title: 'Skattefesten er over',
  },
];

for (const c of cases) {
  test(c.behaviour, () => {
    const result = cleanText({ text: c.text, format: 'text', title: null, language: 'nb' });
    for (const g of c.gone) assert.ok(!result.body.includes(g), `still in body: ${g}\n${result.body}`);
    for (const k of c.kept) assert.ok(result.body.includes(k), `lost: ${k}\n${result.body}`);
    for (const g of c.gone)
      assert.ok(
        result.removed.some((r) => r.text.includes(g) || g.includes(r.text)),
        `not recorded: ${g}`,
      );
    if (c.why)
      for (const w of c.why)
        assert.ok(
          result.removed.some((r) => r.why === w),
          `no removal with reason ${w}`,
        );
    if (c.title !== undefined) assert.equal(result.title, c.title);
    if (c.summaryGiven) assert.deepEqual(result.summaryGiven, c.summaryGiven);
  });
}

test('a container title repeated as the first paragraph is removed as a duplicate', () => {
  const text = 'Ny rektor ved skolen\n\nSkolen har fått ny rektor etter en lang prosess.';
  const result = cleanText({ text, format: 'html', title: 'Ny rektor ved skolen', language: 'nb' });
  assert.equal(result.title, 'Ny rektor ved skolen');
  assert.equal(result.body, 'Skolen har fått ny rektor etter en lang prosess.');
  assert.deepEqual(result.removed, [{ text: 'Ny rektor ved skolen', why: 'duplicate' }]);
});

test('a bare date line with its weekday or clock time is the publication line; a date heading without them stays', () => {
  const text =
    'Ny avtale for laks\n\nTirsdag 22. juni 2027 kl. 16.45\n\nNorge og Kina undertegnet mandag en avtale.\n\n' +
    '1. september 2027\n\nAvtalen trer i kraft.';
  const result = cleanText({ text, format: 'text', title: null, language: 'nb' });
  assert.equal(result.stamps.publishedText, 'Tirsdag 22. juni 2027 kl. 16.45');
  assert.ok(result.body.startsWith('Norge og Kina undertegnet mandag en avtale.'), result.body);
  assert.ok(result.body.includes('1. september 2027'), result.body);
});

test('the cleaner reports the publication evidence it removed', () => {
  const text =
    'Brann i Bergen\n\nPublisert 03.02.2023 kl. 08.15\n\n2 hours ago\n\nDet brant i et bolighus natt til fredag.';
  const result = cleanText({ text, format: 'text', title: null, language: 'nb' });
  assert.equal(result.stamps.publishedText, '03.02.2023 kl. 08.15');
  assert.deepEqual(result.stamps.age, { hours: -2 });
  assert.equal(result.body, 'Det brant i et bolighus natt til fredag.');
});
