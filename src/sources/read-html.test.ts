import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readHtml } from './read-html.ts';
import { stripSiteSuffix } from './html-metadata.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/sources/${name}`, import.meta.url), 'utf8');

const body = `<p>Politiet fikk melding om innbruddet natt til lørdag. Tyvene tok med seg verktøy for flere hundre tusen kroner.</p>
<p>Eieren av firmaet sier han er svært skuffet, og at det er tredje gang på to år at de blir rammet av tyveri.</p>
<p>Politiet ber folk som har sett noe mistenkelig i området om å ta kontakt med dem så snart som mulig.</p>`;
const page = (head: string, htmlAttributes = ''): string =>
  `<!doctype html><html${htmlAttributes}><head>${head}</head><body><article>${body}</article></body></html>`;

test('reads the main text of a page without navigation, ads or footer, keeping the figure caption', () => {
  const result = readHtml(fixture('budget.html'));
  assert.ok(result.ok);
  const { text } = result.article;
  assert.match(text, /^Av Kari Nordvik\n\nEtter nesten ni timer med debatt/);
  assert.match(text, /\n\nOrdfører Per Solheim \(Ap\) la fram budsjettforslaget\. Foto: Lise Berg\n\n/);
  assert.match(text, /\n\nKutt i kulturskolen\n\n/);
  assert.match(text, /\n\n• Eiendomsskatten økes med én promille\.\n\n/);
  for (const furniture of ['Forsiden', 'Annonse', 'Les også', 'Kontakt oss']) {
    assert.ok(!text.includes(furniture), `${furniture} is left out`);
  }
});

test('reads title, date, language, byline and canonical URL from the page metadata', () => {
  const result = readHtml(fixture('budget.html'));
  assert.ok(result.ok);
  const { title, published, language, byline, url } = result.article;
  assert.deepEqual(
    { title, published, language, byline, url },
    {
      title: 'Kommunestyret vedtok budsjettet etter lang debatt',
      published: '2025-12-10T21:45:00+01:00',
      language: 'nb',
      byline: 'Kari Nordvik',
      url: 'https://fjordposten.example/nyheter/budsjett-vedtatt',
    },
  );
});

test('each kind of date declaration is found', () => {
  const cases: { name: string; head: string; extra?: string; published: string }[] = [
    { name: 'meta name=date', head: '<meta name="date" content="2025-11-02">', published: '2025-11-02' },
    {
      name: 'meta name=pubdate',
      head: '<meta name="pubdate" content="2025-11-02T08:00:00Z">',
      published: '2025-11-02T08:00:00Z',
    },
    {
      name: 'meta name=dc.date',
      head: '<meta name="dc.date" content="2025-11-02">',
      published: '2025-11-02',
    },
    {
      name: 'JSON-LD datePublished in a @graph',
      head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Forside"},{"@type":"NewsArticle","headline":"Innbrudd i verksted","datePublished":"2025-11-02T07:30:00+01:00","author":{"@type":"Person","name":"Lars Dahl"}}]}</script>',
      published: '2025-11-02T07:30:00+01:00',
    },
    {
      name: '<time datetime> in the body',
      head: '',
      extra: '<time datetime="2025-11-02T07:30:00+01:00">2. november</time>',
      published: '2025-11-02T07:30:00+01:00',
    },
  ];
  for (const { name, head, extra, published } of cases) {
    const html = page(head).replace('<article>', `<article>${extra ?? ''}`);
    const result = readHtml(html);
    assert.ok(result.ok, name);
    assert.equal(result.article.published, published, name);
  }
});

test('title falls back from og:title to JSON-LD headline to <title> without the site name', () => {
  const cases: { head: string; title: string | null }[] = [
    {
      head: '<meta property="og:title" content="Innbrudd i verksted"><title>Annet - Avisa</title>',
      title: 'Innbrudd i verksted',
    },
    {
      head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tyver tok verktøy"}</script><title>x</title>',
      title: 'Tyver tok verktøy',
    },
    { head: '<title>Innbrudd i verksted - Lokalavisa</title>', title: 'Innbrudd i verksted' },
    { head: '<title>Innbrudd i verksted | Avisa Nordland</title>', title: 'Innbrudd i verksted' },
    { head: '', title: null },
  ];
  for (const { head, title } of cases) {
    const result = readHtml(page(head));
    assert.ok(result.ok, head);
    assert.equal(result.article.title, title, head);
  }
});

test('a site suffix is only stripped when it is the site name or, in <title>, short', () => {
  assert.equal(stripSiteSuffix('Ny bro åpnet - NRK Vestland', 'NRK Vestland', false), 'Ny bro åpnet');
  assert.equal(
    stripSiteSuffix('Ny bro åpnet - og køene forsvant helt', null, false),
    'Ny bro åpnet - og køene forsvant helt',
  );
  assert.equal(stripSiteSuffix('Ny bro åpnet – VG', null, true), 'Ny bro åpnet');
  assert.equal(stripSiteSuffix('Kampen om Sør-Norge', null, true), 'Kampen om Sør-Norge');
});

test('the language is read from <html lang> or og:locale', () => {
  const cases: { attributes: string; head: string; language: string | null }[] = [
    { attributes: ' lang="nn-NO"', head: '', language: 'nn' },
    { attributes: ' lang="no"', head: '', language: 'nb' },
    { attributes: '', head: '<meta property="og:locale" content="da_DK">', language: 'da' },
    { attributes: '', head: '', language: null },
  ];
  for (const { attributes, head, language } of cases) {
    const result = readHtml(page(head, attributes));
    assert.ok(result.ok);
    assert.equal(result.article.language, language, attributes || head);
  }
});

test('a truncated page still gives the text that is there', () => {
  const result = readHtml(fixture('truncated.html'));
  assert.ok(result.ok);
  assert.match(result.article.text, /Etter nesten ni timer med debatt/);
  assert.match(result.article.text, /Den største enkeltposten er en ny barneskole$/);
});

test('a page too short for Readability falls back to its body text', () => {
  const result = readHtml('<html><body><p>Kort melding: veien er åpen igjen.</p></body></html>');
  assert.ok(result.ok);
  assert.equal(result.article.text, 'Kort melding: veien er åpen igjen.');
});

test('a page with no text at all is an error', () => {
  for (const html of [
    '<html><head><title>Tom</title></head><body></body></html>',
    '<html><body><script>x()</script><img src=a.png></body></html>',
  ]) {
    assert.deepEqual(readHtml(html), { ok: false, error: 'no article text found in the HTML page' });
  }
});

test('teaser lists and footers outside <article> are left out, a fact box inside it stays', () => {
  const teasers = Array.from(
    { length: 12 },
    (_, i) =>
      `<div><h3>Annen sak nummer ${i}, om noe helt annet</h3><p>Kort ingress, med komma, til sak ${i}.</p></div>`,
  ).join('');
  const html = `<!doctype html><html><body><main><article>${body}
    <aside class="fakta"><h3>Fakta om innbrudd</h3><p>Det ble meldt 312 innbrudd i distriktet i fjor.</p></aside>
    </article><aside>${teasers}</aside></main><footer>Redaktør: Eva Ås, adresse og telefon.</footer></body></html>`;
  const result = readHtml(html);
  assert.ok(result.ok);
  assert.match(result.article.text, /Det ble meldt 312 innbrudd i distriktet i fjor\./);
  assert.doesNotMatch(result.article.text, /Annen sak nummer|Redaktør/);
});
