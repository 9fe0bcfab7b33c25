// An HTML page -> its main text (Readability over linkedom) and the metadata the page declares.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtmlMetadata, type HtmlMetadata, type MetaDocument } from './html-metadata.ts';
import { nodeToText } from './html-to-text.ts';

export interface HtmlArticle extends HtmlMetadata {
  text: string;
}

export type HtmlResult = { ok: true; article: HtmlArticle } | { ok: false; error: string };

type WalkNode = Parameters<typeof nodeToText>[0];

/** Main text and metadata of a page; truncated or sloppy HTML still gives whatever text is there. */
export function readHtml(html: string): HtmlResult {
  const { document } = parseHTML(html);
  const metadata = extractHtmlMetadata(document as unknown as MetaDocument);
  prepareForReadability(document as unknown as PruneDocument);
  let text = '';
  let readabilityByline: string | null = null;
  try {
    // Readability strips the document it is given, so the fallback below parses the page afresh.
    // The serializer hands back the content node itself, sparing a serialise-and-reparse round trip.
    const parsed = new Readability<WalkNode>(document as unknown as Document, {
      serializer: (node) => node as unknown as WalkNode,
    }).parse();
    if (parsed?.content) text = nodeToText(parsed.content);
    readabilityByline = parsed?.byline?.trim() || null;
  } catch {
    // Readability can throw on odd DOMs; the body text below is the fallback.
  }
  if (text === '') {
    const { document: fresh } = parseHTML(html);
    const body = fresh.body ?? fresh.documentElement;
    if (body) text = nodeToText(body as unknown as WalkNode);
  }
  if (text === '') return { ok: false, error: 'no article text found in the HTML page' };
  return { ok: true, article: { ...metadata, byline: metadata.byline ?? readabilityByline, text } };
}

interface PruneElement {
  closest(selector: string): PruneElement | null;
  remove(): void;
  replaceWith(node: PruneElement): void;
  appendChild(node: unknown): void;
  firstChild: unknown;
}
interface PruneDocument {
  querySelector(selector: string): PruneElement | null;
  querySelectorAll(selector: string): ArrayLike<PruneElement>;
  createElement(name: string): PruneElement;
}

const CHROME = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/**
 * Drop navigation, sidebars and footers that sit outside the page's <article>: Readability sometimes
 * appends a list of teasers beside the article as if it were more of the story. Inside <article>, an
 * <aside> is usually a fact box, which Readability would delete outright; it becomes a <div> so its text
 * reaches the cleaning stage, which decides (and records) what goes. Pages without <article> are left alone.
 */
function prepareForReadability(document: PruneDocument): void {
  if (!document.querySelector('article')) return;
  for (const element of Array.from(document.querySelectorAll(CHROME))) {
    if (!element.closest('article')) element.remove();
  }
  for (const aside of Array.from(document.querySelectorAll('article aside'))) {
    const div = document.createElement('div');
    while (aside.firstChild) div.appendChild(aside.firstChild);
    aside.replaceWith(div);
  }
}
