// Finds who holds a number: the speaker of the quote it sits in (`..., ifølge politiet`, `– Vi mistet 40 hus, sier ordføreren`).
import type { Quote } from '../../contract/schema.ts';
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';

export interface Holder {
  name: string;
  /** The quote's cue: `ifølge`, `sier`, ... */
  cue: string | null;
}

/** The innermost quote covering [start, end) names the holder: its speaker's name, else the description of the source. */
export function findHolder(quotes: readonly Quote[], start: number, end: number): Holder | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.start > start || q.end < end) continue;
    if (!q.speakerName && !q.speakerRole) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  if (!best) return null;
  return { name: (best.speakerName ?? best.speakerRole)!, cue: best.cue };
}

const MAX_HOLDER_WORDS = 8;

/** The pack's holder words, or none: then every description is kept as written. */
type HolderWords = NonNullable<SpeechLexicon['holderWords']>;
const NO_WORDS: HolderWords = { links: new Set(), pronouns: new Set(), isDefiniteNoun: () => false };

/**
 * A holder is a name or a short noun phrase. A description that ran on into its clause (`dommen brukte mannen
 * pengene ...`, `Han viser til at ...`) is cut where a lower-case word follows a definite noun or a pronoun without
 * a linking preposition (names keep their lower-case words: `Vest politidistrikt`); a bare pronoun names no one.
 */
export function trimHolder(name: string, speech: SpeechLexicon): string | null {
  const { links, pronouns, isDefiniteNoun } = speech.holderWords ?? NO_WORDS;
  const words = name.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    const last = kept[kept.length - 1];
    const lower = word.toLowerCase();
    const closed =
      last !== undefined &&
      !links.has(last.toLowerCase()) &&
      (isDefiniteNoun(last.toLowerCase()) || pronouns.has(last.toLowerCase())) &&
      /^\p{Ll}/u.test(word) &&
      !links.has(lower);
    if (closed || kept.length === MAX_HOLDER_WORDS) break;
    kept.push(word);
  }
  while (kept.length > 1 && links.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  // `Nettselskapet BKK`, `Avisen VG`: a definite noun before a name describes it; the name is the holder.
  if (kept.length > 1 && isDefiniteNoun(kept[0]!.toLowerCase()) && /^\p{Lu}/u.test(kept[1]!)) kept.shift();
  const trimmed = kept.join(' ');
  return pronouns.has(trimmed.toLowerCase()) || !trimmed ? null : trimmed;
}

/** `rapporten` → `rapport`, `dommen` → `dom`, `studien` → `studie`, `kommunen` → `kommune`: the forms to look for. */
function stemsOf(definite: string): string[] {
  const out = new Set<string>();
  const m = /^(.+?)(ene|en|et|a)$/u.exec(definite);
  if (m) {
    out.add(m[1]!);
    if (/(\p{L})\1$/u.test(m[1]!)) out.add(m[1]!.slice(0, -1)); // dommen → dom
  }
  if (/e[nt]$/.test(definite)) out.add(definite.slice(0, -1)); // studien → studie
  return [...out].filter((s) => s.length >= 3);
}

interface NameRef {
  start: number;
  end: number;
  text: string;
}

/**
 * The holder as the article names it. A definite noun that stands for a body or its document (`retten`,
 * `tingretten`, `kommunen`, `rapporten`, `dommen`) becomes the name given earlier: a name whose last word is that
 * noun (`Buskerud tingrett`, `Tromsø kommune`), the name after `rapport fra`, or a name just before `dom`
 * (`Buskerud tingrett avsa dom`). Otherwise the holder stays as written, trimmed to a short phrase.
 */
export function resolveHolder(
  name: string,
  body: string,
  names: readonly NameRef[],
  at: number,
  speech: SpeechLexicon,
): string | null {
  const { isDefiniteNoun } = speech.holderWords ?? NO_WORDS;
  const trimmed = trimHolder(name, speech);
  if (!trimmed || names.length === 0 || names.some((n) => n.text === trimmed)) return trimmed;
  const words = trimmed.split(' ');
  const head = words[0]!.toLowerCase();
  if (!isDefiniteNoun(head) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return trimmed;
  const stems = stemsOf(head);
  const ordered = [...names.filter((n) => n.start < at).reverse(), ...names.filter((n) => n.start >= at)];
  // `Buskerud tingrett` for `retten`, `Utenriksdepartementet` for `departementet`; not `Russland` for `landet`.
  // A compound names the same kind: `sentralbanken` for `Norges Bank`, `politiet` for `Vest politidistrikt`.
  const headOf = (n: NameRef) => {
    const last = n.text.split(/\s+/).pop()!;
    const lower = last.toLowerCase();
    return /^\p{Ll}/u.test(last)
      ? stems.some((s) => lower.endsWith(s) || (s.length >= 5 && lower.startsWith(s)))
      : lower.endsWith(head) ||
          (n.text.includes(' ') && lower.length >= 4 && stems.some((s) => s.endsWith(lower)));
  };
  // `ga selskapet Nordkyn Vind AS konsesjon` ... `ifølge selskapet`: the text introduced the name with this noun.
  const introduced = (n: NameRef) =>
    body.slice(Math.max(0, n.start - head.length - 1), n.start).toLowerCase() === `${head} `;
  const byHead = ordered.find((n) => headOf(n) || introduced(n));
  if (byHead) return byHead.text;
  // The shortest stem of a document noun (`dom` of `dommen`, `studi` of `studien`), for `dom fra` and `avsa dom`.
  const document = speech.documentNouns?.has(head)
    ? [...stems].sort((a, b) => a.length - b.length)[0]
    : undefined;
  if (!document) return trimmed;
  for (const n of ordered) {
    // `en ny rapport fra Folkehelseinstituttet`: the name right after `<document> fra/av`.
    const before = body.slice(Math.max(0, n.start - 40), n.start).toLowerCase();
    if (new RegExp(`(?<![\\p{L}])${document}\\p{Ll}{0,4}\\s+(?:fra|av)\\s+$`, 'u').test(before))
      return n.text;
    // `Buskerud tingrett avsa torsdag dom`: the name a few words before the document.
    const after = body.slice(n.end, n.end + 50).toLowerCase();
    if (new RegExp(`^(?:\\s+\\p{Ll}+){0,3}\\s+${document}\\p{Ll}?(?![\\p{L}])`, 'u').test(after))
      return n.text;
  }
  return trimmed;
}
