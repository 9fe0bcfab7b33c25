import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readJsonl } from './read-jsonl.ts';

const fixture = readFileSync(new URL('../../test/fixtures/sources/dump.jsonl', import.meta.url), 'utf8');

test('each line of a dump is one record; a broken line is an error for that line only', () => {
  assert.deepEqual(readJsonl(fixture), [
    {
      line: 1,
      ok: true,
      record: {
        url: 'https://fjordposten.example/nyheter/bibliotek',
        title: 'Biblioteket får søndagsåpent',
        text: 'Biblioteket i Fjordvik holder åpent på søndager fra januar.\n\nOrdningen er et prøveprosjekt som skal vare i ett år.',
        published: '2025-12-09',
        language: 'nb',
        byline: null,
      },
    },
    { line: 2, ok: false, error: 'line 2: invalid JSON (Unterminated string in JSON at position 67)' },
    {
      line: 3,
      ok: true,
      record: {
        url: null,
        title: 'Skulen får nytt tak',
        text: 'Taket på Vik skule skal skiftast til sommaren.\n\nArbeidet kostar om lag fire millionar kroner.',
        published: '2025-12-08T09:00:00+01:00',
        language: 'nn',
        byline: null,
      },
    },
  ]);
});

test('lines without usable text are errors naming their line; blank lines are skipped', () => {
  const dump = [
    '{"title":"Uten tekst"}',
    '',
    '{"title":"Tom tekst","text":"   "}',
    '["ikke","et","objekt"]',
    '{"text":"Nok tekst her.","published":"i går","language":"bokmål"}',
  ].join('\n');
  const results = readJsonl(dump);
  assert.deepEqual(
    results.map((r) => (r.ok ? `${r.line}: ok` : r.error)),
    [
      'line 1: no text (neither "text" nor "html" has content)',
      'line 3: no text (neither "text" nor "html" has content)',
      'line 4: expected a JSON object with text or html',
      '5: ok',
    ],
  );
  const last = results[3];
  assert.ok(last?.ok);
  assert.equal(last.record.published, null, 'an unreadable date is null, not a guess');
  assert.equal(last.record.language, 'nb');
});

test('a plain JSON file with one object or an array of objects also reads', () => {
  const object = '{\n  "title": "Ny rundkjøring",\n  "text": "Rundkjøringen åpner i mai."\n}\n';
  const array = '[{"text":"Første sak."},{"html":"<p>Andre sak.</p>"}]';
  assert.deepEqual(
    readJsonl(object).map((r) => r.ok && r.record.text),
    ['Rundkjøringen åpner i mai.'],
  );
  assert.deepEqual(
    readJsonl(array).map((r) => r.ok && r.record.text),
    ['Første sak.', 'Andre sak.'],
  );
});
