// What a source hands to the article pipeline: text plus whatever metadata the container declared.

export type SourceFormat = 'text' | 'html' | 'feed' | 'jsonl';

export interface RawArticle {
  /** Path or URL it was read from; for feed and JSONL items, the item URL or `container#n`. */
  source: string;
  format: SourceFormat;
  /** Plain text, paragraphs separated by blank lines. For `text` files: the whole file as written. */
  text: string;
  /** Headline declared by the container (HTML/feed/JSONL metadata); null for plain text files. */
  title: string | null;
  /** Publication date/time declared by the container, ISO 8601; null when none was declared. */
  published: string | null;
  /** Language declared by the container (html lang, JSONL field), ISO 639-1 when recognisable. */
  language: string | null;
  byline: string | null;
  /** When the text was fetched or written (file mtime, fetch time, or --now): anchor for "3 hours ago". */
  fetchedAt: string | null;
  url: string | null;
}

export type SourceResult =
  { kind: 'article'; article: RawArticle } | { kind: 'error'; source: string; error: string };
