// Decide what kind of container an input is: by file extension or Content-Type first, then by its first bytes.

/** Container kinds; `feed` covers RSS 2.0 and Atom. */
export type ContainerFormat = 'text' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, ContainerFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  // Any other XML is read as a feed too, so a sitemap or config file gets a clear "not a feed" error.
  '.xml': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
};

/** Format named by a file extension, or null when the extension says nothing (none, unknown). */
export function formatOfExtension(name: string): ContainerFormat | null {
  const match = /\.[^./\\]+$/.exec(name.toLowerCase());
  return match ? (BY_EXTENSION[match[0]] ?? null) : null;
}

/** Format named by an HTTP Content-Type, or null when it is generic (`text/xml`, `application/octet-stream`). */
export function formatOfContentType(contentType: string | null): ContainerFormat | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom)\+xml$/.test(type)) return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') {
    return 'jsonl';
  }
  if (type === 'text/plain') return 'text';
  return null;
}

/** Format read off the text itself; plain text when nothing else fits. */
export function sniffFormat(text: string): ContainerFormat {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  // Skip an XML declaration, comments and doctype-less processing instructions to reach the root element.
  const root = head.replace(/^(<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*/, '');
  if (/^<(rss|rdf:RDF)[\s>]/i.test(root) || /^<feed[\s>]/i.test(root)) return 'feed';
  if (/^<(!doctype\s+html|html|head|body)[\s>]/i.test(root)) return 'html';
  if ((head.startsWith('{') || head.startsWith('[')) && looksLikeJson(text)) return 'jsonl';
  // An HTML fragment without <html> (saved article bodies) still reads best as HTML.
  if (/^<(article|div|p|main|section|h1)[\s>]/i.test(root)) return 'html';
  return 'text';
}

function looksLikeJson(text: string): boolean {
  if (isJsonObject(text)) return true; // one JSON document (object or array), maybe pretty-printed
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    // a broken first line: still a dump if the second non-empty line parses
    const second = text
      .trimStart()
      .split('\n')
      .slice(1)
      .find((line) => line.trim() !== '');
    return second !== undefined && second.trimStart().startsWith('{') && isJsonObject(second);
  }
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
