// Gives a claim its `about`: the clause around the number, cut to a short phrase.
import type { TextSpan } from '../quotes/types.ts';

const BEFORE =
  /(?:[,;:]\s|\s[–—]\s|\s(?:og|mens|men|fordi|at)\s)(?![\s\S]*(?:[,;:]\s|\s[–—]\s|\s(?:og|mens|men|fordi|at)\s))/u;
const AFTER = /[,;:]\s|\s[–—]\s|\s(?:og|mens|men|fordi|som)\s|[.!?]+(?:\s|$)/u;
const MAX_WORDS = 14;

/** Where the clause holding offset `start` begins: after the last comma, dash or conjunction before it. */
export function clauseStart(body: string, sentence: TextSpan, start: number): number {
  const cut = BEFORE.exec(body.slice(sentence.start, start));
  return cut ? sentence.start + cut.index + cut[0].length : sentence.start;
}

/** The clause of `sentence` holding [start, end), at most 14 words, without end punctuation. */
export function describeAbout(body: string, sentence: TextSpan, start: number, end: number): string {
  const head = body.slice(sentence.start, start);
  const cutBefore = BEFORE.exec(head);
  const from = cutBefore ? sentence.start + cutBefore.index + cutBefore[0].length : sentence.start;
  const tail = body.slice(end, sentence.end);
  const cutAfter = AFTER.exec(tail);
  const to = cutAfter ? end + cutAfter.index : sentence.end;
  const before = body.slice(from, start).split(/\s+/).filter(Boolean);
  const after = body.slice(end, to).split(/\s+/).filter(Boolean);
  const core = body.slice(start, end);
  const room = Math.max(0, MAX_WORDS - core.split(/\s+/).length);
  const keepBefore = before.slice(Math.max(0, before.length - Math.ceil(room / 2)));
  const keepAfter = after.slice(0, room - keepBefore.length);
  return [...keepBefore, core, ...keepAfter]
    .join(' ')
    .replace(/[\s,.;:!?»"”]+$/u, '')
    .replace(/^[«"“–—\s]+/u, '');
}
