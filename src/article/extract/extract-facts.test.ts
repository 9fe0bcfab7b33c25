import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguagePack } from '../../languages/registry.ts';
import type { LanguagePack } from '../../languages/pack.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import { extractFacts } from './index.ts';
import { anchorOf } from './anchor-of.ts';

const nb = getLanguagePack('nb')!;
const body =
  'Statsminister Jonas Gahr Støre besøkte Washington tirsdag.\n\n' +
  '– Vi står sammen med våre allierte, sa Støre til NRK.\n\n' +
  'Ifølge Finansdepartementet koster tiltaket rundt 2,5 milliarder kroner.';

test('a Norwegian article yields linked entities, a quote with its speaker and a claim with its number', () => {
  const facts = extractFacts({ body, published: '2025-02-11' }, nb);
  const person = facts.entities.find((e) => e.name === 'Jonas Gahr Støre');
  assert.ok(person, JSON.stringify(facts.entities.map((e) => e.name)));
  assert.equal(person.mentions.length, 2, 'the surname joins the full name');
  const quote = facts.quotes.find((q) => q.text.startsWith('Vi står sammen'));
  assert.equal(quote?.speaker, person.id);
  assert.equal(quote?.outlet, 'NRK');
  const claim = facts.claims.find((c) => c.unit === 'krone');
  assert.equal(claim?.value, 2_500_000_000);
  assert.equal(claim?.certainty, 'estimated');
});

test('every evidence span lies inside the body', () => {
  const facts = extractFacts({ body, published: '2025-02-11' }, nb);
  for (const item of [...facts.quotes, ...facts.claims, ...facts.events, ...facts.relations])
    assert.ok(item.start >= 0 && item.end <= body.length && item.start < item.end);
});

test('a pack without speech words or a number reader finds no quotes and no claims', () => {
  const bare: LanguagePack = { ...nb, code: 'xx' };
  delete bare.speech;
  delete bare.quantities;
  const facts = extractFacts({ body, published: null }, bare);
  assert.deepEqual([facts.quotes, facts.claims], [[], []]);
});

test('no pack, or an empty body, gives an empty extraction', () => {
  assert.equal(extractFacts({ body, published: null }, undefined).entities.length, 0);
  assert.equal(extractFacts({ body: '  \n ', published: null }, nb).entities.length, 0);
});

test('the anchor of a coarse publication date is the end of its period', () => {
  assert.equal(anchorOf('2024')?.toISOString().slice(0, 10), '2024-12-31');
  assert.equal(anchorOf('2024-02')?.toISOString().slice(0, 10), '2024-02-29');
  assert.equal(anchorOf('2024-06-19')?.toISOString().slice(0, 10), '2024-06-19');
  assert.equal(anchorOf(null), null);
});

test('a step that fails costs only its own items, and the failure is reported', () => {
  // A malformed relation lexicon makes the relations step throw.
  const broken = { ...nb, relations: {} as NonNullable<LanguagePack['relations']> };
  const facts = extractFacts({ body, published: '2025-02-11' }, broken);
  assert.deepEqual(facts.relations, []);
  assert.ok(facts.quotes.length > 0, 'quotes still found');
  assert.match(facts.failures?.join('\n') ?? '', /^relations: /);
});

test('a name does not end in a function word, as when a heading runs into the next line', () => {
  const body =
    'Sanksjonene mot Nord-Korea Siden 2006 har FN vedtatt flere resolusjoner mot landet. Nord-Korea protesterer.';
  const facts = extractFacts({ body, published: '2025-01-10' }, getLanguagePack('nb'));
  const names = facts.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /Siden/.test(n)), JSON.stringify(names));
});

/** Quotes of a text as `speaker: start of text`, speakers by entity name (or null). */
function quotesOf(text: string, published: string): string[] {
  const facts = extractFacts({ body: text, published }, nb);
  const name = (id: string | null) => facts.entities.find((e) => e.id === id)?.name ?? null;
  return facts.quotes.map((q) => `${name(q.speaker)}: ${q.text.slice(0, 24)}`);
}

test('a leader quoted by title alone is the person who held it then, when the article names them', () => {
  const quotes = quotesOf(
    'Mark Rutte møtte pressen i Brussel.\n\n– Vi må bruke mer på forsvar, sa Nato-sjefen til NRK.',
    '2025-02-11',
  );
  assert.deepEqual(quotes, ['Mark Rutte: Vi må bruke mer på forsv']);
});

test('after two speakers named together, the next dash paragraph is nobody’s in particular', () => {
  const quotes = quotesOf(
    [
      'Både Kari Lund og Per Holm sier at utviklingen er bekymringsfull.',
      '– Dette kan gå galt, og det raskt.',
    ].join('\n\n'),
    '2025-02-11',
  );
  assert.ok(quotes.includes('null: Dette kan gå galt, og de'), JSON.stringify(quotes));
});

test('a name after a reporting verb followed by "og" and a second verb is an object, not a speaker', () => {
  const quotes = quotesOf(
    'Danske og svenske diplomater advarer Belarus og ber landet om å slippe fangene fri.',
    '2025-02-11',
  );
  assert.ok(!quotes.some((q) => q.startsWith('Belarus')), JSON.stringify(quotes));
});

test('a title of two words before the name is the role, not the speaker', () => {
  const quotes = quotesOf(
    'Administrerende direktør Kari Holm i Fjordbuss sier at tilbudet er godt.',
    '2025-02-11',
  );
  assert.deepEqual(quotes, ['Kari Holm: tilbudet er godt']);
});

test('a weekday or a date told with a modal or a passive is the next one; in the past or the perfect, the last one', () => {
  const published = '2026-06-17'; // a Wednesday
  const dated = (sentence: string) =>
    extractFacts({ body: sentence, published }, nb).events.map((e) => e.date);
  assert.deepEqual(dated('Prisen deles ut ved en tilstelning i Oslo 24. september.'), ['2026-09-24']);
  assert.deepEqual(dated('Statsministeren skal møte presidenten i Berlin fredag.'), ['2026-06-19']);
  assert.deepEqual(dated('Statsministeren møtte presidenten i Berlin fredag.'), ['2026-06-12']);
  assert.deepEqual(dated('Politiet har pågrepet to menn i Bergen mandag.'), ['2026-06-15']);
  assert.deepEqual(dated('Partiet ligger an til å vinne i Bergen etter mandagens valg.'), ['2026-06-15']);
  // In the present, a day a few weeks ahead is the coming one; in the past, it is last year's.
  assert.deepEqual(dated('Det er satt opp et møte mellom Sametinget og NVE i Karasjok 2. juli.'), [
    '2026-07-02',
  ]);
  assert.deepEqual(dated('Sametinget møtte NVE i Karasjok 2. juli.'), ['2025-07-02']);
  // A weekday in the present tense is the coming one, but not after a verb of saying.
  assert.deepEqual(dated('Høyre innleder sonderinger med Venstre i Oslo fredag.'), ['2026-06-19']);
  assert.deepEqual(dated('Det sier Høyre-leder Kari Holm etter møtet i Oslo mandag.'), ['2026-06-15']);
});

test('fines, protests and a season of the text’s year make events', () => {
  const published = '2026-12-02';
  const events = (sentence: string) =>
    extractFacts({ body: sentence, published }, nb).events.map((e) => `${e.type} ${e.date}`);
  assert.deepEqual(events('Datatilsynet har ilagt Smilia et gebyr på 9 millioner kroner.'), [
    'sanction 2026-12-02',
  ]);
  assert.deepEqual(events('Foreldrene gikk i fakkeltog gjennom Reinsvoll torsdag kveld.'), [
    'other 2026-11-26',
  ]);
  assert.deepEqual(events('Hanse Windkraft kjøpte i sommer aksjer i Nordkyn Vind.'), ['agreement 2026']);
});

test('a person in a described organisation speaks, and the description types the organisation', () => {
  const facts = extractFacts(
    {
      body:
        'Analysesjef Mari Eidsvoll i analyseselskapet Volteq mener departementet har regnet med for lave priser. ' +
        'Avdelingsdirektør Kari Helland i Statens havarikommisjon sier at det vil ta tid.',
      published: '2027-01-06',
    },
    nb,
  );
  const name = (id: string | null) => facts.entities.find((e) => e.id === id)?.name;
  assert.deepEqual(
    facts.quotes.map((q) => name(q.speaker)),
    ['Mari Eidsvoll', 'Kari Helland'],
  );
  const types = Object.fromEntries(facts.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Volteq'], 'ORG');
  assert.equal(types['Statens havarikommisjon'], 'ORG');
});

test('a weekday written with a yearless date picks the year it fits, and a compound names its event', () => {
  const facts = extractFacts(
    {
      body: 'Molde møter PAOK i Conference League torsdag 17. september. Norge og Island holdt et fiskerimøte i Tromsø i går.',
      published: '2026-08-31',
    },
    nb,
  );
  assert.deepEqual(
    facts.events.map((e) => [e.type, e.date]),
    [
      ['meeting', '2026-09-17'],
      ['meeting', '2026-08-30'],
    ],
  );
});

test('a name that is a compound of an institution noun is an organisation', () => {
  const facts = extractFacts(
    {
      body:
        'Handelsbankens sjeføkonom Anniken Solum er uenig. Ifølge Stavanger Aftenblad betaler Molde mye. ' +
        'Han ble kjørt til Haukeland universitetssjukehus.',
      published: '2025-03-01',
    },
    nb,
  );
  const types = Object.fromEntries(facts.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Handelsbanken'], 'ORG');
  assert.equal(types['Stavanger Aftenblad'], 'ORG');
  assert.equal(types['Haukeland universitetssjukehus'], 'ORG');
  assert.equal(types['Anniken Solum'], 'PER');
});

test('a country named as the press writes it is a country, also in the genitive', () => {
  const facts = extractFacts(
    {
      body: 'Belarus har sendt soldater til grensen. Belarus’ president møtte Ungarns statsminister i Minsk.',
      published: '2025-03-01',
    },
    nb,
  );
  const types = Object.fromEntries(facts.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Belarus'], 'GPE');
  assert.equal(types['Ungarn'], 'GPE');
});

test('a name never runs on across a lower-case verb: two names stand either side of it', () => {
  const sentences: AnalyzedSentence[] = [
    {
      start: 0,
      end: 33,
      tokens: [
        { text: 'DNB', start: 0, end: 3, upos: 'PROPN', feats: '_', lemma: 'DNB', ner: 'B-ORG' },
        { text: 'Markets', start: 4, end: 11, upos: 'PROPN', feats: '_', lemma: 'Markets', ner: 'I-ORG' },
        {
          text: 'mener',
          start: 12,
          end: 17,
          upos: 'VERB',
          feats: 'Mood=Ind|Tense=Pres|VerbForm=Fin',
          lemma: 'mene',
          ner: 'I-ORG',
        },
        {
          text: 'Norges',
          start: 18,
          end: 24,
          upos: 'PROPN',
          feats: 'Case=Gen',
          lemma: 'Norge',
          ner: 'I-ORG',
        },
        { text: 'Bank', start: 25, end: 29, upos: 'PROPN', feats: '_', lemma: 'Bank', ner: 'I-ORG' },
        {
          text: 'tar',
          start: 30,
          end: 33,
          upos: 'VERB',
          feats: 'Mood=Ind|Tense=Pres|VerbForm=Fin',
          lemma: 'ta',
          ner: 'O',
        },
      ],
    },
  ];
  const pack: LanguagePack = { ...nb, loadNlp: () => ({ ...nb.loadNlp!(), analyze: () => sentences }) };
  const names = extractFacts(
    { body: 'DNB Markets mener Norges Bank tar', published: '2027-03-18' },
    pack,
  ).entities.map((e) => e.name);
  assert.deepEqual(names.sort(), ['DNB Markets', 'Norges Bank']);
});

test('approving and deciding for are events, and "i løpet av 2028" dates one', () => {
  const facts = extractFacts(
    {
      body:
        'Stortinget godkjente kjøpet i desember i fjor. Styret i Helse Vest gikk tirsdag inn for forslaget. ' +
        'Kjøretøyene skal leveres til Brigade Nord på Setermoen i løpet av 2028.',
      published: '2027-04-14',
    },
    nb,
  );
  assert.deepEqual(
    facts.events.map((e) => e.date),
    ['2026-12', '2027-04-13', '2028'],
  );
});

test('a passive participle read as an adjective still makes its verb’s event (er … godkjent av)', () => {
  const facts = extractFacts(
    { body: 'På norsk side er utbyggingen godkjent av Statnett.', published: '2026-12-16' },
    nb,
  );
  const statnett = facts.entities.find((e) => e.name === 'Statnett');
  const event = facts.events.find((e) => e.text.includes('godkjent'));
  assert.ok(event, JSON.stringify(facts.events));
  assert.equal(event.type, 'other');
  assert.equal(event.rule, 'nb/event/decision+passive-participle');
  assert.ok(statnett && event.participants.includes(statnett.id));
});

test('a municipality written with "kommune" is a place, and so is a one-word name after "på" without a verb before it', () => {
  const facts = extractFacts(
    {
      body:
        'Lebesby kommune har sagt ja til vindkraftverket på Fosen. Turbinene står på Dølemo. ' +
        'Nordvik Sjømat får bud. Kvitholm vil legge inn bud på Nordvik.',
      published: '2025-03-01',
    },
    nb,
  );
  const types = Object.fromEntries(facts.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Lebesby kommune'] ?? types['Lebesby'], 'GPE');
  assert.notEqual(types['Fosen'], 'PER');
  assert.notEqual(types['Dølemo'], 'PER');
  const city = extractFacts(
    { body: 'Opprørerne angrep byen El Fasher i natt.', published: '2025-03-01' },
    nb,
  );
  assert.equal(city.entities.find((e) => e.name === 'El Fasher')?.type, 'GPE');
  // A word that opens a longer name in the text is that name shortened, not a place.
  assert.notEqual(types['Nordvik'], 'GPE');
});

test('a time is never the item of a delivery, and giving without an item names no flow', () => {
  const facts = extractFacts(
    {
      body:
        'DSB sendte mandag to helikoptre til Åmli. Tyskland solgte i sommer aksjer til Sverige. ' +
        'Konsesjonen som NVE ga Nordkyn Vind i mars, står ved lag.',
      published: '2025-03-01',
    },
    nb,
  );
  const name = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  const relations = facts.relations.map(
    (r) => `${name(r.subject)} ${r.predicate} ${name(r.object)} ${r.item}`,
  );
  assert.ok(relations.includes('DSB supplies Åmli helikopter'), relations.join('; '));
  assert.ok(relations.includes('Tyskland supplies Sverige aksje'), relations.join('; '));
  assert.ok(!relations.some((r) => /NVE|mars|mandag|sommer/.test(r)), relations.join('; '));
});

test('a name ending in s before a finite verb is no genitive: it is the source', () => {
  const facts = extractFacts(
    { body: 'Ifølge Kripos står den kriminelle gruppen Nightwharf bak angrepet.', published: '2026-10-27' },
    nb,
  );
  assert.deepEqual(
    facts.quotes.map((q) => q.speakerName),
    ['Kripos'],
  );
});

test('an event told in the perfect takes the day a sentence soon after gives its paper; "fra" a date lies ahead', () => {
  const events = (body: string, published: string) =>
    extractFacts({ body, published }, nb).events.map((e) => `${e.type} ${e.date}`);
  // Tuesday 27 October: `mandag` in the past is the day before.
  assert.deepEqual(
    events(
      'Datatilsynet har ilagt tannlegekjeden Smilia et overtredelsesgebyr på 9,5 millioner kroner. ' +
        'Tilsynet mener kjeden hadde for dårlig sikring. Vedtaket ble sendt selskapet mandag.',
      '2026-10-27',
    ),
    ['sanction 2026-10-26'],
  );
  // Without such a sentence the perfect is dated to the day of writing.
  assert.deepEqual(
    events('Økokrim har ilagt Hadeland Masse AS et forelegg på 6 millioner kroner.', '2027-09-08'),
    ['sanction 2027-09-08'],
  );
  assert.deepEqual(
    events('Flyselskapet Kystfly AS legger ned ruten mellom Florø og Bergen fra 1. april.', '2027-02-03'),
    ['other 2027-04-01'],
  );
});

test('a penalty given is a sanction, and papers handed to a court are no delivery', () => {
  const facts = extractFacts(
    {
      body:
        'Antidoping Norge har gitt skiskytteren Martin Hegstad en midlertidig utestengelse. ' +
        'Greenpeace Norden skal levere stevningen til Oslo tingrett innen utgangen av februar.',
      published: '2027-03-12',
    },
    nb,
  );
  const name = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  const relations = facts.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
  assert.deepEqual(relations, ['Antidoping Norge sanctions Martin Hegstad']);
  assert.ok(facts.events.some((e) => e.type === 'sanction' && e.date === '2027-03-12'));
});

test('a company’s name may hold "og" or a particle; its short form is the company even where the recogniser split it', () => {
  const facts = extractFacts(
    {
      body:
        'Eksportøren Frutas del Pacífico S.A. i Ecuador hadde solgt bananene til grossisten Østlandet Frukt og ' +
        'Grønt AS i Oslo. Daglig leder Bjørn Aas i Østlandet Frukt og Grønt sier at selskapet ikke visste noe. ' +
        'Avtalen mellom Equinor og Aker BP ASA ble signert i fjor, og Equinor er operatør.',
      published: '2026-11-19',
    },
    nb,
  );
  const names = Object.fromEntries(facts.entities.map((e) => [e.name, e.type]));
  assert.equal(names['Frutas del Pacífico S.A.'], 'ORG');
  assert.equal(names['Østlandet Frukt og Grønt AS'], 'ORG');
  assert.equal(names['Grønt'], undefined);
  assert.equal(names['Equinor'], 'ORG');
  // A sentence ends after a company's legal form, and a name split before its legal form is one company.
  const more = extractFacts(
    {
      body:
        'Kontrakten ble tildelt det spanske selskapet Señal Ibérica S.A. Bane NOR betaler selskapet 2 milliarder kroner. ' +
        'Skipet eies av rederiet Polaris Line Ltd. Rederiets søknad ble avslått, og rederiet vil klage.',
      published: '2027-06-09',
    },
    nb,
  );
  const moreNames = Object.fromEntries(more.entities.map((e) => [e.name, e.type]));
  assert.equal(moreNames['Señal Ibérica S.A.'], 'ORG');
  assert.ok(
    !Object.keys(moreNames).some((n) => n.includes('S.A.') && n.includes('NOR')),
    Object.keys(moreNames).join(', '),
  );
  assert.equal(moreNames['Polaris Line Ltd'], 'ORG');
  assert.equal(moreNames['Rederiets'], undefined);
  const company = facts.entities.find((e) => e.name === 'Østlandet Frukt og Grønt AS');
  assert.deepEqual(
    company?.mentions.map((m) => m.text),
    ['Østlandet Frukt og Grønt AS', 'Østlandet Frukt og Grønt'],
  );
  // The speaker is the person in the company, not the last part of its name.
  const quote = facts.quotes.find((q) => q.text.includes('visste'));
  assert.equal(facts.entities.find((e) => e.id === quote?.speaker)?.name, 'Bjørn Aas');
});

test('a definite kind noun takes part in an event as the party it stands for, never as the name it describes', () => {
  const facts = extractFacts(
    {
      body:
        'Flyselskapet Kystfly AS legger ned ruten mellom Florø og Bergen. Det kunngjorde selskapet tirsdag. ' +
        'Generalsekretær Randi Haugom i Norges Skiskytterforbund er bekymret. Forbundet skal møte Vitalform mandag. ' +
        'Ekstremværet Tora herjet i helgen. Til sammenligning kostet ekstremværet Hans i 2023 mindre.',
      published: '2027-02-03',
    },
    nb,
  );
  const name = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  const events = facts.events.map((e) => `${e.type} ${e.date} ${e.participants.map(name).join(', ')}`);
  assert.ok(events.includes('statement 2027-02-02 Kystfly AS'), events.join('; '));
  assert.ok(events.includes('meeting 2027-02-08 Vitalform, Norges Skiskytterforbund'), events.join('; '));
  assert.ok(!events.some((e) => e.startsWith('other 2023') && e.includes('Tora')), events.join('; '));
});

test('seizures, grants, refusals, appeals and layoffs are events; occupying land (legge beslag på) is not', () => {
  const events = (body: string) =>
    extractFacts({ body, published: '2026-11-19' }, nb).events.map((e) => `${e.type} ${e.date}`);
  assert.deepEqual(
    events('Tolletaten gjorde mandag et av de største kokainbeslagene noensinne på Svinesund.'),
    ['other 2026-11-16'],
  );
  assert.deepEqual(events('Norges forskningsråd bevilget i desember 24 millioner kroner til prosjektet.'), [
    'other 2025-12',
  ]);
  assert.deepEqual(events('Nordkyn Vind oppgir at turbinene vil legge beslag på fire kvadratkilometer.'), []);
  assert.deepEqual(events('Søknaden fra Polaris Line ble avslått av Sjøfartsdirektoratet i går.'), [
    'other 2026-11-18',
  ]);
  assert.deepEqual(events('Trønder Elektro permitterte 25 montører i oktober.'), ['other 2026-10']);
});

test('a kind noun that speaks is the party it stands for', () => {
  const facts = extractFacts(
    {
      body:
        'Batteriene skal leveres av Vestkyst Batteri AS i Ålesund. ' +
        'Selskapet bekrefter at leveransen er flyttet til høsten, men vil ikke kommentere årsaken.',
      published: '2027-06-09',
    },
    nb,
  );
  const quote = facts.quotes.find((q) => q.text.includes('leveransen'));
  assert.equal(facts.entities.find((e) => e.id === quote?.speaker)?.name, 'Vestkyst Batteri AS');
});
