// NorNE CoNLL-U as training sentences: words, UPOS, FEATS, lemmas, BIO names (GPE_* merged into GPE), document ids.
import { miscGet, readConllu } from '../../conllu.ts';

export interface LabelledSentence {
  words: string[];
  upos: string[];
  feats: string[];
  lemmas: string[];
  /** BIO labels with NorNE types, GPE_LOC/GPE_ORG reported as GPE. */
  ner: string[];
  /** Source document (`# ndt_file`), or the previous one's when absent; '' when the file has none. */
  doc: string;
}

/** Maps a NorNE name label to the reported scheme (`B-GPE_LOC` -> `B-GPE`). */
export function reportedLabel(label: string): string {
  return label.replace(/^([BI])-GPE_(LOC|ORG)$/, '$1-GPE');
}

export function corpusFromConllu(text: string): LabelledSentence[] {
  let doc = '';
  return readConllu(text).map((s) => {
    for (const c of s.comments) {
      const m = /^ndt_file\s*=\s*(\S+)/.exec(c);
      if (m?.[1]) doc = m[1];
    }
    return {
      words: s.tokens.map((t) => t.form),
      upos: s.tokens.map((t) => t.upos),
      feats: s.tokens.map((t) => t.feats),
      lemmas: s.tokens.map((t) => t.lemma),
      ner: s.tokens.map((t) => reportedLabel(miscGet(t.misc, 'name') ?? 'O')),
      doc,
    };
  });
}
