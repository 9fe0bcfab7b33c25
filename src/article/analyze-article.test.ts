// The pipeline entry: contract-valid records, pure and repeatable; a golden check against ../shared/seeds and gold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { validateContractLine } from '../contract/index.ts';
import type { RawArticle } from '../sources/raw-article.ts';
import { analyzeArticle, analyzeArticleWithFindings } from './analyze-article.ts';
import { hashBody } from './hash-body.ts';

const raw = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  source: 'eksempel.txt',
  format: 'text',
  text,
  title: null,
  published: null,
  language: null,
  byline: null,
  fetchedAt: null,
  url: null,
  ...extra,
});

const ARTICLE =
  'Ny bro over fjorden\n\nBroa åpnet 2. juni 2025 etter tre års arbeid.\n\nBilister jubler på broa. Foto: Tor Vik / NTB\n\nDen er 1200 meter lang.';

test('a plain-text article becomes a valid contract record with its short version and its numbers', () => {
  const record = analyzeArticle(raw(ARTICLE));
  assert.equal(validateContractLine(record).ok, true);
  assert.equal(record.title, 'Ny bro over fjorden');
  assert.equal(record.body, 'Broa åpnet 2. juni 2025 etter tre års arbeid.\n\nDen er 1200 meter lang.');
  assert.equal(record.published, '2025');
  assert.deepEqual(record.summary, ['Broa åpnet 2. juni 2025 etter tre års arbeid.']);
  assert.deepEqual(
    record.claims.map((c) => [c.value, c.unit, c.text]),
    [
      [3, 'år', 'tre års'],
      [1200, 'meter', '1200 meter'],
    ],
  );
  assert.deepEqual(record.quotes, []);
});

test('the id is the sha1 of the normalised body, so whitespace differences give the same id', () => {
  const a = analyzeArticle(raw(ARTICLE));
  const b = analyzeArticle(raw(ARTICLE.replace(/\n\n/g, '\n\n\n').replace('tre års', 'tre  års')));
  assert.equal(a.id, hashBody(a.body));
  assert.equal(a.id, b.id);
});

test('container metadata is used: title, published and declared language', () => {
  const record = analyzeArticle(
    raw('Broa åpnet etter tre års arbeid.', {
      format: 'html',
      title: 'Ny bro',
      published: '2025-06-02T08:00:00Z',
      language: 'nb-NO',
    }),
  );
  assert.equal(record.title, 'Ny bro');
  assert.equal(record.published, '2025-06-02');
  assert.ok(record.language);
});

test('every removal and every metadata decision is reported with a rule id', () => {
  const { findings } = analyzeArticleWithFindings(raw(ARTICLE));
  const rules = new Set(findings.map((f) => f.rule));
  assert.ok(rules.has('clean/caption'));
  assert.ok([...rules].some((r) => r.startsWith('metadata/published-')));
  assert.ok([...rules].some((r) => r.startsWith('metadata/genre-')));
});

test('the same input gives the same record (no clock, no state)', () => {
  const input = raw(ARTICLE, { fetchedAt: '2025-06-03T10:00:00Z' });
  assert.deepEqual(analyzeArticle(input), analyzeArticle(input));
});

// Golden check: the seeds and their hand annotations are read at run time, never copied into the repository.
const seeds = new URL('../../../shared/seeds/', import.meta.url);
const gold = new URL('../../../shared/gold/', import.meta.url);
const seedFiles = existsSync(seeds)
  ? readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

interface Gold {
  language: string;
  published: string | null;
  genre: string;
  noise?: string[];
  keep?: string[];
  summaryGiven?: number;
}

for (const file of seedFiles) {
  const goldFile = new URL(file.replace(/\.txt$/, '.gold.json'), gold);
  test(
    `seed ${file}: noise gone, keep kept, summary box and metadata as annotated`,
    { skip: !existsSync(goldFile) },
    () => {
      const path = new URL(file, seeds);
      const g = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
      const record = analyzeArticle(
        raw(readFileSync(path, 'utf8'), { source: file, fetchedAt: statSync(path).mtime.toISOString() }),
      );
      const flat = record.body.replace(/\s+/g, ' ');
      assert.deepEqual(
        (g.noise ?? []).filter((n) => record.body.includes(n)),
        [],
        'noise left in body',
      );
      assert.deepEqual(
        (g.keep ?? []).filter((k) => !flat.includes(k.replace(/\s+/g, ' '))),
        [],
        'keep lost',
      );
      assert.equal(record.summaryGiven.length, g.summaryGiven ?? 0, 'summaryGiven');
      assert.equal(record.language, g.language, 'language');
      assert.equal(record.genre, g.genre, 'genre');
      if (g.published !== null) {
        const p = record.published ?? '';
        assert.ok(
          p && (p.startsWith(g.published) || g.published.startsWith(p)),
          `published ${p} vs ${g.published}`,
        );
      }
    },
  );
}

test('an event only a photo caption states is kept apart, dated and tied to the body’s entities', () => {
  const text = [
    'Statsministrene møttes igjen',
    '',
    'Jonas Gahr Støre og Ulf Kristersson har snakket sammen om grensa flere ganger i år, sist i Oslo.',
    '',
    'Ulf Kristersson håndhilser på Jonas Gahr Støre i Oslo 4. mars i år. Det var under dette møtet at landene signerte en avtale om grensa. Foto: Kari Dal / NTB',
    '',
    'Norge og Sverige vil samarbeide tettere.',
  ].join('\n');
  const record = analyzeArticle(raw(text, { published: '2025-05-10' }));
  assert.ok(validateContractLine(record).ok, JSON.stringify(validateContractLine(record)));
  assert.ok(!record.body.includes('håndhilser'), 'the caption leaves the body');
  const events = record.captionEvents ?? [];
  const name = (id: string | null) => record.entities.find((e) => e.id === id)?.name;
  const agreement = events.find((e) => e.type === 'agreement');
  assert.ok(agreement, JSON.stringify(events));
  assert.equal(agreement.date, '2025-03-04');
  assert.equal(name(agreement.place), 'Oslo');
  assert.deepEqual(agreement.participants.map(name).sort(), ['Jonas Gahr Støre', 'Ulf Kristersson']);
  const caption = record.removed[agreement.removed]!.text;
  assert.ok(caption.slice(agreement.start, agreement.end).startsWith('Det var under dette møtet'));
});

test('an event takes the most precise date its sentence gives', () => {
  const record = analyzeArticle(
    raw(
      'Statsbesøk\n\nKongen besøker Island for første gang på 20 år, etter at han møtte presidenten Guðni Jóhannesson i mai 2004.',
      { published: '2024-06-19' },
    ),
  );
  assert.ok(
    record.events.some((e) => e.date === '2004-05'),
    JSON.stringify(record.events.map((e) => [e.type, e.date])),
  );
});

test('events of other domains: figures presented with a split particle, a verdict, a storm', () => {
  const record = analyzeArticle(
    raw(
      [
        'Tall og dom',
        '',
        'Fjordkraft Fisk la torsdag 6. mars fram tallene for fjerde kvartal.',
        '',
        'Oslo tingrett avsa onsdag dom i saken mot Per Lien.',
        '',
        'Politiet evakuerte 120 personer i Odda natt til søndag.',
      ].join('\n'),
      { published: '2025-03-08' },
    ),
  );
  const events = record.events.map((e) => `${e.type} ${e.date}`);
  assert.ok(events.includes('statement 2025-03-06'), JSON.stringify(events));
  assert.ok(events.includes('other 2025-03-05'), JSON.stringify(events));
  assert.ok(
    events.some((e) => e.startsWith('other 2025-03')),
    JSON.stringify(events),
  );
});

test('events of awards, elections and strikes', () => {
  const record = analyzeArticle(
    raw(
      [
        'Pris og streik',
        '',
        'Forskeren Eva Lie fikk Holbergprisen, som ble delt ut i Bergen 5. mars.',
        '',
        'Bussjåførene i Trondheim streiker fra mandag, opplyser Fagforbundet.',
      ].join('\n'),
      { published: '2025-03-08' },
    ),
  );
  const events = record.events.map((e) => `${e.type} ${e.date}`);
  assert.ok(events.includes('other 2025-03-05'), JSON.stringify(events));
  // `streiker fra mandag`, written on a Saturday: the present tense announces the coming Monday.
  assert.ok(events.includes('other 2025-03-10'), JSON.stringify(events));
});
