// Reads and writes the Norwegian model files (tagger: UPOS, FEATS, lemmas; recogniser: NER) in the compact codec.
import { RowModel } from '../../learn/averaged-perceptron.ts';
import { PairModel } from '../../learn/pair-perceptron.ts';
import { SequenceModel } from '../../learn/sequence-perceptron.ts';
import {
  decodeDeltaVarint,
  decodeModelFile,
  encodeDeltaVarint,
  encodeModelFile,
  bytesOf,
  section,
} from '../../learn/model-codec.ts';
import type { UposLexicon } from './upos-tagger.ts';
import { FormClasses } from './full-form-lexicon.ts';
import type { FormClassesHeader } from './full-form-lexicon.ts';
import type { FeatsLexicon, FeatsModels } from './feats-tagger.ts';
import type { LemmaLexicon } from './lemmatizer.ts';
import type { NerLists } from './ner.ts';

export interface TaggerModels {
  upos: UposLexicon;
  first: RowModel;
  second: RowModel;
  feats: FeatsLexicon;
  featsModels: FeatsModels;
  lemma: LemmaLexicon;
  lemmaModel: PairModel;
}

export interface NerModels {
  labels: string[];
  lists: NerLists;
  model: SequenceModel;
}

type RowHeader = { classes: number; bits: number; rows: number };
type PairHeader = { bits: number; count: number; scale: number };

export function encodeTagger(m: TaggerModels): Buffer {
  const first = m.first.toSections('first');
  const second = m.second.toSections('second');
  const feats = Object.entries(m.featsModels).map(
    ([u, model]) => [u, model.toSections(`feats.${u}`)] as const,
  );
  const lemma = m.lemmaModel.toSections('lemma');
  // The dictionary's forms and the analyser's word classes are binary sections of their own, not JSON.
  const { forms, analyses, ...upos } = m.upos;
  const formSections = forms?.toSections();
  const analysisSections = analyses?.toSections('analyses');
  const lexicons = Buffer.from(JSON.stringify({ upos, feats: m.feats, lemma: m.lemma }), 'utf8');
  return encodeModelFile(
    {
      kind: 'nb-tagger',
      version: 1,
      first: first.header,
      second: second.header,
      feats: Object.fromEntries(feats.map(([u, x]) => [u, x.header])),
      lemma: lemma.header,
      ...(formSections ? { forms: formSections.header } : {}),
      ...(analysisSections ? { analyses: analysisSections.header } : {}),
    },
    {
      lexicons: bytesOf(lexicons),
      ...formSections?.sections,
      ...analysisSections?.sections,
      ...first.sections,
      ...second.sections,
      ...Object.assign({}, ...feats.map(([, x]) => x.sections)),
      ...lemma.sections,
    },
  );
}

export function decodeTagger(gz: Uint8Array): TaggerModels {
  const file = decodeModelFile(gz);
  const h = file.header as {
    first: RowHeader;
    second: RowHeader;
    feats: Record<string, RowHeader>;
    lemma: PairHeader;
    forms?: FormClassesHeader;
    analyses?: FormClassesHeader;
  };
  const lex = JSON.parse(Buffer.from(section(file, 'lexicons')).toString('utf8')) as {
    upos: UposLexicon;
    feats: FeatsLexicon;
    lemma: LemmaLexicon;
  };
  if (h.forms)
    lex.upos.forms = FormClasses.fromSections(
      h.forms,
      section(file, 'forms.hashes'),
      section(file, 'forms.ids'),
    );
  if (h.analyses)
    lex.upos.analyses = FormClasses.fromSections(
      h.analyses,
      section(file, 'analyses.hashes'),
      section(file, 'analyses.ids'),
    );
  return {
    upos: lex.upos,
    first: RowModel.fromSections(file, 'first', h.first),
    second: RowModel.fromSections(file, 'second', h.second),
    feats: lex.feats,
    featsModels: Object.fromEntries(
      Object.entries(h.feats).map(([u, header]) => [u, RowModel.fromSections(file, `feats.${u}`, header)]),
    ),
    lemma: lex.lemma,
    lemmaModel: PairModel.fromSections(file, 'lemma', h.lemma),
  };
}

export function encodeNer(m: NerModels): Buffer {
  const emission = m.model.emission.toSections('emission');
  const { cues, ...lists } = m.lists;
  const rest = Buffer.from(JSON.stringify({ labels: m.labels, lists }), 'utf8');
  // Outside-list cues: sorted 32-bit hashes as delta varints, then one byte of cue bits per hash.
  const cueSections = cues ? { cueKeys: encodeDeltaVarint(cues.keys), cueBits: cues.bits } : {};
  return encodeModelFile(
    { kind: 'nb-ner', version: 1, emission: emission.header, cues: cues?.keys.length ?? 0 },
    {
      lists: bytesOf(rest),
      ...cueSections,
      transitions: bytesOf(m.model.transitions),
      allowed: m.model.allowed,
      ...emission.sections,
    },
  );
}

export function decodeNer(gz: Uint8Array): NerModels {
  const file = decodeModelFile(gz);
  const h = file.header as { emission: RowHeader; cues?: number };
  const lists = JSON.parse(Buffer.from(section(file, 'lists')).toString('utf8')) as {
    labels: string[];
    lists: NerLists;
  };
  const t = section(file, 'transitions');
  const transitions = new Float32Array(t.buffer, t.byteOffset, t.byteLength / 4);
  const emission = RowModel.fromSections(file, 'emission', h.emission);
  const cueCount = h.cues ?? 0;
  const cues =
    cueCount > 0
      ? { keys: decodeDeltaVarint(section(file, 'cueKeys'), cueCount), bits: section(file, 'cueBits') }
      : undefined;
  return {
    labels: lists.labels,
    lists: cues ? { ...lists.lists, cues } : lists.lists,
    model: new SequenceModel(emission, transitions, section(file, 'allowed')),
  };
}
