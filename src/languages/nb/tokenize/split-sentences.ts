// The Norwegian sentence splitter: decides after which tokens a sentence ends, given the tokens and the blanks between.
import type { Sentence, Token } from '../../nlp.ts';
import * as abbreviations from './abbreviations.ts';
import * as charClass from './char-class.ts';
import * as wordLists from './word-lists.ts';
import { tokenize } from './tokenize.ts';

// Local bindings: imported functions are called per character, and module getters are not free under tsx.
const { DIGIT, NEWLINE, classAt, isLowerAt, isUpperAt } = charClass;
const { canEndSentence } = abbreviations;
const { cannotEndHeading, isSentenceOpener, wordList } = wordLists;

const TERMINALS = new Set(['.', '?', '!', '...', '…', '?!', '!?', '..']);
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']']);
/** Tokens that may open a sentence although they are not capitalised words. */
const OPENERS = new Set(['«', '"', '“', '-', '–', '—', '(', '[', '*', '„', "'"]);

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (classAt(text, i) === NEWLINE) return true;
  return false;
}

/** Can `token` start a sentence? Capitalised words, numbers, opening quotes and dashes can; lower case cannot. */
function canStart(text: string, token: Token): boolean {
  if (isUpperAt(text, token.start)) return true;
  if (classAt(text, token.start) === DIGIT) return true;
  if (OPENERS.has(token.text)) return true;
  if (token.text === '§' || token.text === '§§') return true;
  return false;
}

/** Index of the token a sentence ending at `t` really ends on: closing quotes and brackets join the sentence. */
function isClosingQuote(text: string, tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const prev = tokens[t - 1];
  if (!token || !prev || !CLOSERS.has(token.text)) return false;
  // A straight quote after a blank opens the next quotation rather than closing this one.
  return prev.end === token.start;
}

/** Does a sentence end after token `t`? `quoted` is true inside «guillemets», where a colon never ends one. */
function endsAfter(text: string, tokens: readonly Token[], t: number, quoted: boolean): boolean {
  const token = tokens[t];
  const next = tokens[t + 1];
  if (!token || !next) return false;
  if (hasLineBreak(text, token.end, next.start)) return true;
  let last = token;
  if (isClosingQuote(text, tokens, t)) {
    let s = t;
    while (s > 0 && isClosingQuote(text, tokens, s)) s--;
    last = tokens[s] ?? token;
    if (!TERMINALS.has(last.text)) return false;
  } else if (CLOSERS.has(next.text) && next.start === token.end && TERMINALS.has(token.text)) {
    // `.»` and `!"`: wait for the closer.
    return false;
  }
  if (TERMINALS.has(last.text)) {
    if (last.text === '...' || last.text === '…' || last.text === '..')
      return isUpperAt(text, next.start) || next.text === '-';
    return canStart(text, next) && !isLowerAt(text, next.start);
  }
  // NorNE (like most news text) ends the sentence at a colon that introduces a quote or a new clause.
  if (last.text === ':') {
    // `Foto: Scanpix`: a credit label's colon introduces a name, not a sentence.
    const label = tokens[t - 1];
    if (quoted || (label && wordList('credit-labels').has(label.text))) return false;
    return canStart(text, next) && !isLowerAt(text, next.start);
  }
  if (last.text.length > 1 && last.text.endsWith('.') && canEndSentence(last.text))
    return isUpperAt(text, next.start);
  return !quoted && isHeadingEnd(text, tokens, t);
}

/**
 * A heading or caption without a final period, run into the next sentence on one line: `Nytt rekordår Det ble ...`,
 * `... nye medlemsland - Har jobbet hardt`. Only a lower-case word or a number can end it, and only a
 * sentence opener (`isSentenceOpener`), possibly after a quote dash, can start the next sentence.
 */
function isHeadingEnd(text: string, tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  let next = tokens[t + 1];
  if (!token || !next) return false;
  const tail = token.end - 1;
  if (!isLowerAt(text, tail) && classAt(text, tail) !== DIGIT) return false;
  if (next.text === '-' || next.text === '–') {
    // A quote dash after a word: the heading or credit before it may end in a name (`Foto: Scanpix - Vi ...`).
    const after = tokens[t + 2];
    if (!after || after.start === next.end || next.start === token.end) return false;
    next = after;
  } else if (!isLowerAt(text, token.start) && classAt(text, token.start) !== DIGIT) return false;
  return isSentenceOpener(next.text) && !cannotEndHeading(token.text);
}

/** Splits raw text into sentences with their tokens; spans are UTF-16 offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let first = 0;
  let quotes = 0;
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]?.text;
    if (word === '«') quotes++;
    else if (word === '»' && quotes > 0) quotes--;
    const ends = t === tokens.length - 1 || endsAfter(text, tokens, t, quotes > 0);
    if (ends) quotes = 0;
    if (ends) {
      const own = tokens.slice(first, t + 1);
      const head = own[0];
      const tail = own[own.length - 1];
      if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: own });
      first = t + 1;
    }
  }
  return sentences;
}
