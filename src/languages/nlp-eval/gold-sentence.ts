// Gold sentences as the evaluation sees them: text, document, and per-token form, lemma, UPOS and entity label.
import { miscGet, readConllu } from '../conllu.ts';

export interface GoldToken {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  /** BIO label from MISC `name=`, `O` when absent. */
  name: string;
}

export interface GoldSentence {
  id: string;
  /** The `# text` line; empty when the file has none. */
  text: string;
  /** Source document from `# ndt_file` (or `# newdoc id`), null when the file does not say. */
  document: string | null;
  /** The file marks this sentence as opening a paragraph (`# newpar`, as UD files record the original layout). */
  paragraphStart: boolean;
  tokens: GoldToken[];
}

function comment(comments: readonly string[], key: string): string | undefined {
  for (const c of comments) {
    const m = /^([\w ]+?)\s*=\s?(.*)$/.exec(c);
    if (m && m[1] === key) return m[2];
  }
  return undefined;
}

/** Reads CoNLL-U text into gold sentences. */
export function readGoldSentences(conllu: string): GoldSentence[] {
  return readConllu(conllu).map((s) => {
    const id = (comment(s.comments, 'sent_id') ?? '').trim();
    const text = comment(s.comments, 'text') ?? '';
    const document = comment(s.comments, 'ndt_file') ?? comment(s.comments, 'newdoc id') ?? null;
    return {
      id,
      text,
      document: document === null ? null : document.trim(),
      paragraphStart: s.comments.some((c) => /^newpar\b/.test(c)),
      tokens: s.tokens.map((t) => ({
        form: t.form,
        lemma: t.lemma,
        upos: t.upos,
        feats: t.feats,
        name: miscGet(t.misc, 'name') ?? 'O',
      })),
    };
  });
}
