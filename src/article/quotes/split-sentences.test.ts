// Specification of the fallback paragraph and sentence splitter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from './split-sentences.ts';

const texts = (body: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => body.slice(s.start, s.end));

test('paragraphs are separated by line breaks, blank lines dropped', () => {
  const body = 'Første avsnitt.\n\n  Andre avsnitt her.\nTredje.';
  assert.deepEqual(texts(body, splitParagraphs(body)), ['Første avsnitt.', 'Andre avsnitt her.', 'Tredje.']);
});

test('sentences break after end punctuation before a capital, digit, dash or quote mark', () => {
  const cases: Array<[string, string[]]> = [
    ['Hun kom hjem. Han var borte.', ['Hun kom hjem.', 'Han var borte.']],
    ['Prisen var ca. 40 kroner. Det er mye.', ['Prisen var ca. 40 kroner.', 'Det er mye.']],
    ['Møtet var 20. juni i Bergen. Alle kom.', ['Møtet var 20. juni i Bergen.', 'Alle kom.']],
    ['Han bor i Washington D.C. og jobber der.', ['Han bor i Washington D.C. og jobber der.']],
    ['«Vi er klare.» Det sa hun.', ['«Vi er klare.»', 'Det sa hun.']],
    ['Hvorfor? Fordi det regnet! 2000 kom likevel.', ['Hvorfor?', 'Fordi det regnet!', '2000 kom likevel.']],
    ['Det var George W. Bush som kom.', ['Det var George W. Bush som kom.']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(texts(body, splitSentences(body)), expected, body);
});
