import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.ts';

/** Each case: a Norwegian sentence and the tokens NorNE's conventions give it, joined by ` | `. */
const cases: [string, string, string][] = [
  [
    'abbreviations keep their period',
    'Han besøkte bl.a. Bergen, f.eks. i mai.',
    'Han | besøkte | bl.a. | Bergen | , | f.eks. | i | mai | .',
  ],
  [
    'ca., nr., kl., mv. and dvs. are one token',
    'Ca. 40 mv. i nr. 5 kl. 14, dvs. nå.',
    'Ca. | 40 | mv. | i | nr. | 5 | kl. | 14 | , | dvs. | nå | .',
  ],
  [
    'St. and jf. are abbreviations',
    'Hun bor i St. Petersburg, jf. avtalen.',
    'Hun | bor | i | St. | Petersburg | , | jf. | avtalen | .',
  ],
  [
    'initials keep their period',
    'Boka av J. K. Rowling kom ut.',
    'Boka | av | J. | K. | Rowling | kom | ut | .',
  ],
  [
    'thousands written with a space are two tokens',
    'Det kostet 10 000 kroner.',
    'Det | kostet | 10 | 000 | kroner | .',
  ],
  [
    'thousands written with a period are one token',
    'Over 100.000 mennesker kom.',
    'Over | 100.000 | mennesker | kom | .',
  ],
  [
    'decimal commas stay inside the number',
    'Det gjelder 1,3 millioner og 13,3 milliarder.',
    'Det | gjelder | 1,3 | millioner | og | 13,3 | milliarder | .',
  ],
  ['percent words are separate tokens', 'Prisen steg 25 prosent.', 'Prisen | steg | 25 | prosent | .'],
  [
    'ordinals keep their period before a date',
    'Det skjedde 20. juni 2024.',
    'Det | skjedde | 20. | juni | 2024 | .',
  ],
  [
    'a day range splits at the dash',
    'Festivalen går 27.–28. oktober.',
    'Festivalen | går | 27. | – | 28. | oktober | .',
  ],
  [
    'a number range splits at the dash',
    'Mellom 80–100 personer og 2007-2008.',
    'Mellom | 80 | – | 100 | personer | og | 2007 | - | 2008 | .',
  ],
  ['a score splits at the hyphen', 'Vålerenga vant 4-1 borte.', 'Vålerenga | vant | 4 | - | 1 | borte | .'],
  [
    'a year ends the sentence before a capital',
    'Han døde i 1996. Hun levde.',
    'Han | døde | i | 1996 | . | Hun | levde | .',
  ],
  [
    'clock times and decimals with periods are one token',
    'Klokken 12.30 landet flyet.',
    'Klokken | 12.30 | landet | flyet | .',
  ],
  [
    'hyphenated names and compounds are one token',
    'Nato-sjefen møtte Kim Jong-un i Nord-Korea.',
    'Nato-sjefen | møtte | Kim | Jong-un | i | Nord-Korea | .',
  ],
  [
    'numbers in compounds stay whole',
    'På 1980-tallet fløy F-35 og 10-2-seieren kom.',
    'På | 1980-tallet | fløy | F-35 | og | 10-2-seieren | kom | .',
  ],
  [
    'a dangling compound hyphen stays on its word',
    'Helse- og omsorgsdepartementet og 1970- og 80-tallet.',
    'Helse- | og | omsorgsdepartementet | og | 1970- | og | 80-tallet | .',
  ],
  [
    'a compound tail after a conjunction keeps its hyphen',
    'Data- og -spill selges.',
    'Data- | og | -spill | selges | .',
  ],
  [
    'a month before a range hyphen is no compound',
    'Stengt 26. juli-10. august.',
    'Stengt | 26. | juli | - | 10. | august | .',
  ],
  [
    'a dash that introduces a quote is a token',
    '– Vi er fornøyde, sier hun.',
    '– | Vi | er | fornøyde | , | sier | hun | .',
  ],
  ['guillemets are tokens', 'Hun sa: «Dette er bra.»', 'Hun | sa | : | « | Dette | er | bra | . | »'],
  [
    'a compound after a closing guillemet keeps the hyphen',
    'Det var «Skam»-effekten.',
    'Det | var | « | Skam | » | -effekten | .',
  ],
  [
    'URLs are one token without trailing punctuation',
    'Les mer på https://www.nrk.no/nyheter/sak-1.2345.',
    'Les | mer | på | https://www.nrk.no/nyheter/sak-1.2345 | .',
  ],
  [
    'a domain with a path is a URL',
    'Se vg.no/nyheter/i/Ab12 og nrk.no.',
    'Se | vg.no/nyheter/i/Ab12 | og | nrk.no | .',
  ],
  ['domains are one token', 'Det skriver Aftenposten.no.', 'Det | skriver | Aftenposten.no | .'],
  [
    'e-mail addresses are one token',
    'Send tips til tips@avisa.no i dag.',
    'Send | tips | til | tips@avisa.no | i | dag | .',
  ],
  [
    'handles and hashtags are one token',
    'Følg @nrk_nyheter og #valg2025!',
    'Følg | @nrk_nyheter | og | #valg2025 | !',
  ],
  ['an ellipsis is one token', 'Vel ... vi får se…', 'Vel | ... | vi | får | se | …'],
  ['apostrophes inside words stay', "Han var på McDonald's.", "Han | var | på | McDonald's | ."],
  ['slashes between words are tokens', 'Høyre og/eller Frp.', 'Høyre | og | / | eller | Frp | .'],
  ['section signs', 'Se §§ 7-8 og § 12.', 'Se | §§ | 7 | - | 8 | og | § | 12 | .'],
  [
    'an ISO date is one token, a season range is three',
    'Fra 2024-03-01 og i sesongen 2007-08.',
    'Fra | 2024-03-01 | og | i | sesongen | 2007 | - | 08 | .',
  ],
  [
    'a photo credit glued to a caption is split off',
    'Foto: NTBStatsministeren taler.',
    'Foto | : | NTB | Statsministeren | taler | .',
  ],
  [
    'acronyms with a genitive or a short prefix stay whole',
    'NATOs og EØSavtalen.',
    'NATOs | og | EØSavtalen | .',
  ],
  [
    'a genitive apostrophe after s stays on the name',
    "Hellas' gjeld og Hamas' ledere.",
    "Hellas' | gjeld | og | Hamas' | ledere | .",
  ],
  [
    'A/S and km/t are one token, seasons split at the slash',
    'Firma A/S kjørte 80 km/t i 1998/99, 22/7.',
    'Firma | A/S | kjørte | 80 | km/t | i | 1998 | / | 99 | , | 22/7 | .',
  ],
  [
    'signed numbers, degrees and ,- prices',
    'Det var -6°C og +5 på 70°N, pris 5000,- kr.',
    'Det | var | -6°C | og | +5 | på | 70°N | , | pris | 5000,- | kr.',
  ],
  [
    'a numbered list item keeps its period at the start of a line',
    '1. Skatten skal ned\n2. Bompenger fjernes',
    '1. | Skatten | skal | ned | 2. | Bompenger | fjernes',
  ],
  ['parentheses and ages', 'Ola Nordmann (45) kom.', 'Ola | Nordmann | ( | 45 | ) | kom | .'],
];

for (const [title, input, expected] of cases) {
  test(`tokenize: ${title}`, () => {
    const tokens = tokenize(input);
    assert.equal(tokens.map((t) => t.text).join(' | '), expected);
    for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
  });
}

test('tokenize: spans are UTF-16 offsets into the whole text, also past astral characters', () => {
  const text = 'Hei 👋 Oslo!';
  assert.deepEqual(tokenize(text), [
    { text: 'Hei', start: 0, end: 3 },
    { text: '👋', start: 4, end: 6 },
    { text: 'Oslo', start: 7, end: 11 },
    { text: '!', start: 11, end: 12 },
  ]);
});

test('tokenize: a range of the text is tokenized with offsets into the whole text', () => {
  const text = 'Først dette. Så Bergen sentrum.';
  assert.deepEqual(
    tokenize(text, 13, 22).map((t) => [t.text, t.start, t.end]),
    [
      ['Så', 13, 15],
      ['Bergen', 16, 22],
    ],
  );
});

test('tokenize: a soft hyphen left by a web page stays inside its word', () => {
  assert.deepEqual(
    tokenize('Nye lege\u00admidler.').map((t) => t.text),
    ['Nye', 'lege\u00admidler', '.'],
  );
});

test('tokenize: non-breaking and thin spaces separate tokens like spaces', () => {
  assert.deepEqual(
    tokenize('10\u00a0000 kr\u2009i dag').map((t) => t.text),
    ['10', '000', 'kr', 'i', 'dag'],
  );
});

test('tokenize: every non-blank character lies in exactly one token, in order, whatever the input', () => {
  const pieces = ['a', 'Ø', '7', '.', ',', '-', '–', ' ', '\n', '«', '»', '"', "'", ':', '/', '@', '#', '§'];
  const more = [
    '°',
    '+',
    '©',
    '\u00ad',
    '😀',
    'http://',
    'www.',
    'bl.a.',
    'kl.',
    'osv.',
    'Det',
    '…',
    '_',
    '(',
    '?',
  ];
  const alphabet = [...pieces, ...more];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0; i < 10; i++) text += alphabet[next()];
    let last = 0;
    let covered = 0;
    for (const t of tokenize(text)) {
      assert.ok(
        t.start >= last && t.end > t.start,
        `span of ${JSON.stringify(t)} in ${JSON.stringify(text)}`,
      );
      assert.doesNotMatch(t.text, /\s/);
      covered += t.end - t.start;
      last = t.end;
    }
    assert.equal(covered, text.replace(/\s/g, '').length, JSON.stringify(text));
  }
});
