// The story's actor network as SVG: entities on a circle sized by mentions, relations as edges labelled by item,
// dashed when hedged. Clicking an edge (or its row in the list, for keyboards) shows the evidence sentences.
import { useState } from 'preact/hooks';
import { useT } from '../context.ts';
import { href } from '../route.ts';
import type { GlobalEntity, RelationFact } from '../story-types.ts';

const SIZE = 520;
const MAX_NODES = 24;

function isHedged(relation: RelationFact): boolean {
  return relation.certainty === 'hedged' || relation.certainty === 'estimated';
}

interface NetworkProps {
  entities: GlobalEntity[];
  relations: RelationFact[];
  articleTitle: (articleId: string) => string;
}

export function ActorNetwork({ entities, relations, articleTitle }: NetworkProps) {
  const t = useT();
  const [selected, setSelected] = useState<RelationFact | null>(null);
  const involved = new Set(relations.flatMap((relation) => [relation.subject, relation.object]));
  const nodes = entities
    .filter((entity) => involved.has(entity.id))
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .slice(0, MAX_NODES);
  const center = SIZE / 2;
  const radius = SIZE / 2 - 70;
  const most = Math.max(1, ...nodes.map((node) => node.mentionCount));
  const position = new Map(
    nodes.map((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, nodes.length) - Math.PI / 2;
      return [node.id, { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle) }];
    }),
  );
  const name = (id: string) => entities.find((entity) => entity.id === id)?.name ?? id;
  const edges = relations.filter(
    (relation) => position.has(relation.subject) && position.has(relation.object),
  );
  const edgeLabel = (relation: RelationFact) => relation.item ?? relation.predicate;
  return (
    <div class="network">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t.network} class="network-graph">
        {edges.map((relation) => {
          const from = position.get(relation.subject);
          const to = position.get(relation.object);
          if (!from || !to) return null;
          return (
            <g
              key={relation.id}
              class={`edge${isHedged(relation) ? ' hedged' : ''}${selected?.id === relation.id ? ' selected' : ''}`}
              data-relation={relation.id}
              onClick={() => setSelected(relation)}
            >
              <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
              <line class="hit" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
              <text x={(from.x + to.x) / 2} y={(from.y + to.y) / 2 - 4}>
                {edgeLabel(relation)}
              </text>
            </g>
          );
        })}
        {nodes.map((node) => {
          const at = position.get(node.id);
          if (!at) return null;
          const r = 8 + 18 * Math.sqrt(node.mentionCount / most);
          return (
            <g key={node.id} class={`node ${node.type}`}>
              <circle cx={at.x} cy={at.y} r={r} />
              <text x={at.x} y={at.y + r + 14}>
                {node.name}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="note">{t.networkHelp}</p>
      <ul class="relations">
        {edges.map((relation) => (
          <li key={relation.id}>
            <button
              type="button"
              aria-pressed={selected?.id === relation.id}
              onClick={() => setSelected(relation)}
            >
              {name(relation.subject)} → {relation.predicate} → {name(relation.object)}
              {relation.item ? ` (${relation.item})` : ''}
              {isHedged(relation) ? ` · ${t.hedged}` : ''}
            </button>
          </li>
        ))}
      </ul>
      {selected ? (
        <div class="evidence" role="region" aria-label={t.evidence}>
          <h3>
            {t.evidence}: <a href={href.entity(selected.subject)}>{name(selected.subject)}</a> →{' '}
            {selected.predicate} → <a href={href.entity(selected.object)}>{name(selected.object)}</a>
          </h3>
          <ul>
            {selected.sources.map((source, index) => (
              <li key={index}>
                <blockquote>{source.text}</blockquote>
                <a href={href.article(source.articleId)}>{articleTitle(source.articleId)}</a>
                {source.certainty ? ` · ${t.certainties[source.certainty]}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
