// One analysed sentence seen by the relation rules: lemmas, tags and which tokens belong to which entity.
import type { Entity, EntityType } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';

export interface MentionAt {
  entity: string;
  type: EntityType;
  /** First and last token index of the mention in the sentence. */
  first: number;
  last: number;
  text: string;
  /** A nationality adjective (`nordkoreanske`) standing for its country: it may act, but is never an object. */
  adjective?: boolean;
}

export interface SentenceView {
  sentence: AnalyzedSentence;
  lemmas: string[];
  upos: string[];
  mentions: MentionAt[];
  /** Entity mention covering each token, if any. */
  mentionOf: (MentionAt | undefined)[];
}

const PARTIES = new Set<EntityType>(['PER', 'ORG', 'GPE', 'LOC']);

/**
 * Builds the view of every sentence, placing each entity mention on the tokens it covers, and each nationality
 * adjective or people noun whose country the article names (`nationOf`, `peopleOf` give its entity id) on its token.
 */
export function viewSentences(
  sentences: AnalyzedSentence[],
  entities: Entity[],
  nationOf: (lemma: string) => string | undefined = () => undefined,
  peopleOf: (lemma: string) => string | undefined = () => undefined,
): SentenceView[] {
  const mentions = entities
    .filter((e) => PARTIES.has(e.type))
    .flatMap((e) => e.mentions.map((m) => ({ entity: e.id, type: e.type, ...m })))
    .sort((a, b) => a.start - b.start);
  let cursor = 0;
  return sentences.map((sentence) => {
    const tokens = sentence.tokens;
    const mentionOf: (MentionAt | undefined)[] = new Array(tokens.length).fill(undefined);
    const inSentence: MentionAt[] = [];
    while (cursor < mentions.length && mentions[cursor]!.start < sentence.start) cursor++;
    for (let m = cursor; m < mentions.length && mentions[m]!.start < sentence.end; m++) {
      const mention = mentions[m]!;
      const first = tokens.findIndex((t) => t.end > mention.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
      if (first < 0) continue;
      const at: MentionAt = { entity: mention.entity, type: mention.type, first, last, text: mention.text };
      inSentence.push(at);
      for (let i = first; i <= last; i++) mentionOf[i] = at;
    }
    tokens.forEach((token, i) => {
      if (mentionOf[i] || (token.upos !== 'ADJ' && token.upos !== 'NOUN')) return;
      // `russiske styrker` points to Russia as an adjective; `russerne` stands for it as a party.
      const adjective = token.upos === 'ADJ';
      const entity = (adjective ? nationOf : peopleOf)(token.lemma.toLowerCase());
      if (!entity) return;
      const at: MentionAt = { entity, type: 'GPE', first: i, last: i, text: token.text };
      if (adjective) at.adjective = true;
      inSentence.push(at);
      mentionOf[i] = at;
    });
    inSentence.sort((a, b) => a.first - b.first);
    return {
      sentence,
      lemmas: tokens.map((t) => (t.lemma && t.lemma !== '_' ? t.lemma : t.text).toLowerCase()),
      upos: tokens.map((t) => t.upos),
      mentions: inSentence,
      mentionOf,
    };
  });
}
