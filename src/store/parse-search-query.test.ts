// Specification of the search syntax: words, "phrases", -exclusions, and any other text read as plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSearchQuery } from './parse-search-query.ts';

const cases: [string, string, string[][], string[][]][] = [
  ['plain words are all required, lower-cased', 'Soldatene Russland', [['soldatene'], ['russland']], []],
  ['a quoted phrase stays together', '"nye brua" Førde', [['nye', 'brua'], ['førde']], []],
  ['a minus excludes a word', 'torsk -fiskesuppe', [['torsk']], [['fiskesuppe']]],
  ['a minus before quotes excludes a phrase', 'torsk -"godt brød"', [['torsk']], [['godt', 'brød']]],
  ['a hyphenated name is a phrase', 'Kim Jong-un', [['kim'], ['jong', 'un']], []],
  ['a hyphen inside a word is not an exclusion', 'covid-19', [['covid', '19']], []],
  ['a lone quote is only a separator', '"', [], []],
  ['an unclosed quote leaves its words', '"nye brua', [['nye'], ['brua']], []],
  ['operators and brackets are plain words or nothing', 'AND ( NOT', [['and'], ['not']], []],
  ['a lone minus is nothing', '- -', [], []],
  ['repeated words count once', 'brua brua Brua', [['brua']], []],
  ['column syntax is no column filter', 'title:strøm', [['title', 'strøm']], []],
];

for (const [behaviour, text, include, exclude] of cases) {
  test(`query syntax: ${behaviour} (${JSON.stringify(text)})`, () => {
    const parsed = parseSearchQuery(text);
    assert.deepEqual(
      parsed.include.map((term) => term.words),
      include,
    );
    assert.deepEqual(
      parsed.exclude.map((term) => term.words),
      exclude,
    );
  });
}
