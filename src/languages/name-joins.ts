// Names a recogniser splits at a joining word (BIO labels of any pack): `International Institute` + `for` +
// `Strategic Studies` is one organisation, as NorNE writes `Direktoratet for naturforvaltning` as one name.
import type { EntityLabel } from './nlp.ts';

/** Words that join the parts of an organisation's name (Norwegian `for`, and the English names the press keeps). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['for', 'of', 'on', 'and', '&']);

/**
 * An organisation, then one joining word, then a name that is no person's: the three are one organisation. The labels
 * are changed in place and returned.
 */
export function joinAtConnectors(words: readonly string[], labels: EntityLabel[]): EntityLabel[] {
  for (let i = 1; i + 1 < words.length; i++) {
    const before = labels[i - 1] as string;
    const next = labels[i + 1] as string;
    if (labels[i] !== 'O' || !NAME_CONNECTORS.has(words[i] as string)) continue;
    if ((before !== 'B-ORG' && before !== 'I-ORG') || !next.startsWith('B-') || next === 'B-PER') continue;
    labels[i] = 'I-ORG';
    for (let j = i + 1; j < words.length && (j === i + 1 || (labels[j] as string).startsWith('I-')); j++)
      labels[j] = 'I-ORG';
  }
  return labels;
}
