// The corpus state rows in memory: the same contract as the store's tables, for evaluation, tests and restores.
import type {
  CorpusRows,
  EntityCoreRow,
  EntityNameKind,
  PostedStory,
  StoryCentroidRow,
  StoryMemberRow,
  TermSpace,
} from '../store/index.ts';

interface NameRow {
  kind: EntityNameKind;
  text: string;
  sources: string[];
}

export class MemoryCorpusRows implements CorpusRows {
  readonly #counters = new Map<string, number>();
  readonly #terms = { words: new Map<string, number>(), entities: new Map<string, number>() };
  readonly #stories = new Map<string, StoryCentroidRow>();
  readonly #members = new Map<string, StoryMemberRow[]>();
  readonly #memberOf = new Map<string, string>();
  /** Per key, story ids oldest first (at most `perKey`), with the story's posting time. */
  readonly #postings = new Map<string, { storyId: string; touched: number }[]>();
  readonly #entities = new Map<string, EntityCoreRow>();
  readonly #sources = new Map<string, string[]>();
  readonly #names = new Map<string, NameRow[]>();
  readonly #keys = new Map<string, string[]>();
  readonly #fuzzy = new Map<string, { word: string; entityId: string }[]>();
  readonly #surnames = new Map<string, string>();

  refresh(): void {}

  counter(name: string): number {
    return this.#counters.get(name) ?? 0;
  }

  setCounter(name: string, value: number): void {
    this.#counters.set(name, value);
  }

  termCounts(space: TermSpace, terms: Iterable<string>): Map<string, number> {
    const table = this.#terms[space];
    const out = new Map<string, number>();
    for (const term of terms) {
      const df = table.get(term);
      if (df !== undefined) out.set(term, df);
    }
    return out;
  }

  countTerms(space: TermSpace, counts: Iterable<readonly [string, number]>): void {
    const table = this.#terms[space];
    for (const [term, by] of counts) table.set(term, (table.get(term) ?? 0) + by);
  }

  story(id: string, _touched?: number): StoryCentroidRow | undefined {
    const row = this.#stories.get(id);
    return row ? structuredClone(row) : undefined;
  }

  putStory(row: StoryCentroidRow): void {
    this.#stories.set(row.id, structuredClone(row));
  }

  deleteStory(id: string): void {
    this.#stories.delete(id);
  }

  members(storyId: string, latest?: number): StoryMemberRow[] {
    const all = this.#members.get(storyId) ?? [];
    return (latest === undefined ? all : all.slice(-latest)).map((m) => ({ ...m }));
  }

  addMember(row: StoryMemberRow): void {
    const list = this.#members.get(row.storyId) ?? [];
    list.push({ ...row });
    this.#members.set(row.storyId, list);
    this.#memberOf.set(row.articleId, row.storyId);
  }

  moveMembers(from: string, into: string): void {
    const moved = this.#members.get(from) ?? [];
    const list = this.#members.get(into) ?? [];
    for (const member of moved) {
      list.push({ ...member, storyId: into });
      this.#memberOf.set(member.articleId, into);
    }
    this.#members.set(into, list);
    this.#members.delete(from);
  }

  storyOfArticle(articleId: string): string | undefined {
    return this.#memberOf.get(articleId);
  }

  postings(keys: string[], perKey: number): Map<string, PostedStory[]> {
    const out = new Map<string, PostedStory[]>();
    for (const key of keys) {
      const list = this.#postings.get(key) ?? [];
      const found: PostedStory[] = [];
      for (let i = list.length - 1; i >= 0 && found.length < perKey; i--) {
        const posting = list[i];
        const story = posting && this.#stories.get(posting.storyId);
        if (story) found.push({ storyId: story.id, span: story.span, touched: story.touched });
      }
      out.set(key, found);
    }
    return out;
  }

  post(storyId: string, keys: string[], touched: number, perKey: number): void {
    for (const key of keys) {
      const list = (this.#postings.get(key) ?? []).filter((p) => p.storyId !== storyId);
      list.push({ storyId, touched });
      if (list.length > perKey) list.splice(0, list.length - perKey);
      this.#postings.set(key, list);
    }
  }

  unpost(storyId: string): void {
    for (const [key, list] of this.#postings) {
      const kept = list.filter((p) => p.storyId !== storyId);
      if (kept.length !== list.length) this.#postings.set(key, kept);
    }
  }

  entity(id: string): EntityCoreRow | undefined {
    const row = this.#entities.get(id);
    return row ? { ...row, votes: { ...row.votes } } : undefined;
  }

  putEntity(row: EntityCoreRow): void {
    this.#entities.set(row.id, { ...row, votes: { ...row.votes } });
  }

  addEntitySource(entityId: string, articleId: string): boolean {
    const list = this.#sources.get(entityId) ?? [];
    this.#sources.set(entityId, list);
    if (list.includes(articleId)) return false;
    list.push(articleId);
    return true;
  }

  addEntityName(entityId: string, kind: EntityNameKind, text: string, articleId: string): boolean {
    const list = this.#names.get(entityId) ?? [];
    this.#names.set(entityId, list);
    const found = list.find((n) => n.kind === kind && n.text === text);
    if (!found) list.push({ kind, text, sources: [articleId] });
    else if (!found.sources.includes(articleId)) found.sources.push(articleId);
    return !found;
  }

  entityIdsByKey(key: string): string[] {
    return [...(this.#keys.get(key) ?? [])];
  }

  addEntityKey(key: string, entityId: string): void {
    const list = this.#keys.get(key) ?? [];
    if (!list.includes(entityId)) list.push(entityId);
    this.#keys.set(key, list);
  }

  fuzzyWords(scope: string, variant: string): { word: string; entityId: string }[] {
    return [...(this.#fuzzy.get(`${scope}\u0000${variant}`) ?? [])];
  }

  addFuzzyWord(scope: string, variant: string, word: string, entityId: string): void {
    const key = `${scope}\u0000${variant}`;
    const list = this.#fuzzy.get(key) ?? [];
    if (!list.some((w) => w.word === word && w.entityId === entityId)) list.push({ word, entityId });
    this.#fuzzy.set(key, list);
  }

  surnameEntity(token: string): string | undefined {
    return this.#surnames.get(token);
  }

  setSurnameEntity(token: string, entityId: string | null): void {
    if (entityId === null) this.#surnames.delete(token);
    else this.#surnames.set(token, entityId);
  }

  entitySources(entityId: string, latest?: number): string[] {
    const all = this.#sources.get(entityId) ?? [];
    return latest === undefined ? [...all] : all.slice(-latest);
  }

  entitySourceCount(entityId: string): number {
    return this.#sources.get(entityId)?.length ?? 0;
  }

  entityNames(
    entityId: string,
    articleIds?: string[],
  ): { kind: EntityNameKind; text: string; sources: string[] }[] {
    const only = articleIds ? new Set(articleIds) : undefined;
    return (this.#names.get(entityId) ?? []).flatMap((n) => {
      const sources = only ? n.sources.filter((s) => only.has(s)) : [...n.sources];
      return sources.length > 0 ? [{ kind: n.kind, text: n.text, sources }] : [];
    });
  }

  entityNameCounts(entityId: string): { kind: EntityNameKind; text: string; count: number }[] {
    return (this.#names.get(entityId) ?? []).map((n) => ({
      kind: n.kind,
      text: n.text,
      count: n.sources.length,
    }));
  }

  entityIds(): string[] {
    return [...this.#entities.keys()];
  }

  storyIds(): string[] {
    return [...this.#stories.keys()];
  }
}
