// Two names side by side that the recogniser read as one (`hjelper Nord-Korea Russland med ...`).
import { NAME_CONNECTORS } from '../../languages/name-joins.ts';
import { hasLegalForm } from './legal-form.ts';
import { genitiveBase, nameKey, type NameSpan } from './link-mentions.ts';

const TYPES_THAT_JOIN = new Set(['GPE', 'ORG', 'LOC']);

/**
 * Splits a multi-word place or organisation mention into its words when each word is, on its own, a name the
 * article mentions elsewhere (`Nord-Korea Russland` where both `Nord-Korea` and `Russland` occur alone). A word
 * that never stands alone keeps the name whole (`Sør Korea`, `New York`, `Wagner Gruppen`).
 */
export function splitJoinedNames(names: NameSpan[]): NameSpan[] {
  const single = new Set<string>();
  for (const n of names)
    if (!/\s/.test(n.text)) {
      single.add(nameKey(n.base ?? n.text));
      single.add(nameKey(n.text));
    }
  return names.flatMap((n) => {
    if (!TYPES_THAT_JOIN.has(n.type) || !/\s/.test(n.text)) return [n];
    const parts: NameSpan[] = [];
    for (const m of n.text.matchAll(/\S+/gu)) {
      const word = m[0];
      const base = genitiveBase(word);
      const part: NameSpan = {
        start: n.start + m.index,
        end: n.start + m.index + word.length,
        text: word,
        type: n.type,
      };
      parts.push(base && single.has(nameKey(base)) && !single.has(nameKey(word)) ? { ...part, base } : part);
    }
    const known = parts.every((p) => single.has(nameKey(p.base ?? p.text)));
    if (known && parts.length > 1) return parts;
    // `betalte ifølge Økokrim Hadeland Masseforvaltning`: a name that stands alone elsewhere, then the start of
    // another name the article writes in full (`Hadeland Masseforvaltning AS`).
    const [first] = parts;
    if (!first || parts.length < 3 || !single.has(nameKey(first.base ?? first.text))) return [n];
    const restStart = parts[1]!.start;
    const rest = n.text.slice(restStart - n.start);
    const written = names.some((m) => m !== n && m.start !== n.start && m.text.startsWith(`${rest} `));
    return written ? [first, { start: restStart, end: n.end, text: rest, type: n.type }] : [n];
  });
}

/** Name particles of foreign surnames and companies (`van der`, `von`, `de la`), between two parts of a name. */
const PARTICLES = /^ (?:(?:van|von|der|den|de|del|des|di|da|do|dos|du|la|le|ter|ten|af|zu)\s)+$/u;

/**
 * Joins an organisation split at a connecting word (`International Institute` + `for` + `Strategic Studies`): two
 * names of which the first is an organisation, with only `for`, `of`, `on`, `and` or `&` between them. (The Bokmål
 * recogniser already joins these, `languages/name-joins.ts`; this serves every pack, and the other joins below need
 * the whole article.)
 */
export function joinConnectedNames(
  names: NameSpan[],
  body: string,
  companySuffixes: readonly string[] = [],
): NameSpan[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const isCompany = (n: NameSpan) => hasLegalForm(n.text, companySuffixes);
  const out: NameSpan[] = [];
  for (const n of sorted) {
    const before = out[out.length - 1];
    const between = before ? body.slice(before.end, n.start) : '';
    // `Bodø/Glimt`: two names written with a slash between them are one club or company.
    const slashed = between === '/' && before?.type !== 'PER' && n.type !== 'PER';
    // `New York` + `Post`: a place and a single word right after it that is no name elsewhere is a newspaper's or a
    // company's name (`Nord-Korea Russland`, both names alone, stays two).
    const titled =
      between === ' ' &&
      (before?.type === 'GPE' || before?.type === 'LOC') &&
      n.type !== 'PER' &&
      n.type !== 'GPE' &&
      !/\s/u.test(n.text) &&
      sorted.filter((m) => nameKey(m.text) === nameKey(n.text)).length === 1;
    // `Pieter van der Meulen`, `Van der Meulen Offshore BV`: lower-case name particles between two names.
    const particles =
      before !== undefined &&
      PARTICLES.test(between) &&
      ((before.type === n.type && before.type !== 'GPE') || isCompany(n));
    // `Østlandet Frukt og Grønt AS`: a company's name with `og` in it, when the text never writes its first part
    // without the rest (`Equinor og Aker BP ASA`, with `Equinor` alone elsewhere, are two).
    // `Polaris` + `Line Ltd`: a name split right before the words that end in a legal form is one company.
    const company =
      before !== undefined &&
      /^ (?:(?:og|&) )?$/u.test(between) &&
      isCompany(n) &&
      before.type !== 'PER' &&
      body.split(before.text).length - 1 ===
        body.split(`${before.text}${between}${n.text.split(' ')[0]}`).length - 1;
    // `Norges Jeger- og Fiskerforbund`: a name ending in a suspended compound goes on after `og` or `eller`.
    const suspended =
      before !== undefined &&
      before.text.endsWith('-') &&
      /^ (?:og|eller) $/u.test(between) &&
      n.type !== 'PER';
    if (
      before &&
      (slashed ||
        titled ||
        suspended ||
        particles ||
        company ||
        (before.type === 'ORG' &&
          n.type !== 'PER' &&
          /^ \S+ $/u.test(between) &&
          NAME_CONNECTORS.has(between.trim())))
    ) {
      out[out.length - 1] = {
        start: before.start,
        end: n.end,
        text: body.slice(before.start, n.end),
        type: particles && !isCompany(n) ? n.type : 'ORG',
      };
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * `slo Molde 2–0`: a result's first figure read into the name before it. A name loses a last word that is a number
 * when a dash and another number follow it.
 */
export function trimScores(names: NameSpan[], body: string): NameSpan[] {
  return names.map((n) => {
    const m = /^(.*\S)\s+\d+$/u.exec(n.text);
    if (!m?.[1] || !/^\s*[–-]\s*\d/u.test(body.slice(n.end, n.end + 4))) return n;
    return { ...n, end: n.start + m[1].length, text: m[1] };
  });
}
