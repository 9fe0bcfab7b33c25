// Definite nouns that stand for a party the text named before (`selskapet`, `forbundet`, `kommunen`), resolved
// sentence by sentence, for stages that read parties without the relation rules' positions (events).
import type { RelationLexicon } from '../../languages/relation-lexicon.ts';
import { hasLegalForm } from '../entities/legal-form.ts';
import type { MentionAt, SentenceView } from './sentence-view.ts';

/** Kind nouns (`rederi`, `forbund`, `selskap`) and the party each last stood for. */
export type Kinds = Map<string, MentionAt>;

/** The definite endings a kind noun takes when it stands for a party (`forbundet`, `kommunen`, `bygda`). */
const DEFINITE = /^(\p{L}+?)(?:et|en|a)$/u;

/**
 * The kind nouns a name's words end in, without a definite ending: `Norges Skiskytterforbund` -> `forbund`,
 * `Datatilsynet` -> `tilsyn`, `Universitetet i Bergen` -> `universitet`.
 */
export function nameKindsOf(name: string, kinds: readonly string[]): string[] {
  const found = new Set<string>();
  for (const word of name.toLowerCase().split(/[\s-]+/u)) {
    const stem = DEFINITE.exec(word)?.[1] ?? word;
    // The longest kind a word ends in: `Vestland fylkeskommune` is a `fylkeskommune`, not a `kommune`.
    const kind = kinds.filter((k) => stem.endsWith(k) || word === k).sort((a, b) => b.length - a.length)[0];
    if (kind) found.add(kind);
  }
  return [...found];
}

/**
 * The party a definite kind noun written at token `k` stands for, read from its letters whatever the tagger made of
 * it: `forbundet` after a name is read as a participle of `forbinde`, `Forbundet` opening a sentence as a verb.
 */
export function kindWritten(view: SentenceView, k: number, kinds: Kinds): MentionAt | undefined {
  const stem = DEFINITE.exec(view.sentence.tokens[k]?.text.toLowerCase() ?? '')?.[1];
  return stem && view.upos[k] !== 'PROPN' ? kinds.get(stem) : undefined;
}

/**
 * Learns the kinds a sentence's names give: the kind noun an organisation's or place's own name ends in
 * (`Norges Skiskytterforbund` -> `forbund`), the company nouns for a name with a legal form (`Mjøsvann Drift AS` ->
 * `selskap`), and a definite kind noun right before a name (`rederiet Vestsund Ferjer`). With `titles`, also a
 * person's title before their name (`ordfører Hildegunn Dyrkorn` -> `ordfører`).
 */
export function learnKinds(
  kinds: Kinds,
  view: SentenceView,
  lexicon: RelationLexicon,
  companySuffixes: readonly string[],
  titles = false,
): void {
  for (const m of view.mentions) {
    if (m.adjective) continue;
    const at = m.first - 1;
    const before = view.sentence.tokens[at];
    if (m.type === 'ORG' || m.type === 'GPE')
      for (const kind of nameKindsOf(m.text, lexicon.nameKinds ?? [])) kinds.set(kind, m);
    if (m.type === 'ORG' && hasLegalForm(m.text, companySuffixes))
      for (const noun of lexicon.companyNouns ?? []) kinds.set(noun, m);
    if (!before || view.upos[at] !== 'NOUN') continue;
    if (before.feats.includes('Definite=Def')) kinds.set(view.lemmas[at]!, m);
    else if (titles && m.type === 'PER' && (at === 0 || /^\p{Ll}/u.test(before.text)))
      kinds.set(view.lemmas[at]!, m);
  }
}

/**
 * Per sentence, the party each definite kind noun stands for: the one the text introduced with that noun
 * (`Rederiet Vestsund Ferjer` ... `rederiet`), the organisation whose own name ends in it (`Norges Skiskytterforbund`
 * ... `forbundet`), or for a company noun the last company named with its legal form (`Hadeland Masse AS` ...
 * `selskapet`). A kind noun right before a name describes that name (`ekstremværet Hans`) and stands for nothing.
 * Without such a party the noun is left alone: the last organisation named (`NRK` in `sier X til NRK`) is too often
 * another one.
 */
export function partyNounMentions(
  views: SentenceView[],
  lexicon: RelationLexicon,
  companySuffixes: readonly string[] = [],
): MentionAt[][] {
  const kinds: Kinds = new Map();
  return views.map((view) => {
    const found: MentionAt[] = [];
    view.sentence.tokens.forEach((token, k) => {
      if (view.mentionOf[k] || view.mentionOf[k + 1] || view.upos[k] === 'PROPN') return;
      const definite = view.upos[k] === 'NOUN' && token.feats.includes('Definite=Def');
      const party = (definite ? kinds.get(view.lemmas[k]!) : undefined) ?? kindWritten(view, k, kinds);
      if (party) found.push({ ...party, first: k, last: k, text: token.text });
    });
    learnKinds(kinds, view, lexicon, companySuffixes);
    return found;
  });
}
