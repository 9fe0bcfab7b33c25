import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFeed } from './read-feed.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/sources/${name}`, import.meta.url), 'utf8');

const rss = (items: string, channel = ''): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Avisa</title>${channel}${items}</channel></rss>`;

test('each RSS item becomes an article, its richest content converted to text', () => {
  const results = readFeed(fixture('news.rss'));
  assert.equal(results.length, 3);
  const items = results.map((r) => (r.ok ? r.item : null));
  assert.deepEqual(
    items.map(
      (i) =>
        i && { title: i.title, published: i.published, url: i.url, language: i.language, byline: i.byline },
    ),
    [
      {
        title: 'Mann dømt for underslag i idrettslag',
        published: '2025-12-11T14:30:00+01:00',
        url: 'https://fjordposten.example/nyheter/underslag-dom',
        language: 'nb',
        byline: 'Ola Strand',
      },
      {
        title: 'Sterk vind og snø på vei inn over kysten',
        published: '2025-12-12T07:05:00+01:00',
        url: 'https://fjordposten.example/nyheter/uvaer',
        language: 'nb',
        byline: null,
      },
      {
        title: 'Ny fergerute fra mars',
        published: '2025-12-12T12:00:00Z',
        url: 'https://fjordposten.example/nyheter/ferge',
        language: 'nb',
        byline: null,
      },
    ],
  );
  // content:encoded (CDATA HTML) wins over the short description; its caption stays for the cleaning stage.
  assert.match(
    items[0]?.text ?? '',
    /^En 52 år gammel mann er dømt.*800 000 kroner.*\n\nMannen var kasserer/s,
  );
  assert.match(items[0]?.text ?? '', /\n\nSaken gikk for tingretten i november\. Foto: Ola Strand\n\n/);
  // escaped HTML in description
  assert.equal(
    items[1]?.text,
    'Meteorologisk institutt har sendt ut gult farevarsel for kysten fra fredag ettermiddag.\n\nDet ventes stiv kuling i kastene og opptil 30 centimeter snø i høyden.',
  );
  assert.match(items[2]?.text ?? '', /^Fylkeskommunen har vedtatt en ny fergerute/);
});

test('each Atom entry becomes an article, whether its content is html or xhtml', () => {
  const results = readFeed(fixture('sport.atom'));
  assert.deepEqual(
    results.map((r) => (r.ok ? r.item : r.error)),
    [
      {
        title: 'Fjordvik IL rykket opp etter dramatisk kamp',
        text: 'Fjordvik IL sikret opprykk til 3. divisjon med et mål på overtid mot Nordbyen.\n\nOver 1200 tilskuere så kampen på Vikvollen søndag.',
        published: '2025-12-14T19:55:00+01:00',
        language: 'nb',
        byline: 'Siv Moe',
        url: 'https://fjordposten.example/sport/opprykk',
      },
      {
        title: 'Skiløparane frå Vik klare for ny sesong',
        text: 'Skigruppa i Vik har fått tre nye løparar på juniorlaget i år.\n\nTrenaren meiner dei kan hevde seg i noregscupen.',
        published: '2025-12-13T10:00:00+01:00',
        language: 'nn',
        byline: 'Sportsredaksjonen',
        url: 'https://fjordposten.example/sport/ski',
      },
    ],
  );
});

test('plain-text item bodies keep their paragraphs; RSS author addresses give the name', () => {
  const xml = rss(
    '<item><title>Vannlekkasje</title><author>anne@avisa.example (Anne Lie)</author><description>Et vannrør sprakk i natt.\n\nSkolen holder stengt i dag.</description></item>',
  );
  const [result] = readFeed(xml);
  assert.ok(result?.ok);
  assert.equal(result.item.text, 'Et vannrør sprakk i natt.\n\nSkolen holder stengt i dag.');
  assert.equal(result.item.byline, 'Anne Lie');
  assert.equal(result.item.url, null);
});

test('relative item links resolve against the feed URL; a permalink guid stands in for a missing link', () => {
  const xml = rss(
    '<item><link>/sak/1</link><description>Første sak.</description></item>' +
      '<item><guid>https://avisa.example/sak/2</guid><description>Andre sak.</description></item>',
  );
  const urls = readFeed(xml, 'https://avisa.example/rss').map((r) => (r.ok ? r.item.url : null));
  assert.deepEqual(urls, ['https://avisa.example/sak/1', 'https://avisa.example/sak/2']);
});

test('an item without text is an error for that item only', () => {
  const xml = rss(
    '<item><title>Bare tittel</title></item><item><description>Ferga er i rute igjen.</description></item>',
  );
  const results = readFeed(xml);
  assert.deepEqual(results[0], {
    index: 1,
    ok: false,
    error: 'feed item has no text (no content, description or summary)',
  });
  assert.equal(results[1]?.ok, true);
});

test('a broken or non-feed XML document is one clear error', () => {
  const cases: { name: string; xml: string; error: RegExp }[] = [
    {
      name: 'truncated fixture',
      xml: fixture('broken.xml'),
      error: /^malformed XML feed: it ends before <rss>, <channel>, <item>.*closed \(truncated\?\)$/,
    },
    {
      name: 'mismatched tag',
      xml: rss('<item><title>Feil</titel></item>'),
      error: /^malformed XML feed: .*'title'.*\(line 1, column \d+\)$/,
    },
    {
      name: 'sitemap',
      xml: '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
      error: /^XML root <urlset> is not an RSS or Atom feed$/,
    },
    { name: 'no items', xml: rss(''), error: /^feed has no items$/ },
  ];
  for (const { name, xml, error } of cases) {
    const results = readFeed(xml);
    assert.equal(results.length, 1, name);
    const [result] = results;
    assert.ok(result && !result.ok, name);
    assert.match(result.error, error, name);
  }
});
