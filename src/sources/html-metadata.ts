// Metadata an HTML page declares about its article: title, date, language, byline, canonical URL.
import { toIsoDate } from './parse-date.ts';
import { toLanguageCode } from './map-language.ts';

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  language: string | null;
  byline: string | null;
  url: string | null;
  siteName: string | null;
}

/** The parts of a DOM document read here (linkedom's Document satisfies it). */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  documentElement: MetaElement | null;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[property="og:published_time"]',
];

/** Read the metadata before Readability runs: Readability mutates the document. */
export function extractHtmlMetadata(document: MetaDocument): HtmlMetadata {
  const jsonLd = readJsonLd(document);
  const meta = (selector: string): string | null =>
    clean(document.querySelector(selector)?.getAttribute('content'));
  const siteName = meta('meta[property="og:site_name"]') ?? jsonLdString(jsonLd, 'publisher', 'name');
  const headTitle = clean(document.querySelector('title')?.textContent);
  const declaredTitle =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    jsonLdString(jsonLd, 'headline') ??
    meta('meta[itemprop="headline"]');
  const title = declaredTitle
    ? stripSiteSuffix(declaredTitle, siteName, false)
    : headTitle
      ? stripSiteSuffix(headTitle, siteName, true)
      : null;

  let published: string | null = null;
  for (const selector of PUBLISHED_META) {
    published = toIsoDate(meta(selector));
    if (published) break;
  }
  published ??= toIsoDate(jsonLdString(jsonLd, 'datePublished'));
  if (!published) {
    const time = document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
    published = toIsoDate(time?.getAttribute('datetime') ?? null);
  }

  const language = toLanguageCode(
    document.documentElement?.getAttribute('lang') ??
      document.documentElement?.getAttribute('xml:lang') ??
      meta('meta[http-equiv="content-language"]') ??
      meta('meta[property="og:locale"]'),
  );
  const authorMeta = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const byline =
    (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ??
    jsonLdString(jsonLd, 'author', 'name');
  const url =
    clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    meta('meta[property="og:url"]');
  return { title, published, language, byline, url, siteName };
}

/**
 * Drop a trailing " - Site" from a title. A <title> loses a short last segment even when the site name is
 * unknown; a declared og:title only loses a suffix that is the site name.
 */
export function stripSiteSuffix(title: string, siteName: string | null, loose: boolean): string {
  const m = /^(.+?)\s+[-|–—·]\s+([^-|–—·]+)$/.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const suffix = m[2].trim();
  const isSite = siteName !== null && suffix.toLowerCase() === siteName.toLowerCase();
  const isShort = suffix.split(/\s+/).length <= 3 && m[1].length > suffix.length;
  return isSite || (loose && isShort) ? m[1].trim() : title;
}

type JsonObject = Record<string, unknown>;

function readJsonLd(document: MetaDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as JsonObject;
      objects.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // broken JSON-LD is common and never fatal
    }
  }
  // Article-like objects first, so a page-level WebPage name does not win over the article headline.
  const isArticle = (o: JsonObject): boolean => /Article|Posting|Report/.test(String(o['@type'] ?? ''));
  return [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
}

/** First string found at `key` (or `key.inner`, also inside arrays) across the JSON-LD objects. */
function jsonLdString(objects: JsonObject[], key: string, inner?: string): string | null {
  for (const object of objects) {
    const values: unknown[] = ([] as unknown[]).concat(object[key] ?? []);
    for (const value of values) {
      const found = inner && value && typeof value === 'object' ? (value as JsonObject)[inner] : value;
      if (typeof found === 'string' && found.trim() !== '') return found.trim();
    }
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
