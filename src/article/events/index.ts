// The events stage: a trigger word in a sentence, its named participants and place, and its date.
import type { ArticleEvent } from '../../contract/index.ts';
import type { EventLexicon, EventTrigger } from '../../languages/event-lexicon.ts';
import type { TimeExpression } from '../../languages/time.ts';
import type { SentenceView } from '../relations/sentence-view.ts';

export interface FoundEvent extends ArticleEvent {
  rule: string;
}

export interface EventsInput {
  /** The article's sentences with its mentions placed on them (`viewSentences`), shared with the relations stage. */
  views: SentenceView[];
  lexicon: EventLexicon;
  /** Time expressions of the body (resolved against the publication date), in order. */
  times: TimeExpression[];
  body: string;
  /** The article's publication date (its anchor's precision bounds what a weekday can say). */
  published?: string | null;
}

export function extractEvents({ views, lexicon, times, body, published = null }: EventsInput): FoundEvent[] {
  const byLemma = new Map<string, EventTrigger>();
  for (const trigger of lexicon.triggers) for (const lemma of trigger.lemmas) byLemma.set(lemma, trigger);
  const irrealis = new Set(lexicon.irrealis);
  const events: FoundEvent[] = [];
  for (const view of views) {
    if (view.mentions.length === 0) continue;
    if (view.sentence.tokens.some((t) => irrealis.has(t.text.toLowerCase()))) continue;
    const trigger = firstTrigger(view, byLemma);
    if (!trigger) continue;
    const place = findPlace(view, lexicon.placePrepositions);
    const participants = [...new Set(view.mentions.filter((m) => m !== place).map((m) => m.entity))];
    if (participants.length === 0 && !place) continue;
    const { start, end } = view.sentence;
    const time = times.find((t) => t.start >= start && t.end <= end && t.value && t.kind !== 'duration');
    events.push({
      type: trigger.type,
      date: time ? dateOf(time, published) : isPresent(view) ? published : null,
      participants,
      place: place?.entity ?? null,
      text: body.slice(start, end),
      start,
      end,
      rule: trigger.id,
    });
  }
  return events;
}

function firstTrigger(view: SentenceView, byLemma: Map<string, EventTrigger>): EventTrigger | undefined {
  for (let i = 0; i < view.lemmas.length; i++) {
    if (view.mentionOf[i]) continue;
    const upos = view.upos[i];
    if (upos !== 'VERB' && upos !== 'NOUN' && upos !== 'AUX') continue;
    const trigger = byLemma.get(view.lemmas[i]!);
    if (trigger) return trigger;
  }
  return undefined;
}

function findPlace(view: SentenceView, prepositions: string[]) {
  return view.mentions.find(
    (m) => (m.type === 'GPE' || m.type === 'LOC') && prepositions.includes(view.lemmas[m.first - 1] ?? ''),
  );
}

/**
 * A time expression's date, no more precise than the evidence: `tirsdag` in an article dated only `2024` says
 * 2024, not a day guessed from the end of the year. A stated month (`i august`) keeps its month.
 */
export function dateOf(time: TimeExpression, published: string | null): string | null {
  if (!time.value) return null;
  if (!time.anchored) return time.value;
  const anchorLength = published ? published.length : 0;
  const ownLength =
    time.fields.day !== undefined && time.fields.month !== undefined
      ? 10
      : time.fields.month !== undefined
        ? 7
        : 4;
  const keep = Math.max(Math.min(time.value.length, anchorLength), Math.min(time.value.length, ownLength));
  return keep >= 4 ? time.value.slice(0, keep) : null;
}

const MODALS = new Set(['ville', 'skulle', 'kunne', 'måtte', 'burde']);

/**
 * A sentence in the present or present perfect (`har ankommet`, `møtes`) without a date of its own tells what is
 * happening as the article is written: its date is the publication date. A modal makes it a plan, not a fact.
 */
function isPresent(view: SentenceView): boolean {
  const tokens = view.sentence.tokens;
  if (tokens.some((t) => t.upos === 'AUX' && MODALS.has(t.lemma))) return false;
  const finite = tokens.find(
    (t) => (t.upos === 'VERB' || t.upos === 'AUX') && t.feats.includes('VerbForm=Fin'),
  );
  return finite !== undefined && finite.feats.includes('Tense=Pres');
}
