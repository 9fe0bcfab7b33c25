// JSON Lines dumps (`{url,title,text|html,published,language}` per line) -> one record per line.
import { htmlToText } from './html-to-text.ts';
import { toLanguageCode } from './map-language.ts';
import { toIsoDate } from './parse-date.ts';

export interface JsonRecord {
  url: string | null;
  title: string | null;
  text: string;
  published: string | null;
  language: string | null;
  byline: string | null;
}

/** One result per non-blank line (or per array element of a plain JSON file); `line` is 1-based. */
export type JsonRecordResult =
  { line: number; ok: true; record: JsonRecord } | { line: number; ok: false; error: string };

/** Records of a dump. A single JSON array or object (a `.json` file, maybe pretty-printed) also works. */
export function readJsonl(text: string): JsonRecordResult[] {
  const whole = parseWhole(text);
  if (whole) return whole.map((value, i) => toResult(value, i + 1));
  const results: JsonRecordResult[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      results.push({
        line: i + 1,
        ok: false,
        error: `line ${i + 1}: invalid JSON (${(error as Error).message})`,
      });
      return;
    }
    results.push(toResult(value, i + 1));
  });
  return results;
}

function parseWhole(text: string): unknown[] | null {
  const trimmed = text.trim();
  // Only when the text is not already a sequence of one-line objects.
  if (!trimmed.startsWith('[') && !(trimmed.startsWith('{') && trimmed.includes('\n{') === false))
    return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? value : [value];
  } catch {
    return null;
  }
}

function toResult(value: unknown, line: number): JsonRecordResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { line, ok: false, error: `line ${line}: expected a JSON object with text or html` };
  }
  const record = value as Record<string, unknown>;
  const plain = firstString(record, ['text', 'body', 'content']);
  const html = firstString(record, ['html']);
  const text = normaliseText(plain) ?? (html ? htmlToText(html) : '');
  if (text === '')
    return { line, ok: false, error: `line ${line}: no text (neither "text" nor "html" has content)` };
  return {
    line,
    ok: true,
    record: {
      url: firstString(record, ['url', 'link']),
      title: firstString(record, ['title', 'headline']),
      text,
      published: toIsoDate(record['published'] ?? record['date'] ?? record['datePublished']),
      language: toLanguageCode(record['language'] ?? record['lang']),
      byline: firstString(record, ['byline', 'author']),
    },
  };
}

function normaliseText(text: string | null): string | null {
  // Line ends as written; only outer whitespace goes (the article pipeline owns everything else).
  const trimmed = text?.replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : null;
}

function firstString(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}
