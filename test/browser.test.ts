// The web UI in Debian's chromium (playwright-core): feed, reader highlights, stemmed search, inert article markup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestPaths } from '../src/cli/ingest.ts';
import { createStoryReader } from '../src/corpus/story-reader.ts';
import { createStoryService, type StoryService } from '../src/corpus/story-service.ts';
import { LOOPBACK_HOSTS, createApp, startServer, type RunningServer } from '../src/server/index.ts';
import { CONTENT_SECURITY_POLICY, WEB_DIST, mountWebUi } from '../src/server/static.ts';
import { openSqliteStore, type CorpusStore } from '../src/store/index.ts';
import type { Predicate } from '../src/contract/index.ts';
import { dictionary } from '../web/src/i18n.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = join(root, 'test-results');
// Flags from ../shared/design/DEPENDENCIES.md §5: headless, no sandbox (root in CI), nothing phoning home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const HOSTILE_ARTICLE =
  'Kommunestyret i Lillevik vedtok torsdag å bygge en ny svømmehall ved skolen.\n\n' +
  'Noen limte inn <script>window.__pwned = "script"</script> og <img src="x" onerror="window.__pwned = \'img\'"> i teksten.\n\n' +
  '– Hallen skal stå ferdig om to år, sier ordfører Eva Lunde til lokalavisen.';

/** CI starts without web/dist; locally a build older than any source file would test old code. */
function webBuildIsStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [
    join(root, 'web/index.html'),
    join(root, 'web/vite.config.ts'),
    ...readdirSync(join(root, 'web/src'), { recursive: true, encoding: 'utf8' }).map((file) =>
      join(root, 'web/src', file),
    ),
  ];
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

let folder: string;
let store: CorpusStore;
let service: StoryService;
let server: RunningServer;
let browser: Browser;

before(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `chromium not found at ${CHROMIUM}: install it with \`apt-get install -y --no-install-recommends chromium\` (.ci/run does) or set SAKSKART_CHROMIUM`,
    );
  if (webBuildIsStale()) {
    const built = spawnSync('npm', ['run', 'build:web'], { cwd: root, encoding: 'utf8' });
    assert.equal(built.status, 0, `npm run build:web failed:\n${built.stdout}\n${built.stderr}`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'sakskart-browser-'));
  const db = join(folder, 'browser.db');
  const summary = await ingestPaths([join(root, 'examples/articles')], { db, quiet: true });
  assert.ok(summary.added > 0, 'the example corpus was ingested');
  store = openSqliteStore(db);
  // As `sakskart serve` builds it: stories from the corpus layer, the UI mounted after the API.
  service = await createStoryService(store);
  const stories = createStoryReader(store, service, { syncEveryMs: 0 });
  const app = createApp({ store, stories, log: () => {}, allowedHosts: [...LOOPBACK_HOSTS] });
  mountWebUi(app);
  server = await startServer(app, { port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await service?.flush();
  await store?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function openPage(path: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(`${server.url}${path}`);
  return page;
}

async function articleIdByTitle(words: string): Promise<string> {
  const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(words)}&limit=1`);
  const page = (await response.json()) as { items: { id: string }[] };
  const id = page.items[0]?.id;
  assert.ok(id, `an article matches ${words}`);
  return id;
}

test('the UI is served at / with a strict Content-Security-Policy and no inline script', async () => {
  const response = await fetch(`${server.url}/`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  const html = await response.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script is a file');
  assert.equal((await fetch(`${server.url}/api/nope`)).headers.get('content-type'), 'application/json');
  assert.equal((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status, 404);
});

test('the feed loads in Norwegian with stories and the latest articles, is keyboard-reachable and remembers English', async (t) => {
  const page = await openPage('/');
  await page.getByRole('heading', { name: 'Siste saker' }).waitFor();
  await page.locator('ul.articles > li').first().waitFor();
  await page.locator('.story-card .short-version').first().waitFor();
  const [listShown, firstPaint] = await page.evaluate(() => [
    performance.now(),
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  ]);
  t.diagnostic(
    `first page render: first contentful paint ${Math.round(firstPaint ?? NaN)} ms, article list shown ${Math.round(listShown ?? NaN)} ms after navigation start`,
  );
  assert.ok((await page.locator('ul.articles > li').count()) >= 5);
  assert.ok((await page.getByRole('link', { name: 'Les hele saken' }).count()) >= 5);
  await page.screenshot({ path: join(SCREENSHOTS, 'feed.png'), fullPage: true });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Hopp til innholdet');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Latest stories' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Latest stories' }).waitFor();
  const phone = await openPage('/', { width: 390, height: 844 });
  await phone.locator('ul.articles > li').first().waitFor();
  await phone.screenshot({ path: join(SCREENSHOTS, 'feed-phone.png'), fullPage: true });
  await phone.close();
  await page.close();
});

test('the article reader highlights a quote in place and says on focus what it is and which rule found it', async () => {
  const id = await articleIdByTitle('tøffeste budsjettet');
  const page = await openPage(`/#/a/${id}`);
  const quote = page.locator('.body mark.quote[tabindex="0"]').first();
  await quote.waitFor();
  assert.match((await page.locator('.body mark.quote').allTextContents()).join(''), /tøffeste/);
  await quote.focus();
  await page.locator('.mark-info', { hasText: 'Sitat' }).waitFor();
  // The rule ids arrive in a second request (GET /api/articles/:id?explain=1).
  await page.locator('.mark-info', { hasText: /funnet av quotes\// }).waitFor();
  const name = page.locator('.body mark.entity[tabindex="0"]').first();
  await name.hover();
  await page.locator('.mark-info', { hasText: /^Navn: .+ — funnet av model\/ner/ }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'article.png'), fullPage: true });
  await page.getByRole('button', { name: 'Vis hva rensingen fjernet' }).click();
  await page.getByRole('button', { name: 'Skjul hva rensingen fjernet' }).waitFor();
  await page.close();
});

test('search finds an inflected form of a stored word and highlights the match', async () => {
  const page = await openPage('/#/search');
  await page.getByLabel('Søkeord').fill('budsjettene');
  await page.getByLabel('Søkeord').press('Enter');
  await page.locator('ol.hits > li').first().waitFor();
  const highlighted = await page.locator('ol.hits .snippet mark').allTextContents();
  assert.ok(
    highlighted.some((word) => /^budsjett/i.test(word)),
    `a budsjett- form is highlighted: ${highlighted.join(', ')}`,
  );
  await page.screenshot({ path: join(SCREENSHOTS, 'search.png'), fullPage: true });
  // The filters go into the address (so a search can be linked) and narrow the hits.
  await page.getByLabel('Sjanger').selectOption({ label: 'nyhet' });
  await page.getByLabel('Språk').selectOption({ label: 'bokmål' });
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await page.waitForURL(/genre=news/);
  // The filtered hits replace the earlier ones: wait until the list shown is the filtered one, not the old one
  // caught while it is being replaced.
  // (read in the same step as the check: the list may be re-rendered right after)
  const metas = (await (
    await page.waitForFunction(() => {
      const texts = [...document.querySelectorAll('ol.hits .meta')].map((m) => m.textContent ?? '');
      return texts.length > 0 && texts.every((text) => /nyhet · bokmål$/.test(text)) ? texts : null;
    })
  ).jsonValue()) as string[];
  assert.ok(metas.length > 0, 'the filtered search has hits');
  for (const meta of metas) assert.match(meta, /nyhet · bokmål$/, 'each hit is a news article in bokmål');
  await page.close();
});

test('an article holding <script> and <img onerror> is added from the UI and rendered as inert text', async () => {
  const page = await openPage('/#/ingest');
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  await page.getByText('Lim inn tekst eller velg minst én fil.').waitFor();
  await page.getByLabel('Tittel (valgfritt)').fill('Ny svømmehall i Lillevik');
  await page.getByLabel('Lim inn teksten').fill(HOSTILE_ARTICLE);
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  const added = page.locator('ul.outcomes a', { hasText: 'Ny svømmehall i Lillevik' });
  await added.waitFor();
  await added.click();
  await page.locator('.reader .body').waitFor();
  const body = (await page.locator('.reader .body').textContent()) ?? '';
  assert.match(body, /<script>window\.__pwned/);
  assert.match(body, /<img src="x" onerror=/);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => (window as { __pwned?: string }).__pwned), undefined);
  await page.screenshot({ path: join(SCREENSHOTS, 'hostile-article.png'), fullPage: true });
  await page.close();
});

test('an upload the server cannot read is reported in plain Norwegian, with the file named', async () => {
  const page = await openPage('/#/ingest');
  await page.getByLabel('Eller velg filer (.txt eller .html)').setInputFiles({
    name: 'tom-side.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<!doctype html><html lang="nb"><head><title>Tom</title></head><body></body></html>'),
  });
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  const failed = page.locator('ul.outcomes li.failed');
  await failed.waitFor();
  assert.equal(
    await failed.textContent(),
    `Feilet: tom-side.html — ${dictionary('nb').ingestErrors['UNPROCESSABLE_ARTICLE']}`,
  );
  await page.close();
});

interface StoryFacts {
  id: string;
  title: string | null;
  relations: unknown[];
  timeline: unknown[];
  disagreements: unknown[];
}

/** The first story of the example corpus for which `has` holds, read through the API the UI uses. */
async function storyWhere(has: (story: StoryFacts) => boolean, what: string): Promise<StoryFacts> {
  const list = (await (await fetch(`${server.url}/api/stories?limit=50`)).json()) as {
    items: { id: string }[];
  };
  for (const { id } of list.items) {
    const story = (await (await fetch(`${server.url}/api/stories/${id}`)).json()) as StoryFacts;
    if (has(story)) return story;
  }
  assert.fail(`no story of the example corpus has ${what}`);
}

test('the story page shows a disagreement side by side and the timeline', async () => {
  const disputed = await storyWhere((story) => story.disagreements.length > 0, 'a disagreement');
  const page = await openPage(`/#/s/${disputed.id}`);
  await page.getByRole('heading', { name: 'Uenigheter' }).waitFor();
  assert.equal(await page.locator('.disagreement').count(), disputed.disagreements.length);
  assert.equal(await page.locator('.disagreement').first().locator('.side').count(), 2);
  await page.screenshot({ path: join(SCREENSHOTS, 'story-disagreement.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, 'story-phone.png'), fullPage: true });
  await page.close();

  const dated = await storyWhere((story) => story.timeline.length > 0, 'a timeline');
  const timeline = await openPage(`/#/s/${dated.id}`);
  await timeline.getByRole('heading', { name: 'Tidslinje' }).waitFor();
  assert.equal(await timeline.locator('ol.timeline > li').count(), dated.timeline.length);
  const eventWords = Object.values(dictionary('nb').eventTypes);
  for (const shown of await timeline.locator('ol.timeline .event-type').allTextContents())
    assert.ok(eventWords.includes(shown), `the event type is in Norwegian: ${shown}`);
  await timeline.close();
});

interface RelationShown {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  item: string | null;
  certainty: string;
}

/** The network draws one edge per subject, predicate and object, however many items it has. */
function edgeCount(relations: unknown[]): number {
  return new Set(
    (relations as RelationShown[]).map((relation) =>
      JSON.stringify([relation.subject, relation.predicate, relation.object]),
    ),
  ).size;
}

test('clicking an edge on the network canvas shows its evidence sentences, and its actors link to their page', async () => {
  const connected = await storyWhere((story) => story.relations.length > 0, 'a relation');
  const page = await openPage(`/#/s/${connected.id}`);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
      refused.push(message.text());
  });
  await page.locator('.network-canvas[data-state="ready"]').waitFor();
  assert.ok((await page.locator('.network-canvas canvas').count()) > 0, 'cytoscape drew on a canvas');
  // The page's test hook (actor-network.tsx): each edge's rendered midpoint in viewport pixels.
  const edges = await page.evaluate(() => {
    type Hook = { edges(): { id: string; x: number; y: number }[] };
    return (window as { sakskartNetwork?: Hook }).sakskartNetwork?.edges() ?? [];
  });
  assert.equal(edges.length, edgeCount(connected.relations), 'parallel relations are merged');
  // The edge standing for the most relations (parallel ones merged, its label listing their items).
  const relations = connected.relations as RelationShown[];
  const sameEdge = (a: RelationShown, b: RelationShown) =>
    a.subject === b.subject && a.predicate === b.predicate && a.object === b.object;
  const merged = (id: string) => {
    const first = relations.find((relation) => relation.id === id);
    return first ? relations.filter((relation) => sameEdge(relation, first)) : [];
  };
  const edge = [...edges].sort((a, b) => merged(b.id).length - merged(a.id).length)[0];
  assert.ok(edge, 'the canvas has an edge');
  await page.mouse.click(edge.x, edge.y);
  const evidence = page.getByRole('region', { name: 'Belegg' });
  await evidence.waitFor();
  assert.equal(
    await page.locator(`ul.relations button[data-relation="${edge.id}"]`).getAttribute('aria-pressed'),
    'true',
    'the clicked edge is the one whose evidence is shown',
  );
  assert.ok(((await evidence.locator('blockquote').first().textContent()) ?? '').trim().length > 0);
  const relation = relations.find((shown) => shown.id === edge.id);
  assert.ok(relation);
  const items = new Set(merged(edge.id).map((shown) => shown.item ?? ''));
  assert.equal(
    await evidence.locator('.evidence-item').count(),
    items.size,
    'the evidence is grouped by item, one group per item of the merged edge',
  );
  assert.match(
    (await evidence.locator('h3').textContent()) ?? '',
    new RegExp(`→ ${dictionary('nb').predicates[relation.predicate as Predicate]} →`),
    'the predicate is in Norwegian',
  );
  await page.getByText('usikker eller anslått').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'story-network.png'), fullPage: true });
  // cytoscape's one injected <style> is allowed by its hash; it needs neither eval nor inline script.
  assert.deepEqual(refused, [], 'the console has no Content-Security-Policy refusal');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, 'story-network-phone.png'), fullPage: true });
  const actor = evidence.locator('h3 a').first();
  const actorName = (await actor.textContent()) ?? '';
  await actor.click();
  await page.locator('article.entity h1', { hasText: actorName }).waitFor();
  const typeWords = Object.values(dictionary('nb').entityTypes);
  const entityMeta = (await page.locator('article.entity .meta').first().textContent()) ?? '';
  assert.ok(
    typeWords.some((word) => entityMeta.startsWith(word)),
    `the entity type is in Norwegian: ${entityMeta}`,
  );
  const links = await page.locator('article.entity a').allTextContents();
  assert.ok(links.length > 0);
  for (const text of links)
    assert.doesNotMatch(
      text,
      /^(g\d+|[0-9a-f]{6,40})$/,
      'entities and articles are linked by name and title',
    );
  await page.screenshot({ path: join(SCREENSHOTS, 'entity.png'), fullPage: true });
  await page.close();
});

test('every edge of the network is a button in a list too, so the evidence opens from the keyboard', async () => {
  const connected = await storyWhere((story) => story.relations.length > 0, 'a relation');
  const page = await openPage(`/#/s/${connected.id}`);
  const buttons = page.locator('ul.relations button');
  await buttons.first().waitFor();
  assert.equal(await buttons.count(), edgeCount(connected.relations));
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Belegg' }).waitFor();
  assert.equal(await buttons.first().getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('the graph library is its own chunk: the feed does not load it, a story page with a network does', async () => {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}/`);
  await page.locator('.story-card .short-version').first().waitFor();
  assert.ok(scripts.length > 0);
  assert.deepEqual(
    scripts.filter((path) => /cytoscape/.test(path)),
    [],
    `the feed loaded only ${scripts.join(', ')}`,
  );
  const connected = await storyWhere((story) => story.relations.length > 0, 'a relation');
  await page.goto(`${server.url}/#/s/${connected.id}`);
  await page.locator('.network-canvas[data-state="ready"]').waitFor();
  assert.ok(scripts.some((path) => /cytoscape/.test(path)));
  await page.close();
});
