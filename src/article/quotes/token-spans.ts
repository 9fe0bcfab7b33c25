// Token-range helpers shared by the quote techniques: text of a token run, trimming punctuation, spans.
import type { TextModel, Token } from './text-model.ts';
import type { TextSpan } from './types.ts';

export const END_PUNCT = /^[.!?:;»"”]$/;
export const PUNCT = /^[.,:;!?»«"“”()–—-]$/;

export const textOf = (model: TextModel, tokens: readonly Token[]): string | null => {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const s = model.body.slice(first.start, last.end).replace(/^[\s,]+|[\s,]+$/g, '');
  return s || null;
};

export const trimPunct = (tokens: Token[]): Token[] => {
  let a = 0;
  let b = tokens.length;
  while (a < b && PUNCT.test(tokens[a]!.text) && tokens[a]!.text !== '(') a++;
  while (b > a && PUNCT.test(tokens[b - 1]!.text) && tokens[b - 1]!.text !== ')') b--;
  return tokens.slice(a, b);
};

export const spanOf = (tokens: readonly Token[]): TextSpan | null => {
  let a = 0;
  let b = tokens.length;
  while (a < b && /^[,:–—-]$/.test(tokens[a]!.text)) a++;
  while (b > a && (END_PUNCT.test(tokens[b - 1]!.text) || tokens[b - 1]!.text === ',')) b--;
  if (b - a < 2) return null;
  return { start: tokens[a]!.start, end: tokens[b - 1]!.end };
};
