// `node --import tsx src/corpus/facts/evaluate-gold-story.ts`: the corpus layer over the hand annotations of
// ../shared/gold (read at run time, turned into contract records), to see what the story looks like with
// extraction at gold quality: merged relations, timeline, disagreements.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord, Certainty, EntityType } from '../../contract/index.ts';
import { assembleStory, type Story } from '../export/assemble-story.ts';

interface Gold {
  published: string | null;
  title: string | null;
  entities: { name: string; type: EntityType; aliases?: string[] }[];
  claims: {
    value?: number | null;
    min?: number;
    max?: number;
    unit: string | null;
    holder: string | null;
    holderDesc?: string;
    about: string | null;
    text: string;
    certainty?: Certainty;
  }[];
  events: {
    type: ArticleRecord['events'][number]['type'];
    date: string | null;
    participants: string[];
    place: string | null;
    what: string;
  }[];
  relations: {
    subject: string;
    predicate: ArticleRecord['relations'][number]['predicate'];
    object: string;
    item: string | null;
    certainty: Certainty;
  }[];
}

const HERE = dirname(fileURLToPath(import.meta.url));

function spanIn(body: string, text: string): { start: number; end: number } {
  const start = body.indexOf(text);
  return start < 0 ? { start: 0, end: 0 } : { start, end: start + text.length };
}

/** One gold file as a contract record: entity ids `e1`..., names resolved to them, spans where the text is found. */
export function goldToRecord(gold: Gold, body: string, source: string): ArticleRecord {
  const ids = new Map(gold.entities.map((e, i) => [e.name, `e${i + 1}`]));
  const ref = (name: string | null) => (name === null ? null : (ids.get(name) ?? name));
  return {
    schema: 1,
    id: createHash('sha1').update(source).digest('hex'),
    source,
    title: gold.title,
    language: 'nb',
    published: gold.published,
    genre: 'news',
    body,
    removed: [],
    summary: [],
    summaryGiven: [],
    entities: gold.entities.map((e, i) => ({
      id: `e${i + 1}`,
      name: e.name,
      type: e.type,
      mentions: [e.name, ...(e.aliases ?? [])].map((text) => ({ ...spanIn(body, text), text })),
    })),
    quotes: [],
    claims: gold.claims.map((c) => ({
      value: c.value ?? null,
      min: c.min ?? null,
      max: c.max ?? null,
      unit: c.unit,
      text: c.text,
      about: c.about,
      holder: ref(c.holder),
      holderName: c.holderDesc ?? c.holder,
      certainty: c.certainty ?? 'asserted',
      ...spanIn(body, c.text),
    })),
    events: gold.events.map((e) => ({
      type: e.type,
      date: e.date,
      participants: e.participants.map((p) => ref(p) ?? p),
      place: ref(e.place),
      text: e.what,
      start: 0,
      end: 0,
    })),
    relations: gold.relations.map((r) => ({
      subject: ref(r.subject) ?? r.subject,
      predicate: r.predicate,
      object: ref(r.object) ?? r.object,
      item: r.item,
      certainty: r.certainty,
      date: null,
      start: 0,
      end: 0,
    })),
  };
}

export function goldStory(goldDir: string, seedDir: string): Story {
  const records = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
      const seed = file.replace(/\.gold\.json$/, '.txt');
      return goldToRecord(gold, readFileSync(join(seedDir, seed), 'utf8'), seed);
    });
  return assembleStory(records, { id: 'gold' });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const shared = resolve(HERE, '../../../../shared');
  const story = goldStory(join(shared, 'gold'), join(shared, 'seeds'));
  const name = new Map(story.entities.map((e) => [e.id, e.name]));
  const n = (id: string | null) => (id === null ? '-' : (name.get(id) ?? id));
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `entities ${story.entities.length}, relations ${story.facts.relations.length}, events ${story.facts.events.length}, claims ${story.facts.claims.length}`,
  );
  print('\nrelations reported by 2+ articles, or hedged:');
  for (const r of story.facts.relations) {
    const articles = new Set(r.sources.map((s) => s.articleId)).size;
    if (articles < 2 && r.certainty !== 'hedged') continue;
    print(
      `  ${n(r.subject)} ${r.predicate} ${n(r.object)} [${r.item ?? ''}] ${r.certainty} (${r.sources.map((s) => s.certainty).join(',')}) x${articles}`,
    );
  }
  print('\ntimeline (dated):');
  for (const t of story.facts.timeline.filter((t) => t.date)) {
    print(
      `  ${t.date} (${t.precision}) ${t.type} ${t.participants.map(n).join(' + ')} @ ${n(t.place)} x${t.sourceCount}: ${t.text.slice(0, 70)}`,
    );
  }
  print(`  ... ${story.facts.timeline.filter((t) => !t.date).length} undated`);
  print('\ndisagreements:');
  for (const d of story.facts.disagreements) {
    const side = (s: Story['facts']['disagreements'][number]['sides'][number]) =>
      `${s.value ?? `${s.min}-${s.max}`} (${s.holders.map((h) => (n(h.holder) === '-' ? (h.holderName ?? 'uten kilde') : n(h.holder))).join('/') || 'uten kilde'})`;
    print(`  ${d.kind} ${d.unit ?? ''}: ${side(d.sides[0])} vs ${side(d.sides[1])} — ${d.about ?? ''}`);
  }
}
