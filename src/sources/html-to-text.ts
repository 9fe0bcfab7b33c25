// HTML -> plain text with one paragraph per block element, paragraphs separated by blank lines.
import { parseHTML } from 'linkedom';

// Elements that start and end a paragraph of their own.
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'PRE',
  'ADDRESS',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
  'HR',
  'FORM',
  'FIELDSET',
]);
// Elements whose content is never reader text.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
]);
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The minimal node shape walked here, so both linkedom nodes and tests can supply it. */
interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
}

/** Plain text of an HTML fragment or page. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as WalkNode);
}

/**
 * Plain text of a node. List items get a `• ` mark, as a reader sees them, so a summary box of bullets
 * stays recognisable to the cleaning stage.
 */
export function nodeToText(root: WalkNode): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = line
      .split('\n')
      .map((part) => part.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
      .filter((part) => part !== '')
      .join('\n');
    if (text !== '') paragraphs.push(text);
    line = '';
  };
  const walk = (node: WalkNode): void => {
    if (node.nodeType === TEXT_NODE) {
      // Soft hyphens and zero-width characters are invisible to a reader but split words for every later stage.
      line += (node.textContent ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      line += '\n';
      return;
    }
    const isBlock = BLOCKS.has(name);
    // A bullet mark waiting for its text (`<li><p>...`) stays with it.
    if (isBlock && line.trim() !== '•') flush();
    if (name === 'LI') line += '• ';
    if (name === 'TD' || name === 'TH') line += ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  // A list item that held only the bullet mark is not text.
  return paragraphs.filter((p) => p !== '•').join('\n\n');
}
