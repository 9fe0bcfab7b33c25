// Specification of publication dates: the best evidence wins, a copied file's time is not trusted blindly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nbTimeParser } from '../../languages/nb/time/index.ts';
import { nbCleaning } from '../../languages/nb/cleaning.ts';
import type { Stamps } from '../pipeline.ts';
import { inferPublished, normaliseDeclaredDate } from './infer-published.ts';

interface Case {
  behaviour: string;
  texts: string[];
  stamps?: Stamps;
  declared?: string;
  now?: string;
  fetchedAt?: string;
  published: string | null;
}

const cases: Case[] = [
  {
    behaviour: 'a date marker wins over everything',
    texts: ['Valget ble holdt 11. september 2023.'],
    stamps: { marker: '2023-09' },
    fetchedAt: '2026-01-01T00:00:00Z',
    published: '2023-09',
  },
  {
    behaviour: 'a container date is kept as written, at day precision',
    texts: ['Tekst.'],
    declared: '2024-06-19T23:30:00+02:00',
    published: '2024-06-19',
  },
  {
    behaviour: 'a "Publisert" dateline gives the day',
    texts: ['Tekst.'],
    stamps: { publishedText: '14.07.2025 kl. 09.12' },
    published: '2025-07-14',
  },
  {
    behaviour: 'only an "Oppdatert" line: its day is the latest the article can be from',
    texts: ['Tekst.'],
    stamps: { updatedText: 'Oppdatert 2. desember 2024 kl. 10.15' },
    fetchedAt: '2026-11-25T00:00:00Z',
    published: '2024-12-02',
  },
  {
    behaviour: 'a weekday written with its date gives the one year near the text’s years where they agree',
    texts: [
      'Selskapet la fredag 14. februar fram tallene for fjerde kvartal 2024.',
      'Investeringene i 2026 skal ligge på 300 millioner kroner.',
    ],
    fetchedAt: '2026-11-25T00:00:00Z',
    published: '2025',
  },
  {
    behaviour: 'arithmetic: "for første gang på N år" after a dated visit gives the year',
    texts: [
      'Kongen besøker Tromsø for første gang på 12 år, etter at han var der i mai 2013.',
      'Han kom dit i juni i fjor også.',
    ],
    published: '2025',
  },
  {
    behaviour: 'the latest day-precise date gives the year',
    texts: ['Ministeren talte på konferansen 3. mai 2021.', 'Hun ble valgt inn i 2017.'],
    published: '2021',
  },
  {
    behaviour: "an archive photo's date is not the article's time",
    texts: ['Ministeren talte på konferansen i går.', 'Bildet er fra et tidligere besøk 2. april 2019.'],
    published: null,
  },
  {
    behaviour: "a deadline ahead is not the article's time",
    texts: ['Byggingen startet 4. mars 2024.', 'Brua skal stå ferdig innen 1. juli 2027.'],
    published: '2024',
  },
  {
    behaviour: 'a year that is only "siden 2006" says nothing: null rather than a guess',
    texts: ['Siden 2006 har sanksjonene vært i kraft. Denne uken kom nye forhandlinger.'],
    published: null,
  },
  {
    behaviour: "a file time that disagrees with the text's own years is ignored, the text's year stands",
    texts: ['Statsministeren ble gjenvalgt 12. september 2022.', 'Tidligere i år ble budsjettet vedtatt.'],
    stamps: { age: { hours: -3 } },
    fetchedAt: '2026-11-25T10:00:00Z',
    published: '2022',
  },
  {
    behaviour: 'a file time whose year the text names is trusted for an age stamp',
    texts: ['Avtalen ble signert 2. mars 2026.', 'I går kom reaksjonene.'],
    stamps: { age: { days: -2 } },
    fetchedAt: '2026-03-05T10:00:00Z',
    published: '2026-03-03',
  },
  {
    behaviour: 'a file time alone with no dated text is not evidence',
    texts: ['I går ble det klart at skolen legges ned.'],
    fetchedAt: '2026-03-05T10:00:00Z',
    published: null,
  },
  {
    behaviour: '--now is trusted for day words when nothing contradicts it',
    texts: ['I går ble det klart at skolen legges ned.'],
    now: '2025-10-08T10:00:00Z',
    published: '2025-10-08',
  },
  {
    behaviour: "--now is not trusted when the text's own year differs",
    texts: ['Brannen startet 4. august 2019.', 'I går fikk brannvesenet kontroll.'],
    now: '2025-10-08T10:00:00Z',
    published: '2019',
  },
];

for (const c of cases) {
  test(c.behaviour, () => {
    const result = inferPublished({
      stamps: c.stamps ?? {},
      declared: c.declared ?? null,
      texts: c.texts,
      parsers: [nbTimeParser],
      archiveCues: nbCleaning.archiveCues,
      futureCues: nbCleaning.futureCues,
      now: c.now ? new Date(c.now) : null,
      fetchedAt: c.fetchedAt ? new Date(c.fetchedAt) : null,
    });
    assert.equal(result.published, c.published, result.rule);
  });
}

test('declared dates in other shapes are normalised to ISO', () => {
  assert.equal(normaliseDeclaredDate('2024-06'), '2024-06');
  assert.equal(normaliseDeclaredDate('Wed, 19 Jun 2024 10:00:00 GMT'), '2024-06-19');
  assert.equal(normaliseDeclaredDate('ikke en dato'), null);
  assert.equal(normaliseDeclaredDate(''), null);
});
