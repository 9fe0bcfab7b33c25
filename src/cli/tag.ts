// `sakskart tag`: tokens, tags, lemmas and entities of raw text, or a tagged copy of a CoNLL-U file (gold tokens).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { miscSet, readConllu, writeConllu } from '../languages/conllu.ts';
// Without trained models the Bokmål tokenizer still shows how the text is split (see the report on LanguagePack).
import { splitSentences as splitBokmal } from '../languages/nb/tokenize/index.ts';
import type { AnalyzedSentence, NlpPipeline } from '../languages/nlp.ts';
import { sentenceEntities } from '../languages/nlp-eval/entity-spans.ts';
import { getLanguagePack, listLanguagePacks } from '../languages/registry.ts';
import { findByteProblem, findTextProblem } from '../sources/check-bytes.ts';
import { describeFsError, readStreamBytes, tooLarge } from '../sources/read-file.ts';
import { DEFAULT_MAX_BYTES } from '../sources/read-options.ts';
import { toReadOptions } from './analyze-inputs.ts';
import type { SetExit } from './main.ts';

interface TagOptions {
  input: string;
  maxBytes?: string;
  output?: string;
  json?: boolean;
  lang: string;
}

const missing = (lang: string): string =>
  `sakskart tag: no trained models for language '${lang}' yet (see npm run train:${lang}); tags are \`_\`\n`;

function loadPipeline(lang: string): NlpPipeline | null {
  const load = getLanguagePack(lang)?.loadNlp;
  return load ? load() : null;
}

export function registerTag(program: Command, setExit: SetExit): void {
  program
    .command('tag')
    .description(
      'print tokens, tags, lemmas and entities of TEXT or FILE, or tag a CoNLL-U file (--input conllu)',
    )
    .argument('[text-or-file]', 'text to analyse, a file holding it, or - (default) for stdin')
    .option('--input <format>', 'text (raw text) or conllu (tag the given tokens, write CoNLL-U)', 'text')
    .option('-o, --output <file>', 'write the result here instead of stdout')
    .option('--json', 'print sentences, tokens and entities as JSON')
    .option('--lang <code>', 'language pack', 'nb')
    .option('--max-bytes <n>', 'refuse input larger than this (default 20 MB)')
    .action(async (arg: string | undefined, options: TagOptions) => {
      const maxBytes = toReadOptions(options).maxBytes ?? DEFAULT_MAX_BYTES;
      if (!getLanguagePack(options.lang)) {
        const codes = listLanguagePacks().map((p) => p.code);
        process.stderr.write(
          `sakskart tag: no language pack for ${options.lang} (packs: ${codes.join(', ')})\n`,
        );
        setExit(2);
        return;
      }
      const nlp = loadPipeline(options.lang);
      if (options.input === 'conllu') {
        if (!arg || arg === '-') {
          process.stderr.write('sakskart tag: --input conllu needs a FILE\n');
          setExit(2);
          return;
        }
        const input = await readInput(arg, true, maxBytes);
        if ('error' in input) return fail(input.error, setExit);
        if (!nlp) {
          process.stderr.write(missing(options.lang));
          setExit(1);
        }
        let tagged: string;
        try {
          tagged = tagConllu(input.text, nlp);
        } catch (error) {
          return fail(`${arg}: ${(error as Error).message}`, setExit);
        }
        emit(tagged, options.output);
        return;
      }
      if (options.input !== 'text') {
        process.stderr.write(`sakskart tag: unknown --input ${options.input} (text or conllu)\n`);
        setExit(2);
        return;
      }
      const input = await readInput(arg, false, maxBytes);
      if ('error' in input) return fail(input.error, setExit);
      const text = input.text;
      if (!nlp) process.stderr.write(missing(options.lang));
      const sentences = nlp ? nlp.analyze(text) : untagged(text);
      emit(
        options.json ? formatJson(text, sentences, nlp !== null) : formatReadable(text, sentences),
        options.output,
      );
    });
}

function fail(message: string, setExit: SetExit): void {
  process.stderr.write(`sakskart tag: ${message}\n`);
  setExit(1);
}

/** An argument that names a file rather than being text: a path with a folder and an extension (`./a.txt`). */
const PATH_LIKE = /^(?:\.{1,2}\/|\/|~\/|[A-Za-z]:\\)\S*$|^\S*[/\\]\S*\.[A-Za-z0-9]{1,8}$/;

/**
 * The text to tag: stdin (no argument or `-`), the file `arg` names, or `arg` itself. Empty, binary, too large or
 * unreadable input, a folder, or a path that does not exist give a reason instead.
 */
export async function readInput(
  arg: string | undefined,
  fileOnly: boolean,
  maxBytes = DEFAULT_MAX_BYTES,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<{ text: string } | { error: string }> {
  const source = arg === undefined || arg === '-' ? 'stdin' : arg;
  let bytes: Uint8Array;
  if (source === 'stdin') {
    // Read in chunks, stopping at the size limit.
    const read = await readStreamBytes(stdin, maxBytes);
    if (!read.ok) return { error: `stdin: ${read.error}` };
    bytes = read.bytes;
  } else {
    let isFile: boolean;
    try {
      const info = statSync(source);
      if (info.isDirectory()) return { error: `${source} is a folder; give one file` };
      if (info.size > maxBytes) return { error: `${source} is ${tooLarge(info.size, maxBytes)}` };
      isFile = info.isFile();
    } catch (error) {
      if (fileOnly || PATH_LIKE.test(source))
        return { error: `cannot read ${source}: ${describeFsError(error)}` };
      isFile = false;
    }
    if (!isFile)
      return findTextProblem(source) ? { error: 'nothing to tag: the text is empty' } : { text: source };
    try {
      bytes = readFileSync(source);
    } catch (error) {
      return { error: `cannot read ${source}: ${describeFsError(error)}` };
    }
  }
  if (bytes.length > maxBytes) return { error: `${source} is ${tooLarge(bytes.length, maxBytes)}` };
  const problem = findByteProblem(bytes);
  if (problem) return { error: `${source}: ${problem}` };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (findTextProblem(text)) return { error: `${source}: nothing to tag (only whitespace)` };
  return { text };
}

function emit(out: string, file: string | undefined): void {
  if (file) writeFileSync(file, out);
  else process.stdout.write(out);
}

/** Replaces UPOS, LEMMA, FEATS and MISC `name=` with predictions; gold syntax is cleared so nothing gold leaks. */
export function tagConllu(source: string, nlp: NlpPipeline | null): string {
  const sentences = readConllu(source);
  for (const s of sentences) {
    const words = s.tokens.map((t) => t.form);
    const analyses = nlp ? nlp.tag(words) : [];
    const labels = nlp ? nlp.recognise(words, analyses) : [];
    s.tokens.forEach((t, i) => {
      const a = analyses[i];
      t.upos = a?.upos ?? '_';
      t.lemma = a?.lemma ?? '_';
      t.feats = a?.feats || '_';
      t.xpos = '_';
      t.head = '_';
      t.deprel = '_';
      t.deps = '_';
      t.misc = miscSet(t.misc, 'name', labels[i] ?? 'O');
    });
  }
  return writeConllu(sentences);
}

function untagged(text: string): AnalyzedSentence[] {
  return splitBokmal(text).map((s) => ({
    start: s.start,
    end: s.end,
    tokens: s.tokens.map((t) => ({ ...t, upos: '_', feats: '_', lemma: '_', ner: 'O' })),
  }));
}

export function formatReadable(text: string, sentences: readonly AnalyzedSentence[]): string {
  const lines: string[] = [];
  sentences.forEach((s, n) => {
    lines.push(`# ${n + 1} [${s.start}-${s.end}] ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    const width = Math.min(24, Math.max(4, ...s.tokens.map((t) => t.text.length)));
    for (const t of s.tokens) {
      const feats = t.feats === '_' ? '' : `  ${t.feats}`;
      const row = `  ${t.text.padEnd(width)}  ${t.upos.padEnd(5)}  ${t.lemma.padEnd(width)}  ${t.ner.padEnd(7)}${feats}`;
      lines.push(row.trimEnd());
    }
    const entities = sentenceEntities(text, s.tokens);
    if (entities.length > 0)
      lines.push(`  entities: ${entities.map((e) => `${e.text} (${e.type})`).join(', ')}`);
    lines.push('');
  });
  return lines.join('\n');
}

export function formatJson(text: string, sentences: readonly AnalyzedSentence[], models: boolean): string {
  const out = {
    models,
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      tokens: s.tokens,
      entities: sentenceEntities(text, s.tokens),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
