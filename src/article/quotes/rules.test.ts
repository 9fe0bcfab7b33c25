// Specification that every quote rule is documented: an id, an example, and a row in the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { QUOTE_RULES } from './rules.ts';

test('every quote rule has an example and is listed in the README', () => {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  for (const rule of QUOTE_RULES) {
    assert.ok(rule.example.length > 0, rule.id);
    assert.ok(readme.includes(`\`${rule.id}\``), `${rule.id} in README.md`);
  }
});
