// One story: short version, actor network, timeline, claims with disagreements side by side, quotes by speaker.
import { api } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { useT } from '../context.ts';
import { term } from '../i18n.ts';
import { href } from '../route.ts';
import { toStoryDetail, type ClaimFact, type DisagreementSide, type StoryDetail } from '../story-types.ts';
import { relativeTime } from '../time.ts';
import { useLoad } from '../use-load.ts';
import { ActorNetwork } from './actor-network.tsx';
import { Status } from './status.tsx';

export function StoryView({ id }: { id: string }) {
  const loaded = useLoad(`story:${id}`, async () => toStoryDetail(await api.story(id)));
  return <Status loaded={loaded}>{(story) => <Story story={story} />}</Status>;
}

function amount(fact: { value: number | null; min: number | null; max: number | null }): string {
  if (fact.value !== null) return fact.value.toLocaleString();
  if (fact.min !== null || fact.max !== null)
    return `${fact.min?.toLocaleString() ?? '?'}–${fact.max?.toLocaleString() ?? '?'}`;
  return '';
}

function Story({ story }: { story: StoryDetail }) {
  const t = useT();
  const name = (entityId: string | null) =>
    entityId === null ? null : (story.entities.find((entity) => entity.id === entityId)?.name ?? entityId);
  const bySpeaker = new Map<string, typeof story.quotes>();
  for (const quote of story.quotes) {
    const key = quote.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  const articleTitle = (articleId: string) =>
    articleLabel(story.articles.find((article) => article.id === articleId) ?? { id: articleId }, t);
  const sides = (side: DisagreementSide, unit: string | null) => (
    <div class="side">
      <strong>
        {amount(side)} {unit ?? ''}
      </strong>
      <blockquote>{side.text}</blockquote>
      <span class="meta">
        {side.holders.map((holder) => holder.holderName ?? name(holder.holder) ?? '?').join(', ')} ·{' '}
        {term(t.certainties, side.certainty)}
        {side.sources.map((source) => (
          <span key={source.articleId}>
            {' · '}
            <a href={href.article(source.articleId)}>{articleTitle(source.articleId)}</a>
          </span>
        ))}
      </span>
    </div>
  );
  return (
    <article class="story">
      <h1>{story.title ?? t.storyTitle}</h1>
      <p class="meta">
        {relativeTime(story.to, t)} · {t.articleCount(story.articles.length)} ·{' '}
        {t.sourceCount(new Set(story.articles.map((article) => article.source)).size)}
      </p>
      {story.summary.length > 0 ? (
        <section aria-labelledby="short-version">
          <h2 id="short-version">{t.shortVersion}</h2>
          <p class="short-version">{story.summary.join(' ')}</p>
        </section>
      ) : null}
      {story.relations.length > 0 ? (
        <section aria-labelledby="network">
          <h2 id="network">{t.network}</h2>
          <ActorNetwork entities={story.entities} relations={story.relations} articleTitle={articleTitle} />
        </section>
      ) : null}
      {story.timeline.length > 0 ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline">{t.timeline}</h2>
          <ol class="timeline">
            {story.timeline.map((entry) => (
              <li key={entry.eventId}>
                <time dateTime={entry.date ?? undefined}>{entry.date ?? t.undated}</time>{' '}
                <span class="event-type">{term(t.eventTypes, entry.type)}</span> <span>{entry.text}</span>
                <span class="meta"> · {t.sourceCount(entry.sourceCount)}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {story.disagreements.length > 0 ? (
        <section aria-labelledby="disagreements">
          <h2 id="disagreements">{t.disagreements}</h2>
          {story.disagreements.map((disagreement) => (
            <div key={disagreement.id} class="disagreement">
              <div class="sides">
                {sides(disagreement.sides[0], disagreement.unit)}
                {sides(disagreement.sides[1], disagreement.unit)}
              </div>
            </div>
          ))}
        </section>
      ) : null}
      {story.claims.length > 0 ? (
        <ClaimsTable
          claims={story.claims}
          disputed={new Set(story.disagreements.flatMap((d) => d.sides.map((side) => side.factId)))}
          name={name}
        />
      ) : null}
      {bySpeaker.size > 0 ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">{t.quotes}</h2>
          {[...bySpeaker].map(([speaker, quotes]) => (
            <div key={speaker} class="speaker">
              <h3>
                {speaker ? <a href={href.entity(speaker)}>{name(speaker)}</a> : t.unattributed}
                {quotes[0]?.speakerRole ? <span class="meta"> · {quotes[0].speakerRole}</span> : null}
              </h3>
              <ul>
                {quotes.map((quote, index) => (
                  <li key={index}>
                    <blockquote>{quote.text}</blockquote>
                    <a href={href.article(quote.articleId)}>{articleTitle(quote.articleId)}</a>
                    {quote.outlet ? <span class="meta"> · {quote.outlet}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="story-articles">
        <h2 id="story-articles">{t.articles}</h2>
        <ul class="articles">
          {story.articles.map((article) => (
            <li key={article.id}>
              <a href={href.article(article.id)}>{articleLabel(article, t)}</a>{' '}
              <span class="meta">{relativeTime(article.published, t)}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

interface ClaimsTableProps {
  claims: ClaimFact[];
  /** Claims that are one side of a disagreement; their rows are marked. */
  disputed: Set<string>;
  name: (id: string | null) => string | null;
}

function ClaimsTable({ claims, disputed, name }: ClaimsTableProps) {
  const t = useT();
  return (
    <section aria-labelledby="claims">
      <h2 id="claims">{t.claims}</h2>
      <div class="table-scroll">
        <table class="claims">
          <thead>
            <tr>
              <th scope="col">{t.about}</th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.holder}</th>
              <th scope="col">{t.certainty}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} class={disputed.has(claim.id) ? 'disputed' : undefined}>
                <td>{claim.about ?? claim.sources[0]?.text ?? ''}</td>
                <td>
                  {amount(claim)} {claim.unit ?? ''}
                </td>
                <td>
                  {claim.holders.map((holder) => holder.holderName ?? name(holder.holder) ?? '?').join(', ')}
                </td>
                <td>
                  {term(t.certainties, claim.certainty)}
                  {disputed.has(claim.id) ? <strong class="disputed-flag"> · {t.disputed}</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
