import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cannotEndHeading, isSentenceOpener, parseWordLists, wordList } from './word-lists.ts';

test('parseWordLists: reads [sections] of blank-separated words', () => {
  const lists = parseWordLists('# x\n[openers]\nJeg Vi\nDet\n[not-final]\nvar');
  assert.deepEqual([...(lists.get('openers') ?? [])], ['Jeg', 'Vi', 'Det']);
  assert.deepEqual([...(lists.get('not-final') ?? [])], ['var']);
});

test('the shipped opener lists: function words open sentences, names do not; prepositions end no heading', () => {
  assert.equal(isSentenceOpener('Jeg'), true);
  assert.equal(isSentenceOpener('Regjeringen'), false);
  assert.equal(cannotEndHeading('fra'), true);
  assert.equal(cannotEndHeading('hotellene'), false);
});

test('the shipped word lists: months and the words after a dangling compound hyphen', () => {
  assert.equal(wordList('months').has('juli'), true);
  assert.equal(wordList('hyphen-continuations').has('og'), true);
  assert.equal(wordList('no-such-list').size, 0);
});
