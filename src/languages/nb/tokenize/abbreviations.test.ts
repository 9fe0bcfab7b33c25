import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canEndSentence, isAbbreviation, parseAbbreviations } from './abbreviations.ts';

test('parseAbbreviations: reads entries with their period, the final flag and skips comments', () => {
  const lexicon = parseAbbreviations('# kommentar\nf.eks.\nosv. final\n\n');
  assert.deepEqual(
    [...lexicon.entries],
    [
      ['f.eks.', false],
      ['osv.', true],
    ],
  );
});

test('parseAbbreviations: refuses an entry without its final period', () => {
  assert.throws(() => parseAbbreviations('bl.a'), /final period/);
});

const lookups: [string, boolean, boolean][] = [
  ['bl.a.', true, false],
  ['Ca.', true, false],
  ['St.', true, false],
  ['osv.', true, true],
  ['mv.', true, true],
  ['Bergen.', false, false],
];

for (const [word, known, final] of lookups) {
  test(`the shipped lexicon: ${word} is ${known ? '' : 'not '}an abbreviation${final ? ' that may end a sentence' : ''}`, () => {
    assert.equal(isAbbreviation(word), known);
    assert.equal(canEndSentence(word), final);
  });
}
