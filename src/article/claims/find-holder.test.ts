// Specification of how a number's holder is taken from the quote around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../contract/schema.ts';
import { findHolder } from './find-holder.ts';

const quote = (
  start: number,
  end: number,
  speakerName: string | null,
  speakerRole: string | null,
  cue: string,
): Quote => ({
  speaker: null,
  speakerName,
  speakerRole,
  text: '',
  kind: 'indirect',
  cue,
  outlet: null,
  start,
  end,
});

test('the innermost quote around the number names its holder, by name or else by description', () => {
  const quotes = [
    quote(0, 100, 'Kari Berg', null, 'sier'),
    quote(10, 40, null, 'vestlig etterretning', 'ifølge'),
  ];
  assert.deepEqual(findHolder(quotes, 50, 60), { name: 'Kari Berg', cue: 'sier' });
  assert.deepEqual(findHolder(quotes, 20, 30), { name: 'vestlig etterretning', cue: 'ifølge' });
  assert.equal(findHolder(quotes, 95, 120), null);
  assert.equal(findHolder([quote(0, 50, null, null, 'sier')], 10, 20), null);
});
