// A small hand-written Norwegian story (three contract records) for the corpus layer's tests and examples.
import { createHash } from 'node:crypto';
import type { ArticleRecord, Claim, Entity, ArticleEvent, Relation, Quote } from '../../contract/index.ts';

/** The span of the first occurrence of `text` in `body` (tests fail loudly if it is missing). */
export function spanOf(body: string, text: string): { start: number; end: number } {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { start, end: start + text.length };
}

export interface RecordDraft {
  title: string;
  published: string;
  body: string;
  summaryGiven?: string[];
  entities?: [name: string, type: Entity['type'], mentions: string[]][];
  claims?: (Omit<Claim, 'start' | 'end' | 'min' | 'max' | 'holder' | 'holderName'> &
    Partial<Pick<Claim, 'min' | 'max' | 'holder' | 'holderName'>>)[];
  events?: Omit<ArticleEvent, 'start' | 'end'>[];
  relations?: (Omit<Relation, 'start' | 'end'> & { evidence: string })[];
  quotes?: Omit<Quote, 'start' | 'end'>[];
}

/** A contract record from a draft: ids from the body hash, spans found by text. */
export function makeRecord(draft: RecordDraft): ArticleRecord {
  const { body } = draft;
  return {
    schema: 1,
    id: createHash('sha1').update(body).digest('hex'),
    source: `${draft.title}.txt`,
    title: draft.title,
    language: 'nb',
    published: draft.published,
    genre: 'news',
    body,
    removed: [],
    summary: [],
    summaryGiven: draft.summaryGiven ?? [],
    entities: (draft.entities ?? []).map(([name, type, mentions], i) => ({
      id: `e${i + 1}`,
      name,
      type,
      mentions: mentions.map((text) => ({ ...spanOf(body, text), text })),
    })),
    quotes: (draft.quotes ?? []).map((q) => ({ ...q, ...spanOf(body, q.text) })),
    claims: (draft.claims ?? []).map((c) => ({
      min: null,
      max: null,
      holder: null,
      holderName: null,
      ...c,
      ...spanOf(body, c.text),
    })),
    events: (draft.events ?? []).map((e) => ({ ...e, ...spanOf(body, e.text) })),
    relations: (draft.relations ?? []).map(({ evidence, ...r }) => ({ ...r, ...spanOf(body, evidence) })),
  };
}

const A = makeRecord({
  title: 'Iran har sendt tusenvis av droner til Russland',
  published: '2024-03-10',
  body: [
    'Iran har sendt minst 2000 droner til Russland siden høsten 2022, ifølge ukrainsk etterretning.',
    'Russland skal ha betalt med gull, men dette er ikke bekreftet.',
    'Irans utenriksminister Hossein Amir-Abdollahian møtte Sergej Lavrov i Moskva 19. juli 2023.',
    '– Samarbeidet er sterkere enn noen gang, sa Lavrov etter møtet.',
  ].join('\n'),
  entities: [
    ['Iran', 'GPE', ['Iran', 'Irans']],
    ['Russland', 'GPE', ['Russland']],
    ['Hossein Amir-Abdollahian', 'PER', ['Hossein Amir-Abdollahian']],
    ['Sergej Lavrov', 'PER', ['Sergej Lavrov', 'Lavrov']],
    ['Moskva', 'GPE', ['Moskva']],
  ],
  claims: [
    {
      value: 2000,
      unit: 'drone',
      text: 'minst 2000 droner',
      about: 'iranske droner sendt til Russland',
      holderName: 'ukrainsk etterretning',
      certainty: 'reported',
    },
  ],
  events: [
    {
      type: 'meeting',
      date: '2023-07-19',
      participants: ['e3', 'e4'],
      place: 'e5',
      text: 'Irans utenriksminister Hossein Amir-Abdollahian møtte Sergej Lavrov i Moskva 19. juli 2023.',
    },
  ],
  relations: [
    {
      subject: 'e1',
      predicate: 'supplies',
      object: 'e2',
      item: 'droner',
      certainty: 'reported',
      date: null,
      evidence: 'Iran har sendt minst 2000 droner til Russland',
    },
    {
      subject: 'e2',
      predicate: 'pays',
      object: 'e1',
      item: 'gull',
      certainty: 'hedged',
      date: null,
      evidence: 'Russland skal ha betalt med gull',
    },
  ],
  quotes: [
    {
      speaker: 'e4',
      speakerName: 'Sergej Lavrov',
      speakerRole: 'utenriksminister',
      text: 'Samarbeidet er sterkere enn noen gang',
      kind: 'direct',
      cue: 'sa',
      outlet: null,
    },
  ],
});

const B = makeRecord({
  title: 'USA: Russland har fått langt flere droner enn antatt',
  published: '2024-03-12',
  body: [
    'Amerikanske myndigheter anslår at Russland har mottatt rundt 6000 iranske droner.',
    'Utenriksminister Sergei Lavrov og hans iranske kollega Amir-Abdollahian møttes i Moskva i juli i fjor.',
    'Iran avviser at landet har levert droner til krigen i Ukraina.',
    'Russland og Iran inngikk en avtale om militært samarbeid i januar 2024.',
  ].join('\n'),
  entities: [
    ['Russland', 'GPE', ['Russland']],
    ['Sergei Lavrov', 'PER', ['Sergei Lavrov']],
    ['Amir-Abdollahian', 'PER', ['Amir-Abdollahian']],
    ['Moskva', 'GPE', ['Moskva']],
    ['Iran', 'GPE', ['Iran']],
    ['Ukraina', 'GPE', ['Ukraina']],
  ],
  claims: [
    {
      value: 6000,
      unit: 'drone',
      text: 'rundt 6000 iranske droner',
      about: 'iranske droner Russland har mottatt',
      holderName: 'amerikanske myndigheter',
      certainty: 'estimated',
    },
  ],
  events: [
    {
      type: 'meeting',
      date: '2023-07',
      participants: ['e2', 'e3'],
      place: 'e4',
      text: 'Utenriksminister Sergei Lavrov og hans iranske kollega Amir-Abdollahian møttes i Moskva i juli i fjor.',
    },
    {
      type: 'agreement',
      date: '2024-01',
      participants: ['e1', 'e5'],
      place: null,
      text: 'Russland og Iran inngikk en avtale om militært samarbeid i januar 2024.',
    },
  ],
  relations: [
    {
      subject: 'e1',
      predicate: 'receives',
      object: 'e5',
      item: 'drone',
      certainty: 'estimated',
      date: null,
      evidence: 'Russland har mottatt rundt 6000 iranske droner',
    },
    {
      subject: 'e5',
      predicate: 'supplies',
      object: 'e1',
      item: 'droner',
      certainty: 'denied',
      date: null,
      evidence: 'Iran avviser at landet har levert droner',
    },
    {
      subject: 'e1',
      predicate: 'allies',
      object: 'e5',
      item: null,
      certainty: 'asserted',
      date: '2024-01',
      evidence: 'Russland og Iran inngikk en avtale om militært samarbeid',
    },
  ],
});

const C = makeRecord({
  title: 'Ukraina: Minst 2000 iranske droner er skutt mot oss',
  published: '2024-03-15',
  body: [
    'Minst 2 000 iranske droner er sendt til Russland, ifølge Ukrainas forsvarsdepartement.',
    'Russland og Iran signerte en samarbeidsavtale i januar.',
    'Iran leverer også ammunisjon til Russland, skriver Reuters.',
  ].join('\n'),
  entities: [
    ['Russland', 'GPE', ['Russland']],
    ['Iran', 'GPE', ['Iran']],
    ['Ukrainas forsvarsdepartement', 'ORG', ['Ukrainas forsvarsdepartement']],
    ['Reuters', 'ORG', ['Reuters']],
  ],
  claims: [
    {
      value: 2000,
      unit: 'drone',
      text: 'Minst 2 000 iranske droner',
      about: 'iranske droner sendt til Russland',
      holder: 'e3',
      holderName: 'Ukrainas forsvarsdepartement',
      certainty: 'reported',
    },
  ],
  events: [
    {
      type: 'agreement',
      date: null,
      participants: ['e1', 'e2'],
      place: null,
      text: 'Russland og Iran signerte en samarbeidsavtale i januar.',
    },
  ],
  relations: [
    {
      subject: 'e2',
      predicate: 'supplies',
      object: 'e1',
      item: 'droner',
      certainty: 'asserted',
      date: null,
      evidence: 'Minst 2 000 iranske droner er sendt til Russland',
    },
    {
      subject: 'e2',
      predicate: 'supplies',
      object: 'e1',
      item: 'ammunisjon',
      certainty: 'reported',
      date: null,
      evidence: 'Iran leverer også ammunisjon til Russland',
    },
  ],
});

/** Three articles of one story, in publication order. */
export const EXAMPLE_STORY: ArticleRecord[] = [A, B, C];
