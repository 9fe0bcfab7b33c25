// Cross-article entity linking: one global entity per real-world referent across articles and spellings.
import type { ArticleRecord, Entity, EntityType } from '../../contract/index.ts';
import { createFuzzyIndex } from './fuzzy-index.ts';
import { isSameNamePart, normaliseKey, skeleton, stripGenitive } from './name-key.ts';

/** A spelling or a role with the articles it came from. */
export interface Sourced {
  text: string;
  sources: string[];
}

/** One real-world referent across the corpus; plain data, so the linker state serialises as JSON. */
export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Sourced[];
  roles: Sourced[];
  /** Article ids, in the order they were added. */
  sources: string[];
  mentionCount: number;
}

export interface EntityLinker {
  /** Links one article's entities; returns local entity id -> global entity id. */
  addArticle: (record: Pick<ArticleRecord, 'id' | 'entities' | 'quotes'>) => Map<string, string>;
  entities: () => GlobalEntity[];
  get: (id: string) => GlobalEntity | undefined;
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

interface Entry {
  entity: GlobalEntity;
  nameVotes: Map<string, number>;
  fullNames: PersonName[];
}

export function createEntityLinker(state: { entities?: GlobalEntity[] } = {}): EntityLinker {
  const entries = new Map<string, Entry>();
  const byKey = new Map<string, string[]>();
  /** PER entries by each surname-like word (scope '') and by surname part within their first name's scope. */
  const people = createFuzzyIndex();
  let nextId = 1;

  const push = (index: Map<string, string[]>, key: string, id: string): void => {
    const list = index.get(key);
    if (!list) index.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };

  const indexName = (entry: Entry, text: string): void => {
    const key = normaliseKey(text);
    // Only name-shaped mentions are keys: a lower-case one (`landet`, `presidenten`) names different
    // referents in different articles.
    if (!key || !/^[\p{Lu}\p{N}]/u.test(text.trim())) return;
    const { entity } = entry;
    if (entity.type !== 'PER') {
      push(byKey, key, entity.id);
      return;
    }
    // A one-word person alias (`Kim`, `Putins`) is not a key: it may name several people across articles.
    if (!isFullName(text)) return;
    push(byKey, key, entity.id);
    const person = parsePerson(text);
    if (!entry.fullNames.some((p) => p.first === person.first && p.rest === person.rest)) {
      entry.fullNames.push(person);
    }
    for (const surname of person.surnames) people.add('', surname, entity.id);
    if (person.first !== null) people.add(person.first, person.rest, entity.id);
  };

  const create = (type: EntityType, name: string): Entry => {
    const id = `g${nextId++}`;
    const entry: Entry = {
      entity: { id, name, type, aliases: [], roles: [], sources: [], mentionCount: 0 },
      nameVotes: new Map(),
      fullNames: [],
    };
    entries.set(id, entry);
    return entry;
  };

  const compatible = (ids: string[] | undefined, type: EntityType): Entry[] =>
    (ids ?? []).flatMap((id) => {
      const entry = entries.get(id);
      return entry && isTypeCompatible(entry.entity.type, type) ? [entry] : [];
    });

  const findByKey = (names: string[], type: EntityType): Entry | undefined => {
    for (const strip of [false, true]) {
      for (const name of names) {
        const key = normaliseKey(name);
        if (type === 'PER' && !isFullName(name)) continue;
        const probe = strip ? stripGenitive(key) : key;
        if (probe === null) continue;
        const found = compatible(byKey.get(probe), type);
        // Two compatible entities under one key (a LOC and a GPE): the one of the same type, if just one.
        const exact = found.filter((e) => e.entity.type === type);
        if (found.length === 1) return found[0];
        if (exact.length === 1) return exact[0];
      }
    }
    return undefined;
  };

  /** Full-name person with the same first name and a surname part within the edit limit. */
  const findPersonFuzzy = (person: PersonName): Entry | undefined => {
    if (person.first === null) return undefined;
    const hits = compatible(people.find(person.first, person.rest), 'PER');
    return hits.length === 1 ? hits[0] : undefined;
  };

  /** People in the corpus a one-word name may stand for. */
  const personsWithSurname = (token: string): Entry[] => compatible(people.find('', token), 'PER');

  const surnameOnly = new Map<string, string>();

  const absorb = (entry: Entry, local: Entity, articleId: string, roles: string[]): void => {
    const { entity } = entry;
    if (!entity.sources.includes(articleId)) entity.sources.push(articleId);
    entity.mentionCount += Math.max(1, local.mentions.length);
    entry.nameVotes.set(local.name, (entry.nameVotes.get(local.name) ?? 0) + 1);
    for (const text of new Set([local.name, ...local.mentions.map((m) => m.text)])) {
      addSourced(entity.aliases, text, articleId);
      indexName(entry, text);
    }
    for (const role of roles) addSourced(entity.roles, role, articleId);
    entity.name = pickName(entry.nameVotes, entity.name, entity.type);
  };

  const restore = (entity: GlobalEntity): void => {
    const entry: Entry = {
      entity: structuredClone(entity),
      nameVotes: new Map([[entity.name, 1]]),
      fullNames: [],
    };
    entries.set(entity.id, entry);
    for (const alias of entity.aliases) indexName(entry, alias.text);
    const key = normaliseKey(entity.name);
    if (entity.type === 'PER' && !isFullName(entity.name))
      surnameOnly.set(skeleton(key.replace(/ /g, '')), entity.id);
    const n = Number(entity.id.replace(/^\D+/, ''));
    if (Number.isFinite(n) && n >= nextId) nextId = n + 1;
  };
  for (const entity of state.entities ?? []) restore(entity);

  const addArticle = (record: Pick<ArticleRecord, 'id' | 'entities' | 'quotes'>): Map<string, string> => {
    const links = new Map<string, string>();
    const rolesOf = (localId: string): string[] =>
      record.quotes.flatMap((q) => (q.speaker === localId && q.speakerRole ? [q.speakerRole] : []));
    // Full names first, so a surname-only entity can find its full name in the same article.
    const ordered = [...record.entities].sort(
      (a, b) => Number(isFullName(b.name)) - Number(isFullName(a.name)),
    );
    for (const local of ordered) {
      const entry = resolve(local, record.entities, links) ?? create(local.type, local.name);
      absorb(entry, local, record.id, rolesOf(local.id));
      links.set(local.id, entry.entity.id);
    }
    return links;
  };

  const resolve = (local: Entity, siblings: Entity[], links: Map<string, string>): Entry | undefined => {
    const names = [local.name, ...local.mentions.map((m) => m.text)];
    const byName = findByKey(names, local.type);
    if (byName || local.type !== 'PER') return byName;
    if (isFullName(local.name)) {
      const person = parsePerson(local.name);
      const fuzzy = findPersonFuzzy(person);
      if (fuzzy) return fuzzy;
      // A full name may complete a surname-only entity seen earlier, when no other person shares the surname.
      for (const surname of person.surnames) {
        const id = surnameOnly.get(surname);
        const entry = id === undefined ? undefined : entries.get(id);
        if (entry && personsWithSurname(surname).length === 0) {
          surnameOnly.delete(surname);
          return entry;
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
  ): Entry | undefined => {
    const inArticle = siblings.filter(
      (s) =>
        s !== local &&
        s.type === 'PER' &&
        isFullName(s.name) &&
        parsePerson(s.name).surnames.some((p) => isSameNamePart(p, token)),
    );
    if (inArticle.length === 1) {
      const id = links.get(inArticle[0]?.id ?? '');
      if (id !== undefined) return entries.get(id);
    }
    if (inArticle.length === 0) {
      const corpus = personsWithSurname(token);
      if (corpus.length === 1) return corpus[0];
    }
    // Ambiguous or unknown: one shared surname-only entity, to be completed later if it becomes unambiguous.
    const existing = surnameOnly.get(token);
    if (existing !== undefined) return entries.get(existing);
    const entry = create('PER', local.name);
    surnameOnly.set(token, entry.entity.id);
    return entry;
  };

  return {
    addArticle,
    entities: () => [...entries.values()].map((e) => structuredClone(e.entity)),
    get: (id) => {
      const entity = entries.get(id)?.entity;
      return entity ? structuredClone(entity) : undefined;
    },
  };
}

function addSourced(list: Sourced[], text: string, source: string): void {
  const found = list.find((s) => s.text === text);
  if (!found) list.push({ text, sources: [source] });
  else if (!found.sources.includes(source)) found.sources.push(source);
}

/** The canonical name: for people the fullest form (most words), then the most used, then the first seen. */
function pickName(votes: Map<string, number>, current: string, type: EntityType): string {
  let best = current;
  const words = (name: string): number => (type === 'PER' ? wordsOf(name).length : 0);
  const score = (name: string): number => words(name) * 1000 + (votes.get(name) ?? 0);
  for (const name of votes.keys()) if (score(name) > score(best)) best = name;
  return best;
}
