// Bytes of one input (file, stdin or URL body) -> articles: check, decode, pick the format, hand to its reader.
import type { RawArticle, SourceResult } from './raw-article.ts';
import { findByteProblem, findTextProblem } from './check-bytes.ts';
import { charsetOfContentType, decodeText } from './decode-text.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readJsonl } from './read-jsonl.ts';
import { formatOfContentType, formatOfExtension, sniffFormat, type ContainerFormat } from './sniff-format.ts';

export interface Container {
  /** Path, URL or `-`, as the user gave it. */
  source: string;
  bytes: Uint8Array;
  fetchedAt: string | null;
  /** Set (possibly to null) only for fetched URLs: its presence makes the content, not the name, decide. */
  contentType?: string | null;
  /** Final URL when fetched: the article URL of text pages, the base for relative feed links. */
  url?: string | null;
}

/** Every article in the container, or errors that say why there is none (or why one item failed). */
export function readContainer(container: Container): SourceResult[] {
  const { source } = container;
  const byteProblem = findByteProblem(container.bytes);
  if (byteProblem) return [{ kind: 'error', source, error: byteProblem }];
  const decoded = decodeText(container.bytes, charsetOfContentType(container.contentType ?? null));
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const textProblem = findTextProblem(text);
  if (textProblem) return [{ kind: 'error', source, error: textProblem }];
  const format = chooseFormat(container, text);
  const base = {
    fetchedAt: container.fetchedAt,
    url: container.url ?? null,
    title: null,
    published: null,
    language: null,
    byline: null,
  };
  const article = (
    fields: Partial<RawArticle> & Pick<RawArticle, 'source' | 'format' | 'text'>,
  ): SourceResult => ({
    kind: 'article',
    article: { ...base, ...fields },
  });

  switch (format) {
    case 'text':
      return [article({ source, format: 'text', text })];
    case 'html': {
      const result = readHtml(text);
      if (!result.ok) return [{ kind: 'error', source, error: result.error }];
      const { title, published, language, byline, url } = result.article;
      return [
        article({
          source,
          format: 'html',
          text: result.article.text,
          title,
          published,
          language,
          byline,
          url: url ?? base.url,
        }),
      ];
    }
    case 'feed':
      return readFeed(text, container.url ?? undefined).map((item) => {
        if (item.index === 0 && !item.ok) return { kind: 'error', source, error: item.error };
        const itemSource = (item.ok ? item.item.url : null) ?? `${source}#${item.index}`;
        if (!item.ok) return { kind: 'error', source: itemSource, error: item.error };
        return article({ ...item.item, source: itemSource, format: 'feed' });
      });
    case 'jsonl':
      return readJsonl(text).map((line) => {
        if (!line.ok) return { kind: 'error', source: `${source}#${line.line}`, error: line.error };
        const { url, ...fields } = line.record;
        return article({ ...fields, url, source: url ?? `${source}#${line.line}`, format: 'jsonl' });
      });
  }
}

/**
 * Files: the extension decides when it names a format, else the content. URLs: the content decides when it
 * is clearly markup or JSON (servers mislabel feeds as text/html or text/xml), else the Content-Type.
 */
function chooseFormat(container: Container, text: string): ContainerFormat {
  const sniffed = sniffFormat(text);
  if (container.contentType !== undefined) {
    if (sniffed !== 'text') return sniffed;
    return formatOfContentType(container.contentType) ?? 'text';
  }
  const byExtension = formatOfExtension(container.source);
  // An HTML page saved as .xml/.rss (an error page, XHTML) reads better as HTML than as a failed feed.
  if (byExtension === 'feed' && sniffed === 'html') return 'html';
  return byExtension ?? sniffed;
}
