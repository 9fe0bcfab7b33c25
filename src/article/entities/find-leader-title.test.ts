import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nb } from '../../languages/nb/index.ts';
import { namesForTitle } from './find-leader-title.ts';

const titles = new Set(nb.relations!.leaderRoles);
const names = (title: string, date: string) => namesForTitle(title, date, titles, nb.countries!);

test('a title as a compound or with a genitive names who held it at the date', () => {
  assert.ok(names('Nato-sjefen', '2024-06-18').includes('Jens Stoltenberg'));
  assert.ok(names('Natos generalsekretær', '2025-03').includes('Mark Rutte'));
  assert.ok(names('Russlands president', '2024-06').includes('Vladimir Putin'));
  assert.ok(names('Ukrainas president', '2018').includes('Petro Porosjenko'));
});

test('a word that is not a leader’s title, or a party nobody is listed for, names nobody', () => {
  assert.deepEqual(names('Nato-møtet', '2024-06-18'), []);
  assert.deepEqual(names('Equinor-sjefen', '2024-06-18'), []);
  assert.deepEqual(names('Islands president', '2024-06-18'), []);
});
