// RSS 2.0 / RSS 1.0 (RDF) / Atom XML -> one entry per item, its richest content converted to plain text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from './html-to-text.ts';
import { toLanguageCode } from './map-language.ts';
import { toIsoDate } from './parse-date.ts';

export interface FeedItem {
  title: string | null;
  text: string;
  published: string | null;
  language: string | null;
  byline: string | null;
  url: string | null;
}

/** One result per item, in feed order; `index` is 1-based. A feed-level failure is one error with index 0. */
export type FeedItemResult =
  { index: number; ok: true; item: FeedItem } | { index: number; ok: false; error: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Atom content/summary stay raw: type="xhtml" content is markup that must not be split into objects.
  stopNodes: ['*.entry.content', '*.entry.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

/** Items of a feed. `base` resolves relative item links when the feed came from a URL. */
export function readFeed(xml: string, base?: string): FeedItemResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [{ index: 0, ok: false, error: `malformed XML feed: ${describeXmlError(valid.err)}` }];
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    return [{ index: 0, ok: false, error: `malformed XML feed: ${(error as Error).message}` }];
  }
  const rss = asNode(doc['rss']);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc['feed']);
  let items: FeedItem[] | null = null;
  if (rss) {
    const channel = asNode(rss['channel']) ?? {};
    items = asNodes(channel['item']).map((item) => readRssItem(item, channel, base));
  } else if (rdf) {
    const channel = asNode(rdf['channel']) ?? {};
    items = asNodes(rdf['item']).map((item) => readRssItem(item, channel, base));
  } else if (atom) {
    items = asNodes(atom['entry']).map((entry) => readAtomEntry(entry, atom, base));
  }
  if (!items) {
    const root = Object.keys(doc).find((key) => !key.startsWith('?')) ?? 'none';
    return [{ index: 0, ok: false, error: `XML root <${root}> is not an RSS or Atom feed` }];
  }
  if (items.length === 0) return [{ index: 0, ok: false, error: 'feed has no items' }];
  return items.map((item, i) =>
    item.text === ''
      ? { index: i + 1, ok: false, error: 'feed item has no text (no content, description or summary)' }
      : { index: i + 1, ok: true, item },
  );
}

/** The validator's message in plain words; unclosed elements mean the file was cut off. */
function describeXmlError(err: { code: string; msg: string; line: number; col: number }): string {
  const unclosed = /^Invalid '\[(.*)\]' found/s.exec(err.msg);
  if (unclosed?.[1] !== undefined) {
    const names = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
    return `it ends before ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} closed (truncated?)`;
  }
  return `${err.msg} (line ${err.line}, column ${err.col})`;
}

function readRssItem(item: Node, channel: Node, base: string | undefined): FeedItem {
  const bodies = [item['content:encoded'], item['content'], item['description'], item['summary']];
  const author = textOf(item['dc:creator']) ?? textOf(item['author']);
  return {
    title: toPlain(textOf(item['title'])),
    text: bodies.map((body) => toPlain(textOf(body)) ?? '').find((text) => text !== '') ?? '',
    published: toIsoDate(textOf(item['pubDate']) ?? textOf(item['dc:date'])),
    language: toLanguageCode(textOf(item['dc:language']) ?? textOf(channel['language'])),
    // RSS <author> is an address, often "kari@avis.no (Kari Nordmann)": keep the name.
    byline: author ? (/\(([^)]+)\)\s*$/.exec(author)?.[1] ?? author) : null,
    url: resolve(textOf(item['link']) ?? permalinkGuid(item['guid']), base),
  };
}

function readAtomEntry(entry: Node, feed: Node, base: string | undefined): FeedItem {
  const links = asNodes(entry['link']);
  const link = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const author = asNodes(entry['author'])[0] ?? asNodes(feed['author'])[0];
  return {
    title: toPlain(textOf(entry['title'])),
    text: [entry['content'], entry['summary']].map(rawAtomText).find((text) => text !== '') ?? '',
    published: toIsoDate(textOf(entry['published']) ?? textOf(entry['updated'])),
    language: toLanguageCode(attribute(entry, 'xml:lang') ?? attribute(feed, 'xml:lang')),
    byline: author ? textOf(author['name']) : null,
    url: resolve(link ? attribute(link, 'href') : null, base),
  };
}

/** Text of a raw (stop-node) Atom content element, whatever its type attribute says. */
function rawAtomText(value: unknown): string {
  const raw = textOf(value);
  if (!raw) return '';
  const type = value && typeof value === 'object' ? attribute(value as Node, 'type') : null;
  if (type === 'xhtml') return htmlToText(raw);
  return toPlain(unescapeXml(raw)) ?? '';
}

/** Item text that may be HTML (escaped or in CDATA) or plain text with blank-line paragraphs. */
function toPlain(value: string | null): string | null {
  if (value === null) return null;
  if (/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i.test(value)) return htmlToText(value);
  const text = value
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
  return text === '' ? null : text;
}

function unescapeXml(raw: string): string {
  // CDATA sections are literal; everything outside them carries XML escapes.
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part
            .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
            .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&'),
    )
    .join('');
}

function permalinkGuid(guid: unknown): string | null {
  const value = textOf(guid);
  const isPermaLink = !(
    guid &&
    typeof guid === 'object' &&
    attribute(guid as Node, 'isPermaLink') === 'false'
  );
  return value && isPermaLink && /^https?:\/\//.test(value) ? value : null;
}

function resolve(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link; // relative link in a local file: keep it as written
  }
}

function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') return textOf((value as Node)['#text']);
  return null;
}

function attribute(node: Node, name: string): string | null {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

function asNode(value: unknown): Node | null {
  if (Array.isArray(value)) return asNode(value[0]);
  return value && typeof value === 'object' ? (value as Node) : null;
}

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An item with only text (no child elements) is still an item: give it a body.
  return list.map((v) => (v && typeof v === 'object' ? (v as Node) : { description: v }));
}
