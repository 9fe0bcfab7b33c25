// Corpus layer at scale: synthetic contract records filed into a fresh SQLite store, then the story API timed.
//
// Usage: npm run bench:corpus -- [--articles 100000] [--samples 300] [--keep]
//        npm run bench:corpus -- --db PATH [--samples 300]   (API latency only, on a database kept before)
//
// Extraction is not what is measured: records are generated directly in the contract's shape (stories with
// topic words, people with spelling variants, places, organisations, quotes, claims, events, relations, dates
// spread over three years) and fed to the story service, which stores each one and files it under its story
// (entity linking, clustering, rows written) in one transaction. Prints per-article CPU cost in windows before
// each size, database size and peak RSS, then the in-process latency of GET /api/stories/:id (cold, each story
// once, and warm), GET /api/stories and GET /api/entities/:id over random ids. The database is written under
// the system temp folder and deleted afterwards unless --keep is given.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord, Claim, Entity, EntityType } from '../src/contract/index.ts';
import { pairwiseScores } from '../src/corpus/pairwise-scores.ts';
import { createRandom } from '../src/languages/learn/random.ts';
import { createStoryReader } from '../src/corpus/story-reader.ts';
import { createStoryService, type StoryService } from '../src/corpus/story-service.ts';
import { createApp } from '../src/server/index.ts';
import { openSqliteStore, type CorpusStore } from '../src/store/index.ts';

const SEED = 20251125;
const DAYS = 1100;
const START_DAY = Date.UTC(2023, 0, 1) / 86_400_000;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const random = createRandom(SEED);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

// Made-up words from Norwegian-looking syllables: no real text, nothing to license.
const ONSETS = [
  'b',
  'br',
  'd',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'k',
  'kl',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sk',
  'sl',
  'st',
  't',
  'tr',
  'v',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ø', 'å', 'ei', 'au'];
const CODAS = ['', 'n', 'r', 'l', 'k', 'st', 'nd', 'rt', 'g', 'm', 'ss', 'tt'];

function makeWord(syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  return word;
}

function distinctWords(count: number, syllables: () => number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const word = makeWord(syllables());
    if (word.length >= 4) seen.add(word);
  }
  return [...seen];
}

const VOCABULARY = distinctWords(30_000, () => 2 + int(2));
// Zipf weights for background words: a few very common, a long tail.
const ZIPF = (() => {
  const cumulative = new Float64Array(VOCABULARY.length);
  let sum = 0;
  for (let i = 0; i < VOCABULARY.length; i++) cumulative[i] = sum += 1 / (i + 1);
  return cumulative.map((c) => c / sum);
})();
function backgroundWord(): string {
  const r = random();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ZIPF[mid] ?? 1) < r) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] ?? 'ord';
}

const FIRST_NAMES = distinctWords(80, () => 2).map(capital);
const SURNAMES = distinctWords(4000, () => 2 + int(2)).map(capital);
const PLACES = distinctWords(2500, () => 2 + int(2)).map(capital);
const ORGS = distinctWords(1200, () => 2).map((w) => `${capital(w)}forbundet`);
const ROLES = ['statsminister', 'ordfører', 'direktør', 'leder', 'talsperson', 'forsker', 'minister'];
const UNITS = ['soldater', 'kroner', 'tonn', 'personer', 'boliger'];
/** Named in many stories, some in two spellings: the entities whose pages grow with the corpus. */
const COMMON: { names: string[]; type: EntityType; share: number }[] = [
  { names: ['Norge'], type: 'GPE', share: 0.3 },
  { names: ['Oslo'], type: 'GPE', share: 0.15 },
  { names: ['Stortinget'], type: 'ORG', share: 0.12 },
  { names: ['NATO', 'Nato'], type: 'ORG', share: 0.08 },
  { names: ['Regjeringen'], type: 'ORG', share: 0.1 },
  { names: ['EU'], type: 'ORG', share: 0.06 },
];

interface Person {
  /** Spellings of one person (dash and transliteration variants). */
  names: string[];
}

function makePerson(): Person {
  const first = pick(FIRST_NAMES);
  const last = pick(SURNAMES);
  const kind = random();
  if (kind < 0.1) {
    // A two-part given name written with and without its dash: `Kim Jong-un` / `Kim Jong Un`.
    const part = makeWord(1);
    return { names: [`${first} ${capital(part)}-${part}`, `${first} ${capital(part)} ${capital(part)}`] };
  }
  if (kind < 0.2) {
    // Norwegian and English transliterations: `Sjojgu` / `Shoigu`.
    const base = `Sj${pick(VOWELS)}${makeWord(1)}`;
    return { names: [`${first} ${base}`, `${first} ${base.replace(/^Sj/, 'Sh')}`] };
  }
  return { names: [`${first} ${last}`] };
}

interface StorySpec {
  words: string[];
  people: Person[];
  place: string;
  org: string;
  start: number;
  length: number;
}

function makeStory(): StorySpec {
  return {
    words: Array.from({ length: 10 }, () => VOCABULARY[2000 + int(VOCABULARY.length - 2000)] ?? 'ord'),
    people: Array.from({ length: 2 + int(2) }, makePerson),
    place: pick(PLACES),
    org: pick(ORGS),
    start: int(DAYS),
    length: 1 + int(30),
  };
}

/** Articles per story: mostly a handful, a heavy tail of long-running stories. */
function storySize(): number {
  const r = random();
  if (r < 0.6) return 1 + int(4);
  if (r < 0.9) return 5 + int(10);
  if (r < 0.99) return 15 + int(35);
  return 50 + int(150);
}

/** The story of each article and its day, in publication order. */
function plan(articles: number): { stories: StorySpec[]; order: { story: number; day: number }[] } {
  const stories: StorySpec[] = [];
  const order: { story: number; day: number }[] = [];
  while (order.length < articles) {
    const story = makeStory();
    const index = stories.push(story) - 1;
    const size = Math.min(storySize(), articles - order.length);
    for (let i = 0; i < size; i++) order.push({ story: index, day: story.start + int(story.length) });
  }
  order.sort((a, b) => a.day - b.day || a.story - b.story);
  return { stories, order };
}

/** A body assembled sentence by sentence, with the spans of what the records point at. */
class BodyBuilder {
  text = '';
  entities = new Map<string, Entity>();

  entity(name: string, type: EntityType): Entity {
    const key = `${type}:${name}`;
    let entity = this.entities.get(key);
    if (!entity) {
      entity = { id: `e${this.entities.size + 1}`, name, type, mentions: [] };
      this.entities.set(key, entity);
    }
    return entity;
  }

  /** Appends a sentence of parts: strings, or entities to mention; returns its span. */
  sentence(parts: (string | { name: string; type: EntityType })[]): { start: number; end: number } {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    parts.forEach((part, i) => {
      if (i > 0) this.text += ' ';
      if (typeof part === 'string') {
        this.text += i === 0 ? capital(part) : part;
        return;
      }
      const at = this.text.length;
      this.text += part.name;
      this.entity(part.name, part.type).mentions.push({ start: at, end: this.text.length, text: part.name });
    });
    this.text += '.';
    return { start, end: this.text.length };
  }
}

function makeRecord(spec: StorySpec, day: number, serial: number): ArticleRecord {
  const published = new Date((START_DAY + day) * 86_400_000).toISOString().slice(0, 10);
  const body = new BodyBuilder();
  const topic = () => pick(spec.words);
  const filler = (n: number) =>
    Array.from({ length: n }, () => (random() < 0.35 ? topic() : backgroundWord()));
  const person = () => {
    const p = pick(spec.people);
    return { name: pick(p.names), type: 'PER' as const };
  };
  const place = { name: spec.place, type: 'LOC' as const };
  const org = { name: spec.org, type: 'ORG' as const };
  const common = COMMON.filter((c) => random() < c.share).map((c) => ({ name: pick(c.names), type: c.type }));

  body.sentence([...filler(6), 'i', place, ...filler(4)]);
  const speaker = person();
  const quoteSpan = body.sentence([...filler(8), 'sier', speaker]);
  body.sentence([org, ...filler(9)]);
  for (const extra of common) body.sentence([...filler(5), extra, ...filler(5)]);
  const amount = (1 + int(50)) * 500;
  const unit = pick(UNITS);
  const claimSpan = body.sentence([...filler(4), `${amount}`, unit, ...filler(3), 'ifølge', speaker]);
  const visitor = person();
  const eventSpan = body.sentence([visitor, 'møtte', org, 'i', place, ...filler(5)]);
  const relationSpan = body.sentence([org, 'leverer', topic(), 'til', place, ...filler(4)]);
  for (let i = 0; i < 3 + int(4); i++) body.sentence(filler(8 + int(8)));

  const id = (name: string, type: EntityType) => body.entity(name, type).id;
  const claim: Claim = {
    value: amount,
    min: null,
    max: null,
    unit,
    text: body.text.slice(claimSpan.start, claimSpan.end),
    about: null,
    holder: id(speaker.name, 'PER'),
    holderName: speaker.name,
    certainty: random() < 0.7 ? 'asserted' : 'reported',
    ...claimSpan,
  };
  const title = `${capital(topic())} ${topic()} i ${spec.place}: ${speaker.name.split(' ').pop() ?? ''} ${topic()}`;
  const text = body.text;
  return {
    schema: 1,
    id: createHash('sha1').update(text).digest('hex'),
    source: `bench:corpus-scale/${serial}`,
    title,
    language: 'nb',
    published,
    genre: 'news',
    body: text,
    removed: [],
    summary: [text.slice(0, text.indexOf('.') + 1)],
    summaryGiven: [],
    entities: [...body.entities.values()],
    quotes: [
      {
        speaker: id(speaker.name, 'PER'),
        speakerName: speaker.name,
        speakerRole: pick(ROLES),
        text: text.slice(quoteSpan.start, quoteSpan.end),
        kind: 'indirect',
        cue: 'sier',
        outlet: null,
        ...quoteSpan,
      },
    ],
    claims: [claim],
    events: [
      {
        type: 'meeting',
        date: published,
        participants: [id(visitor.name, 'PER'), id(org.name, 'ORG')],
        place: id(place.name, 'LOC'),
        text: text.slice(eventSpan.start, eventSpan.end),
        ...eventSpan,
      },
    ],
    relations: [
      {
        subject: id(org.name, 'ORG'),
        predicate: 'supplies',
        object: id(place.name, 'LOC'),
        item: null,
        certainty: 'asserted',
        date: published,
        ...relationSpan,
      },
    ],
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main(): Promise<void> {
  const samples = Number(argument('--samples') ?? 300);
  const given = argument('--db');
  if (given) {
    const store = openSqliteStore(given);
    console.log(`${(await store.stats()).articles} articles in ${given}`);
    await measureApi(store, await createStoryService(store), samples);
    await store.close();
    return;
  }
  const total = Number(argument('--articles') ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'sakskart-corpus-scale-'));
  const path = join(dir, 'corpus.db');
  const { stories: specs, order } = plan(total);
  console.log(`${total} articles in ${specs.length} generated stories over ${DAYS} days; database ${path}`);

  const store = openSqliteStore(path);
  const service = await createStoryService(store);
  const checkpoints = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000].filter(
    (n) => n <= total,
  );
  if (!checkpoints.includes(total)) checkpoints.push(total);
  const perArticle = new Float64Array(total);
  const truth = new Map<string, string>();
  const started = Date.now();
  console.log('\ningest (store + link + cluster, one transaction per article), CPU ms per article:');
  console.log('  articles   window            mean    p50    p95   wall s');
  for (const [at, { story, day }] of order.entries()) {
    const spec = specs[story];
    if (!spec) continue;
    const record = makeRecord(spec, day, at);
    if (at < 2000) truth.set(record.id, String(story));
    const before = cpuMs();
    await service.put(record);
    perArticle[at] = cpuMs() - before;
    const done = at + 1;
    if (checkpoints.includes(done)) {
      const window = Math.min(1000, Math.floor(done / 2));
      const recent = [...perArticle.subarray(done - window, done)];
      const mean = recent.reduce((s, v) => s + v, 0) / recent.length;
      console.log(
        `  ${String(done).padStart(8)}   ${`${done - window + 1}-${done}`.padEnd(15)} ${mean.toFixed(2).padStart(6)} ${percentile(recent, 50).toFixed(2).padStart(6)} ${percentile(recent, 95).toFixed(2).padStart(6)} ${((Date.now() - started) / 1000).toFixed(0).padStart(8)}`,
      );
    }
  }
  const predicted = new Map<string, string>();
  for (const assignment of await store.assignmentsOf([...truth.keys()]))
    predicted.set(assignment.articleId, assignment.storyId);
  const quality = pairwiseScores(truth, predicted);
  const counts = (await store.stats()).articles;
  const found = store.corpusRows().storyIds().length;
  console.log(
    `\n${counts} articles stored, ${found} stories found for ${specs.length} generated; pairwise on the first 2000: P ${quality.precision.toFixed(3)} R ${quality.recall.toFixed(3)} F1 ${quality.f1.toFixed(3)}`,
  );
  const dbBytes = fileSize(path) + fileSize(`${path}-wal`);
  console.log(
    `database ${(dbBytes / 1e6).toFixed(0)} MB (with WAL); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );

  await measureApi(store, service, samples);
  await store.close();
  if (process.argv.includes('--keep')) console.log(`\nkept ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}

async function measureApi(store: CorpusStore, service: StoryService, samples: number): Promise<void> {
  // The API as the server runs it, in process.
  const reader = createStoryReader(store, service);
  const app = createApp({ store, stories: reader });
  const time = async (url: string): Promise<{ ms: number; cpu: number; status: number; bytes: number }> => {
    const cpu = cpuMs();
    const begin = process.hrtime.bigint();
    const response = await app.request(url);
    const body = await response.text();
    return {
      ms: Number(process.hrtime.bigint() - begin) / 1e6,
      cpu: cpuMs() - cpu,
      status: response.status,
      bytes: body.length,
    };
  };
  const report = (what: string, runs: { ms: number; cpu: number; status: number; bytes: number }[]) => {
    const bad = runs.filter((r) => r.status !== 200).length;
    const wall = runs.map((r) => r.ms);
    const cpu = runs.map((r) => r.cpu);
    console.log(
      `  ${what.padEnd(34)} n ${String(runs.length).padStart(4)}  wall p50 ${percentile(wall, 50).toFixed(1).padStart(6)} p95 ${percentile(wall, 95).toFixed(1).padStart(6)} max ${Math.max(
        ...wall,
      )
        .toFixed(1)
        .padStart(6)} ms  cpu p95 ${percentile(cpu, 95).toFixed(1).padStart(6)} ms  ${(
        percentile(
          runs.map((r) => r.bytes),
          50,
        ) / 1024
      ).toFixed(0)} kB p50${bad ? `  ${bad} not 200` : ''}`,
    );
  };
  const allStories = store.corpusRows().storyIds();
  const sampled = new Set<string>();
  while (sampled.size < Math.min(samples, allStories.length)) sampled.add(pick(allStories));
  await time('/api/stories'); // first request loads the routes
  console.log(`\nAPI latency in process (app.request), ${allStories.length} stories:`);
  const cold = [];
  for (const id of sampled) cold.push(await time(`/api/stories/${id}`));
  report('GET /api/stories/:id (first visit)', cold);
  const warm = [];
  for (const id of sampled) warm.push(await time(`/api/stories/${id}`));
  report('GET /api/stories/:id (again)', warm);
  const rows = store.corpusRows();
  const large = allStories
    .map((id) => ({ id, size: rows.story(id)?.size ?? 0 }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 20);
  const largeRuns = [];
  for (const { id } of large) largeRuns.push(await time(`/api/stories/${id}`));
  report(`the 20 largest (${large.at(-1)?.size ?? 0}-${large[0]?.size ?? 0} art.), first visit`, largeRuns);
  const feed = [];
  for (let i = 0; i < Math.min(samples, 100); i++)
    feed.push(
      await time(`/api/stories?limit=20&offset=${int(Math.max(1, Math.min(allStories.length - 20, 5000)))}`),
    );
  report('GET /api/stories (20 per page)', feed);
  const entityIds = store.corpusRows().entityIds();
  const entities = [];
  for (let i = 0; i < Math.min(samples, entityIds.length); i++)
    entities.push(await time(`/api/entities/${pick(entityIds)}`));
  report('GET /api/entities/:id (random)', entities);
  const commonRuns = [];
  for (const id of entityIds.slice(0, 200)) {
    const entity = store.corpusRows().entity(id);
    if (entity && COMMON.some((c) => c.names.includes(entity.name)))
      commonRuns.push(await time(`/api/entities/${id}`));
  }
  if (commonRuns.length) report('GET /api/entities/:id (Norge, Oslo, …)', commonRuns);
}

await main();
