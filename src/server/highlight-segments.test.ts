// Snippet markers -> {text, highlight} segments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../store/index.ts';
import { toHighlightSegments } from './highlight-segments.ts';

const cases: [string, string, { text: string; highlight: boolean }[]][] = [
  ['plain text is one plain segment', 'Ferja kom fram.', [{ text: 'Ferja kom fram.', highlight: false }]],
  [
    'a marked word is its own segment',
    `Ferja ${S}kom${E} fram.`,
    [
      { text: 'Ferja ', highlight: false },
      { text: 'kom', highlight: true },
      { text: ' fram.', highlight: false },
    ],
  ],
  [
    'a snippet that opens with a match starts highlighted',
    `${S}Ferja${E} kom`,
    [
      { text: 'Ferja', highlight: true },
      { text: ' kom', highlight: false },
    ],
  ],
  ['empty marks vanish', `Ferja ${S}${E}kom`, [{ text: 'Ferja kom', highlight: false }]],
  [
    'an unclosed mark runs to the end',
    `Ferja ${S}kom`,
    [
      { text: 'Ferja ', highlight: false },
      { text: 'kom', highlight: true },
    ],
  ],
  ['an empty snippet has no segments', '', []],
];

for (const [behaviour, snippet, segments] of cases) {
  test(`toHighlightSegments: ${behaviour}`, () => assert.deepEqual(toHighlightSegments(snippet), segments));
}
