// Cross-article entity linking: one global entity per real-world referent across articles and spellings.
import type { ArticleRecord, Entity, EntityType } from '../../contract/index.ts';
import type { CorpusRows, EntityCoreRow } from '../../store/index.ts';
import { MemoryCorpusRows } from '../memory-rows.ts';
import { createFuzzyIndex } from './fuzzy-index.ts';
import { isSameNamePart, normaliseKey, skeleton, stripGenitive } from './name-key.ts';

/** A spelling or a role with the articles it came from. */
export interface Sourced {
  text: string;
  sources: string[];
  /** In an overview (`readEntityOverview`): how many articles in all; `sources` are then only recent ones. */
  sourceCount?: number;
}

/** One real-world referent across the corpus, as plain data (read from the linker's rows). */
export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Sourced[];
  roles: Sourced[];
  /** Article ids, in the order they were added. */
  sources: string[];
  mentionCount: number;
  /** In an overview (`readEntityOverview`): how many articles name it; `sources` are then the latest. */
  sourceCount?: number;
}

export interface EntityLinker {
  /** Links one article's entities; returns local entity id -> global entity id. */
  addArticle: (record: Pick<ArticleRecord, 'id' | 'entities' | 'quotes'>) => Map<string, string>;
  /** Every entity (reads every entity row: tests and small corpora, not the ingest path). */
  entities: () => GlobalEntity[];
  get: (id: string) => GlobalEntity | undefined;
}

export interface EntityLinkerOptions {
  /** Where the state lives (default: a fresh in-memory twin of the store's tables). */
  rows?: CorpusRows;
  /** Entities saved whole (schema 4 and older, or a JSON copy), written into `rows` first. */
  entities?: GlobalEntity[];
}

/** Types that NER confuses for the same referent (a city tagged LOC in one article and GPE in another). */
const COMPATIBLE: Partial<Record<EntityType, EntityType[]>> = { GPE: ['LOC'], LOC: ['GPE'] };

export function isTypeCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

interface PersonName {
  /** Skeleton of the first token, or null for a surname-only name. */
  first: string | null;
  /** Skeleton of the rest joined without spaces (the surname part; `jong un` for Kim Jong-un). */
  rest: string;
  /** Skeletons of the tokens a surname-only mention may stand for: the last and (East Asian order) the first. */
  surnames: string[];
}

/** Words split at spaces only, each normalised with its dashes closed up: `Kim Jong-un` -> `kim`, `jongun`. */
function wordsOf(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => normaliseKey(w).replace(/ /g, ''))
    .filter((w) => w.length > 0);
}

function parsePerson(name: string): PersonName {
  const tokens = wordsOf(name).map(skeleton);
  if (tokens.length <= 1) return { first: null, rest: tokens[0] ?? '', surnames: tokens };
  const [head = '', ...tail] = tokens;
  const last = tail[tail.length - 1] ?? '';
  return { first: head, rest: tail.join(''), surnames: [...new Set([last, head])] };
}

/** Given name and surname; a dashed single word (`Amir-Abdollahian`) is a surname. */
function isFullName(name: string): boolean {
  return wordsOf(name).length >= 2;
}

const NEXT_ENTITY = 'next-entity';

export function createEntityLinker(options: EntityLinkerOptions = {}): EntityLinker {
  const rows = options.rows ?? new MemoryCorpusRows();
  /** PER entities by each surname-like word (scope '') and by surname part within their first name's scope. */
  const people = createFuzzyIndex(rows);

  const indexName = (entity: EntityCoreRow, text: string): void => {
    const key = normaliseKey(text);
    // Only name-shaped mentions are keys: a lower-case one (`landet`, `presidenten`) names different
    // referents in different articles.
    if (!key || !/^[\p{Lu}\p{N}]/u.test(text.trim())) return;
    if (entity.type !== 'PER') {
      rows.addEntityKey(key, entity.id);
      return;
    }
    // A one-word person alias (`Kim`, `Putins`) is not a key: it may name several people across articles.
    if (!isFullName(text)) return;
    rows.addEntityKey(key, entity.id);
    const person = parsePerson(text);
    for (const surname of person.surnames) people.add('', surname, entity.id);
    if (person.first !== null) people.add(person.first, person.rest, entity.id);
  };

  const create = (type: EntityType, name: string): EntityCoreRow => {
    const next = Math.max(1, rows.counter(NEXT_ENTITY));
    rows.setCounter(NEXT_ENTITY, next + 1);
    const entity: EntityCoreRow = { id: `g${next}`, name, type, mentionCount: 0, votes: {} };
    rows.putEntity(entity);
    return entity;
  };

  const compatible = (ids: string[], type: EntityType): EntityCoreRow[] =>
    ids.flatMap((id) => {
      const entity = rows.entity(id);
      return entity && isTypeCompatible(entity.type as EntityType, type) ? [entity] : [];
    });

  const findByKey = (names: string[], type: EntityType): EntityCoreRow | undefined => {
    for (const strip of [false, true]) {
      for (const name of names) {
        const key = normaliseKey(name);
        if (type === 'PER' && !isFullName(name)) continue;
        const probe = strip ? stripGenitive(key) : key;
        if (probe === null) continue;
        const found = compatible(rows.entityIdsByKey(probe), type);
        // Two compatible entities under one key (a LOC and a GPE): the one of the same type, if just one.
        const exact = found.filter((e) => e.type === type);
        if (found.length === 1) return found[0];
        if (exact.length === 1) return exact[0];
      }
    }
    return undefined;
  };

  /** Full-name person with the same first name and a surname part within the edit limit. */
  const findPersonFuzzy = (person: PersonName): EntityCoreRow | undefined => {
    if (person.first === null) return undefined;
    const hits = compatible(people.find(person.first, person.rest), 'PER');
    return hits.length === 1 ? hits[0] : undefined;
  };

  /** People in the corpus a one-word name may stand for. */
  const personsWithSurname = (token: string): EntityCoreRow[] => compatible(people.find('', token), 'PER');

  const absorb = (entity: EntityCoreRow, local: Entity, articleId: string, roles: string[]): void => {
    rows.addEntitySource(entity.id, articleId);
    entity.mentionCount += Math.max(1, local.mentions.length);
    entity.votes[local.name] = (entity.votes[local.name] ?? 0) + 1;
    for (const text of new Set([local.name, ...local.mentions.map((m) => m.text)])) {
      // Indexing a name is idempotent, so a spelling already known needs no second pass.
      if (rows.addEntityName(entity.id, 'alias', text, articleId)) indexName(entity, text);
    }
    for (const role of roles) rows.addEntityName(entity.id, 'role', role, articleId);
    entity.name = pickName(entity.votes, entity.name, entity.type as EntityType);
    rows.putEntity(entity);
  };

  const restore = (entity: GlobalEntity): void => {
    const core: EntityCoreRow = {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      mentionCount: entity.mentionCount,
      votes: { [entity.name]: 1 },
    };
    rows.putEntity(core);
    for (const source of entity.sources) rows.addEntitySource(entity.id, source);
    for (const [kind, list] of [
      ['alias', entity.aliases],
      ['role', entity.roles],
    ] as const) {
      for (const { text, sources } of list) {
        for (const source of sources) rows.addEntityName(entity.id, kind, text, source);
      }
    }
    for (const alias of entity.aliases) indexName(core, alias.text);
    const key = normaliseKey(entity.name);
    if (entity.type === 'PER' && !isFullName(entity.name))
      rows.setSurnameEntity(skeleton(key.replace(/ /g, '')), entity.id);
    const n = Number(entity.id.replace(/^\D+/, ''));
    if (Number.isFinite(n) && n >= rows.counter(NEXT_ENTITY)) rows.setCounter(NEXT_ENTITY, n + 1);
  };
  for (const entity of options.entities ?? []) restore(entity);

  const addArticle = (record: Pick<ArticleRecord, 'id' | 'entities' | 'quotes'>): Map<string, string> => {
    const links = new Map<string, string>();
    const rolesOf = (localId: string): string[] =>
      record.quotes.flatMap((q) => (q.speaker === localId && q.speakerRole ? [q.speakerRole] : []));
    // Full names first, so a surname-only entity can find its full name in the same article.
    const ordered = [...record.entities].sort(
      (a, b) => Number(isFullName(b.name)) - Number(isFullName(a.name)),
    );
    for (const local of ordered) {
      const entity = resolve(local, record.entities, links) ?? create(local.type, local.name);
      absorb(entity, local, record.id, rolesOf(local.id));
      links.set(local.id, entity.id);
    }
    return links;
  };

  const resolve = (
    local: Entity,
    siblings: Entity[],
    links: Map<string, string>,
  ): EntityCoreRow | undefined => {
    const names = [local.name, ...local.mentions.map((m) => m.text)];
    const byName = findByKey(names, local.type);
    if (byName || local.type !== 'PER') return byName;
    if (isFullName(local.name)) {
      const person = parsePerson(local.name);
      const fuzzy = findPersonFuzzy(person);
      if (fuzzy) return fuzzy;
      // A full name may complete a surname-only entity seen earlier, when no other person shares the surname.
      for (const surname of person.surnames) {
        const id = rows.surnameEntity(surname);
        const entity = id === undefined ? undefined : rows.entity(id);
        if (entity && personsWithSurname(surname).length === 0) {
          rows.setSurnameEntity(surname, null);
          return entity;
        }
      }
      return undefined;
    }
    const key = normaliseKey(local.name).replace(/ /g, '');
    return resolveSurname(skeleton(key) || key, local, siblings, links);
  };

  const resolveSurname = (
    token: string,
    local: Entity,
    siblings: Entity[],
    links: Map<string, string>,
  ): EntityCoreRow | undefined => {
    const inArticle = siblings.filter(
      (s) =>
        s !== local &&
        s.type === 'PER' &&
        isFullName(s.name) &&
        parsePerson(s.name).surnames.some((p) => isSameNamePart(p, token)),
    );
    if (inArticle.length === 1) {
      const id = links.get(inArticle[0]?.id ?? '');
      if (id !== undefined) return rows.entity(id);
    }
    if (inArticle.length === 0) {
      const corpus = personsWithSurname(token);
      if (corpus.length === 1) return corpus[0];
    }
    // Ambiguous or unknown: one shared surname-only entity, to be completed later if it becomes unambiguous.
    const existing = rows.surnameEntity(token);
    if (existing !== undefined) return rows.entity(existing);
    const entity = create('PER', local.name);
    rows.setSurnameEntity(token, entity.id);
    return entity;
  };

  return {
    addArticle,
    entities: () => rows.entityIds().flatMap((id) => readEntity(rows, id) ?? []),
    get: (id) => readEntity(rows, id),
  };
}

/**
 * One entity as plain data. With `articleIds`, its sources, spellings and roles are only those from these
 * articles (a story's view of it: an entity named in 50 000 articles is not listed whole on every story).
 */
export function readEntity(rows: CorpusRows, id: string, articleIds?: string[]): GlobalEntity | undefined {
  const core = rows.entity(id);
  if (!core) return undefined;
  const names = rows.entityNames(id, articleIds);
  const only = articleIds ? new Set(articleIds) : undefined;
  const pick = (kind: 'alias' | 'role'): Sourced[] =>
    names.filter((n) => n.kind === kind).map(({ text, sources }) => ({ text, sources }));
  return {
    id: core.id,
    name: core.name,
    type: core.type as EntityType,
    aliases: pick('alias'),
    roles: pick('role'),
    sources: only
      ? [...only].filter((a) => names.some((n) => n.sources.includes(a)))
      : rows.entitySources(id),
    mentionCount: core.mentionCount,
  };
}

/** The canonical name: for people the fullest form (most words), then the most used, then the first seen. */
/**
 * One entity for its own page, bounded however many articles name it: `sources` are the latest `latest`
 * articles, each spelling and role lists its sources among those, and `sourceCount` gives the totals.
 */
export function readEntityOverview(rows: CorpusRows, id: string, latest: number): GlobalEntity | undefined {
  const core = rows.entity(id);
  if (!core) return undefined;
  const sources = rows.entitySources(id, latest);
  const recent = new Map(
    rows.entityNames(id, sources).map((n) => [`${n.kind}\u0000${n.text}`, n.sources] as const),
  );
  const counts = rows.entityNameCounts(id);
  const pick = (kind: 'alias' | 'role'): Sourced[] =>
    counts
      .filter((n) => n.kind === kind)
      .map(({ text, count }) => ({
        text,
        sources: recent.get(`${kind}\u0000${text}`) ?? [],
        sourceCount: count,
      }));
  return {
    id: core.id,
    name: core.name,
    type: core.type as EntityType,
    aliases: pick('alias'),
    roles: pick('role'),
    sources,
    mentionCount: core.mentionCount,
    sourceCount: rows.entitySourceCount(id),
  };
}

function pickName(votes: Record<string, number>, current: string, type: EntityType): string {
  let best = current;
  const words = (name: string): number => (type === 'PER' ? wordsOf(name).length : 0);
  const score = (name: string): number => words(name) * 1000 + (votes[name] ?? 0);
  for (const name of Object.keys(votes)) if (score(name) > score(best)) best = name;
  return best;
}
