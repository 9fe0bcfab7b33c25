// One actor across the corpus: name, type, spellings and roles, what it said and claimed, its relations (with the
// other actors by name) and the stories and articles it is in (by title).
import { api } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { useT } from '../context.ts';
import { term } from '../i18n.ts';
import { href } from '../route.ts';
import { toEntityDetail } from '../story-types.ts';
import { relativeTime } from '../time.ts';
import { useLoad } from '../use-load.ts';
import { Status } from './status.tsx';

interface Listed {
  id?: string;
  text?: string;
  title?: string | null;
  articleId?: string;
  subject?: string | null;
  object?: string | null;
  predicate?: string;
  item?: string | null;
  certainty?: string;
}

interface CitedArticle {
  id: string;
  title: string | null;
  published: string | null;
}

function listOf(value: unknown): Listed[] {
  return Array.isArray(value) ? (value as Listed[]) : [];
}

/** The API's `articles` (titles of everything the page cites) by id. */
function citedArticles(value: unknown): Map<string, CitedArticle> {
  const cited = Array.isArray(value) ? (value as CitedArticle[]) : [];
  return new Map(
    cited.filter((article) => typeof article?.id === 'string').map((article) => [article.id, article]),
  );
}

function namesOf(value: unknown): Record<string, string> {
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

interface RelationGroup {
  key: string;
  subject: string | null | undefined;
  predicate: string;
  object: string | null | undefined;
  items: string[];
  certainties: string[];
  articleIds: string[];
}

/** One line per subject, predicate and object (as the story network draws one edge), listing items and articles. */
function groupRelations(relations: Listed[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const predicate = relation.predicate ?? 'other';
    const key = JSON.stringify([relation.subject, predicate, relation.object]);
    const group = groups.get(key) ?? {
      key,
      subject: relation.subject,
      predicate,
      object: relation.object,
      items: [],
      certainties: [],
      articleIds: [],
    };
    groups.set(key, group);
    const add = (list: string[], value: string | null | undefined) => {
      if (value && !list.includes(value)) list.push(value);
    };
    add(group.items, relation.item);
    add(group.certainties, relation.certainty);
    add(group.articleIds, relation.articleId);
  }
  return [...groups.values()];
}

/** Text items (quotes, claims) with a link to the article each comes from. */
function Evidence({ items, title }: { items: Listed[]; title: (articleId: string) => string }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          <blockquote>{item.text ?? ''}</blockquote>
          {item.articleId ? <a href={href.article(item.articleId)}>{title(item.articleId)}</a> : null}
        </li>
      ))}
    </ul>
  );
}

export function EntityView({ id }: { id: string }) {
  const t = useT();
  const loaded = useLoad(`entity:${id}`, async () => toEntityDetail(await api.entity(id)));
  return (
    <Status loaded={loaded}>
      {(entity) => {
        const stories = listOf(entity.extra.stories);
        const quotes = listOf(entity.extra.quotes);
        const claims = listOf(entity.extra.claims);
        const relations = listOf(entity.extra.relations);
        const names = namesOf(entity.extra.entityNames);
        const cited = citedArticles(entity.extra.articles);
        const title = (articleId: string) => articleLabel(cited.get(articleId) ?? { id: articleId }, t);
        const other = (id: string | null | undefined) =>
          id === entity.id ? entity.name : <EntityLink id={id} name={id ? names[id] : undefined} />;
        const articleIds = [...cited.keys()].filter((id) => entity.sources.includes(id));
        for (const id of entity.sources) if (!cited.has(id)) articleIds.push(id);
        return (
          <article class="entity">
            <h1>{entity.name}</h1>
            <p class="meta">
              {term(t.entityTypes, entity.type)} · {t.mentions(entity.mentionCount)} ·{' '}
              {t.articleCount(entity.sourceCount ?? entity.sources.length)}
            </p>
            {entity.aliases.length > 0 ? (
              <>
                <h2>{t.aliases}</h2>
                <ul>
                  {entity.aliases.map((alias) => (
                    <li key={alias.text}>{alias.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {entity.roles.length > 0 ? (
              <>
                <h2>{t.roles}</h2>
                <ul>
                  {entity.roles.map((role) => (
                    <li key={role.text}>{role.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {quotes.length > 0 ? (
              <>
                <h2>{t.quotes}</h2>
                <Evidence items={quotes} title={title} />
              </>
            ) : null}
            {claims.length > 0 ? (
              <>
                <h2>{t.claims}</h2>
                <Evidence items={claims} title={title} />
              </>
            ) : null}
            {relations.length > 0 ? (
              <>
                <h2>{t.relations}</h2>
                <ul class="entity-relations">
                  {groupRelations(relations).map((group) => (
                    <li key={group.key}>
                      {other(group.subject)} → {term(t.predicates, group.predicate)} → {other(group.object)}
                      {group.items.length > 0 ? ` (${group.items.join(', ')})` : ''}
                      <span class="meta">
                        {group.certainties.length > 0
                          ? ` · ${group.certainties.map((code) => term(t.certainties, code)).join(' / ')}`
                          : ''}
                        {group.articleIds.map((articleId) => (
                          <span key={articleId}>
                            {' · '}
                            <a href={href.article(articleId)}>{title(articleId)}</a>
                          </span>
                        ))}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {stories.length > 0 ? (
              <>
                <h2>{t.stories}</h2>
                <ul>
                  {stories.map((story) =>
                    story.id ? (
                      <li key={story.id}>
                        <a href={href.story(story.id)}>{story.title ?? story.id}</a>
                      </li>
                    ) : null,
                  )}
                </ul>
              </>
            ) : null}
            <h2>{t.articles}</h2>
            <ul class="articles">
              {articleIds.map((articleId) => (
                <li key={articleId}>
                  <a href={href.article(articleId)}>{title(articleId)}</a>{' '}
                  <span class="meta">{relativeTime(cited.get(articleId)?.published ?? null, t)}</span>
                </li>
              ))}
            </ul>
          </article>
        );
      }}
    </Status>
  );
}

/** A link to another entity's page, by name when the API sent it. */
function EntityLink({ id, name }: { id: string | null | undefined; name: string | undefined }) {
  return id ? <a href={href.entity(id)}>{name ?? id}</a> : <>?</>;
}
