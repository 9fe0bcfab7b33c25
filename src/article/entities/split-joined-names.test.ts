import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../contract/index.ts';
import type { NameSpan } from './link-mentions.ts';
import { splitJoinedNames } from './split-joined-names.ts';

const span = (text: string, body: string, type: EntityType = 'GPE'): NameSpan => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text, type };
};

test('two places read as one name split when each stands alone elsewhere in the article', () => {
  const body = 'Polen og Ukraina samarbeider. Slik hjelper Polen Ukraina med våpen.';
  const joined = { ...span('Polen Ukraina', body) };
  const split = splitJoinedNames([span('Polen', body), span('Ukraina', body), joined]);
  assert.deepEqual(
    split.slice(2).map((n) => [n.text, body.slice(n.start, n.end)]),
    [
      ['Polen', 'Polen'],
      ['Ukraina', 'Ukraina'],
    ],
  );
});

test('a name whose words never stand alone stays whole', () => {
  const body = 'Sør Korea og Korea. Reisen gikk til New York.';
  const names = [span('Sør Korea', body), span('Korea', body), span('New York', body, 'LOC')];
  assert.deepEqual(
    splitJoinedNames(names).map((n) => n.text),
    ['Sør Korea', 'Korea', 'New York'],
  );
});

test('people are never split, even when both words occur alone', () => {
  const body = 'Kim Jong-un kom. Kim smilte, og Jong-un vinket.';
  const names = [span('Kim Jong-un', body, 'PER'), span('Kim', body, 'PER')];
  assert.equal(splitJoinedNames(names).length, 2);
});
