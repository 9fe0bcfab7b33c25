// Definite nouns that stand for a party the text named before (`selskapet`, `forbundet`, `kommunen`), resolved
// sentence by sentence, for stages that read parties without the relation rules' positions (events).
import type { RelationLexicon } from '../../languages/relation-lexicon.ts';
import type { MentionAt, SentenceView } from './sentence-view.ts';

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
  const nameKinds = lexicon.nameKinds ?? [];
  const companyNouns = lexicon.companyNouns ?? [];
  const kinds = new Map<string, MentionAt>();
  return views.map((view) => {
    const found: MentionAt[] = [];
    view.sentence.tokens.forEach((token, k) => {
      if (view.mentionOf[k] || view.mentionOf[k + 1] || view.upos[k] === 'PROPN') return;
      const definite = view.upos[k] === 'NOUN' && token.feats.includes('Definite=Def');
      const written = DEFINITE.exec(token.text.toLowerCase())?.[1];
      const party =
        (definite ? kinds.get(view.lemmas[k]!) : undefined) ?? (written ? kinds.get(written) : undefined);
      if (party) found.push({ ...party, first: k, last: k, text: token.text });
    });
    for (const m of view.mentions) {
      if (m.adjective) continue;
      const before = view.sentence.tokens[m.first - 1];
      if (m.type === 'ORG' || m.type === 'GPE')
        for (const kind of nameKindsOf(m.text, nameKinds)) kinds.set(kind, m);
      if (m.type === 'ORG' && companySuffixes.includes(m.text.split(' ').pop() ?? ''))
        for (const noun of companyNouns) kinds.set(noun, m);
      if (before && view.upos[m.first - 1] === 'NOUN' && before.feats.includes('Definite=Def'))
        kinds.set(view.lemmas[m.first - 1]!, m);
    }
    return found;
  });
}
