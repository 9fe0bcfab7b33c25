// One actor across the corpus: name, type, spellings and roles with their sources, and the stories it is in.
import { api } from '../api.ts';
import { useT } from '../context.ts';
import { term } from '../i18n.ts';
import { href } from '../route.ts';
import { toEntityDetail } from '../story-types.ts';
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
}

function listOf(value: unknown): Listed[] {
  return Array.isArray(value) ? (value as Listed[]) : [];
}

/** Text items (quotes, claims) with a link to the article each comes from. */
function Evidence({ items }: { items: Listed[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>
          <blockquote>{item.text ?? ''}</blockquote>
          {item.articleId ? <a href={href.article(item.articleId)}>{item.articleId.slice(0, 8)}</a> : null}
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
        return (
          <article class="entity">
            <h1>{entity.name}</h1>
            <p class="meta">
              {term(t.entityTypes, entity.type)} · {t.mentions(entity.mentionCount)} ·{' '}
              {t.articleCount(entity.sources.length)}
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
                <Evidence items={quotes} />
              </>
            ) : null}
            {claims.length > 0 ? (
              <>
                <h2>{t.claims}</h2>
                <Evidence items={claims} />
              </>
            ) : null}
            {relations.length > 0 ? (
              <>
                <h2>{t.relations}</h2>
                <ul>
                  {relations.map((relation, index) => (
                    <li key={index}>
                      {relation.subject === entity.id ? entity.name : <EntityLink id={relation.subject} />} →{' '}
                      {term(t.predicates, relation.predicate)} →{' '}
                      {relation.object === entity.id ? entity.name : <EntityLink id={relation.object} />}
                      {relation.item ? ` (${relation.item})` : ''}
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
            <ul>
              {entity.sources.map((articleId) => (
                <li key={articleId}>
                  <a href={href.article(articleId)}>{articleId.slice(0, 8)}</a>
                </li>
              ))}
            </ul>
          </article>
        );
      }}
    </Status>
  );
}

function EntityLink({ id }: { id: string | null | undefined }) {
  return id ? <a href={href.entity(id)}>{id}</a> : <>?</>;
}
