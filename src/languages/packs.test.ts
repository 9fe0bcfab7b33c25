// Every registered language pack is complete: it stems, and its cleaning patterns are safe to reuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listLanguagePacks } from './registry.ts';

const stems: Record<string, [string, string]> = {
  nb: ['soldatene', 'soldater'],
  nn: ['soldatane', 'soldatar'],
  da: ['soldaterne', 'soldater'],
  sv: ['soldaterna', 'soldater'],
  en: ['soldiers', 'soldier'],
  de: ['Soldaten', 'Soldat'],
};

test('the registry holds nb, nn, da, sv, en and de', () => {
  assert.deepEqual(
    listLanguagePacks()
      .map((p) => p.code)
      .sort(),
    ['da', 'de', 'en', 'nb', 'nn', 'sv'],
  );
});

for (const pack of listLanguagePacks()) {
  test(`${pack.code}: inflected forms share a stem`, () => {
    const pair = stems[pack.code];
    assert.ok(pair, `no stem example for ${pack.code}`);
    assert.equal(pack.stem(pair[0]), pack.stem(pair[1]));
  });

  test(`${pack.code}: cleaning patterns are not global (RegExp.test must not carry state between lines)`, () => {
    const patterns = Object.values(pack.cleaning).flatMap((v: unknown) =>
      Array.isArray(v) ? v.filter((x) => x instanceof RegExp) : [],
    );
    assert.ok(patterns.length > 10);
    for (const p of patterns as RegExp[]) assert.ok(!p.global && !p.sticky, `${pack.code}: ${p}`);
  });

  test(`${pack.code}: has credit labels and summary headings`, () => {
    assert.ok(pack.cleaning.creditLabels.length > 0);
    assert.ok(pack.cleaning.summaryHeadings.length > 0);
  });
}
