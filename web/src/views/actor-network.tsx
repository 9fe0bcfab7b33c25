// The story's actor network drawn by cytoscape (loaded on demand, its own chunk): entities sized by mentions,
// relations as edges labelled by item, solid when asserted, dashed when hedged, dotted when denied; a cose
// (force) layout with zoom and pan. Relations of the same two actors, direction and predicate are one edge
// whose label lists their items ("soldat, våpen +3") and whose evidence is grouped by item. The canvas is not keyboard navigable, so every edge is also a button in the
// list beside it; a tap on an edge or a press on its button opens the same evidence panel.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../context.ts';
import { term, type Dictionary } from '../i18n.ts';
import { href } from '../route.ts';
import type { GlobalEntity, RelationFact } from '../story-types.ts';

const MAX_NODES = 30;
const FIT_MAX_ZOOM = 1.3;
const MIN_LAYOUT_WIDTH = 560;

const LABEL_ITEMS = 2;

type LineStyle = 'solid' | 'dashed' | 'dotted';

function lineStyle(relation: RelationFact): LineStyle {
  if (relation.certainty === 'denied') return 'dotted';
  if (relation.certainty === 'hedged' || relation.certainty === 'estimated') return 'dashed';
  return 'solid';
}

/** The relations one edge stands for: same subject, predicate and object, in the story's order. */
export interface EdgeGroup {
  /** The first relation's id (so an edge is named by a relation the story has). */
  id: string;
  subject: string;
  predicate: string;
  object: string;
  relations: RelationFact[];
  /** Distinct items, in order of first appearance. */
  items: string[];
  /** Solid when any of them is asserted or reported, else dashed when any is hedged, else dotted (all denied). */
  line: LineStyle;
}

function groupEdges(relations: RelationFact[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const relation of relations) {
    const key = JSON.stringify([relation.subject, relation.predicate, relation.object]);
    const group = groups.get(key);
    if (group) group.relations.push(relation);
    else
      groups.set(key, {
        id: relation.id,
        subject: relation.subject,
        predicate: relation.predicate,
        object: relation.object,
        relations: [relation],
        items: [],
        line: 'dotted',
      });
  }
  const strength: Record<LineStyle, number> = { dotted: 0, dashed: 1, solid: 2 };
  for (const group of groups.values()) {
    group.items = [...new Set(group.relations.flatMap((relation) => (relation.item ? [relation.item] : [])))];
    group.line = group.relations
      .map(lineStyle)
      .reduce((best, line) => (strength[line] > strength[best] ? line : best), 'dotted' as LineStyle);
  }
  return [...groups.values()];
}

/** "soldat, våpen +3": the first items and how many more; the predicate when no relation names an item. */
function edgeLabel(group: EdgeGroup, t: Dictionary): string {
  if (group.items.length === 0) return term(t.predicates, group.predicate);
  const more = group.items.length - LABEL_ITEMS;
  return group.items.slice(0, LABEL_ITEMS).join(', ') + (more > 0 ? ` +${more}` : '');
}

/** The group's relations by item (a relation without one under the predicate), each with its sources. */
function byItem(group: EdgeGroup, t: Dictionary): { item: string; relations: RelationFact[] }[] {
  const items = new Map<string, RelationFact[]>();
  for (const relation of group.relations) {
    const item = relation.item ?? term(t.predicates, relation.predicate);
    items.set(item, [...(items.get(item) ?? []), relation]);
  }
  return [...items].map(([item, relations]) => ({ item, relations }));
}

/** Where each edge's midpoint is on screen, for the browser test to click the canvas like a user would. */
export interface NetworkTestHook {
  edges(): { id: string; x: number; y: number }[];
}

declare global {
  interface Window {
    sakskartNetwork?: NetworkTestHook;
  }
}

interface NetworkProps {
  entities: GlobalEntity[];
  relations: RelationFact[];
  articleTitle: (articleId: string) => string;
}

/** Fill and border by entity type: people warm, organisations blue, places green, the rest grey. */
const TYPE_COLOURS: Record<string, [string, string]> = {
  PER: ['#f7c59f', '#a55d24'],
  ORG: ['#9cc3f0', '#2b5f99'],
  GPE: ['#b7dfb0', '#3d7a34'],
  LOC: ['#b7dfb0', '#3d7a34'],
};
const OTHER_COLOURS: [string, string] = ['#d6d3cc', '#6b6860'];

function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-color': 'data(border)',
        'border-width': 2,
        label: 'data(label)',
        'font-size': 16,
        color: '#1d1d1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': '#7b8794',
        'target-arrow-color': '#7b8794',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        label: 'data(label)',
        'font-size': 11,
        // Below this on-screen size the labels would be a smudge: zoom in to read them.
        'min-zoomed-font-size': 8,
        color: '#4a4a46',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
      },
    },
    { selector: 'edge[line = "dashed"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] } },
    {
      selector: 'edge[line = "dotted"]',
      style: { 'line-style': 'dotted', 'line-color': '#a4000f', 'target-arrow-color': '#a4000f' },
    },
    {
      selector: 'edge.chosen',
      style: { width: 4, 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad', 'z-index': 10 },
    },
  ];
}

export function ActorNetwork({ entities, relations, articleTitle }: NetworkProps) {
  const t = useT();
  const [selected, setSelected] = useState<EdgeGroup | null>(null);
  const [canvas, setCanvas] = useState<'loading' | 'ready' | 'failed'>('loading');
  const container = useRef<HTMLDivElement>(null);
  const evidence = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);

  const { nodes, edges } = useMemo(() => {
    const involved = new Set(relations.flatMap((relation) => [relation.subject, relation.object]));
    const shown = entities
      .filter((entity) => involved.has(entity.id))
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, MAX_NODES);
    const ids = new Set(shown.map((entity) => entity.id));
    return {
      nodes: shown,
      edges: groupEdges(
        relations.filter((relation) => ids.has(relation.subject) && ids.has(relation.object)),
      ),
    };
  }, [entities, relations]);

  const name = (id: string) => entities.find((entity) => entity.id === id)?.name ?? id;
  const predicate = (group: EdgeGroup) => term(t.predicates, group.predicate);
  const choose = (group: EdgeGroup) => {
    setSelected(group);
    requestAnimationFrame(() => evidence.current?.scrollIntoView({ block: 'nearest' }));
  };

  const elements = useMemo(() => toElements(nodes, edges, t), [nodes, edges, t]);

  // Draw (again) whenever the graph or the language changes; the chunk is fetched once and cached by the browser.
  useEffect(() => {
    let cancelled = false;
    let resized: ResizeObserver | null = null;
    setCanvas('loading');
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        const element = container.current;
        if (cancelled || !element) return;
        const cy = cytoscape({
          container: element,
          elements,
          style: graphStyle(),
          minZoom: 0.1,
          maxZoom: 2.5,
          boxSelectionEnabled: false,
          autounselectify: true,
        });
        graph.current = cy;
        cy.on('tap', 'edge', (event) => {
          const group = edges.find((edge) => edge.id === event.target.data('relation'));
          if (group) choose(group);
        });
        const spread = Math.max(1, MIN_LAYOUT_WIDTH / Math.max(1, cy.width()));
        const layout = cy.layout({
          name: 'cose',
          animate: false,
          padding: 24,
          nodeDimensionsIncludeLabels: true,
          idealEdgeLength: () => 90,
          nodeRepulsion: () => 400000,
          nodeOverlap: 20,
          componentSpacing: 60,
          // Start from a circle, not at random: the same story draws the same way every time.
          randomize: false,
          // The container's shape, so a wide screen gets a wide graph and a phone a taller one; a phone's
          // graph is laid out larger and shown zoomed out (pinch or + to read), so its labels do not collide.
          boundingBox: { x1: 0, y1: 0, w: cy.width() * spread, h: cy.height() * spread },
        });
        layout.one('layoutstop', () => {
          if (cancelled) return;
          fitGraph(cy);
          window.sakskartNetwork = { edges: () => edgeMidpoints(cy, element) };
          setCanvas('ready');
        });
        layout.run();
        // A turned phone or a narrower window: redraw at the new size and bring the whole graph back in view.
        resized = new ResizeObserver(() => {
          cy.resize();
          fitGraph(cy);
        });
        resized.observe(element);
      })
      .catch(() => {
        if (!cancelled) setCanvas('failed');
      });
    return () => {
      cancelled = true;
      resized?.disconnect();
      graph.current?.destroy();
      graph.current = null;
      delete window.sakskartNetwork;
    };
  }, [elements, edges]);

  useEffect(() => {
    const cy = graph.current;
    if (!cy) return;
    cy.edges().removeClass('chosen');
    if (selected) cy.getElementById(`r:${selected.id}`).addClass('chosen');
  }, [selected, canvas]);

  const zoom = (factor: number) => {
    const cy = graph.current;
    if (!cy) return;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  };

  return (
    <div class="network">
      <div class="network-canvas-wrap">
        <div
          ref={container}
          class="network-canvas"
          role="img"
          aria-label={t.networkCanvas(nodes.length, edges.length)}
          data-state={canvas}
        />
        {canvas === 'loading' ? <p class="network-status">{t.loading}</p> : null}
        {canvas === 'failed' ? <p class="network-status">{t.error}</p> : null}
      </div>
      <div class="network-tools">
        <button type="button" onClick={() => zoom(1.25)} aria-label={t.zoomIn} disabled={canvas !== 'ready'}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t.zoomOut} disabled={canvas !== 'ready'}>
          −
        </button>
        <button
          type="button"
          onClick={() => graph.current && fitGraph(graph.current)}
          disabled={canvas !== 'ready'}
        >
          {t.zoomFit}
        </button>
        <dl class="network-legend" aria-label={t.networkLegend}>
          {(['solid', 'dashed', 'dotted'] as const).map((style) => (
            <div key={style}>
              <dt>
                <svg width="36" height="10" aria-hidden="true" class={`legend-line ${style}`}>
                  <line x1="0" y1="5" x2="36" y2="5" />
                </svg>
              </dt>
              <dd>{style === 'solid' ? t.lineSolid : style === 'dashed' ? t.lineDashed : t.lineDotted}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p class="note">{t.networkHelp}</p>
      {selected ? (
        <div class="evidence" role="region" aria-label={t.evidence} aria-live="polite" ref={evidence}>
          <h3>
            {t.evidence}: <a href={href.entity(selected.subject)}>{name(selected.subject)}</a> →{' '}
            {predicate(selected)} → <a href={href.entity(selected.object)}>{name(selected.object)}</a>
          </h3>
          {byItem(selected, t).map(({ item, relations: itemRelations }) => (
            <section key={item} class="evidence-item">
              <h4>
                {item}
                <span class="meta">
                  {' · '}
                  {certaintyWords(itemRelations, t)}
                </span>
              </h4>
              <ul>
                {itemRelations.flatMap((relation) =>
                  relation.sources.map((source, index) => (
                    <li key={`${relation.id}:${index}`}>
                      <blockquote>{source.text}</blockquote>
                      <a href={href.article(source.articleId)}>{articleTitle(source.articleId)}</a>
                      {source.certainty ? ` · ${term(t.certainties, source.certainty)}` : ''}
                    </li>
                  )),
                )}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
      <ul class="relations" aria-label={t.relations}>
        {edges.map((group) => (
          <li key={group.id}>
            <button
              type="button"
              class={`line-${group.line}`}
              data-relation={group.id}
              data-relations={group.relations.map((relation) => relation.id).join(' ')}
              aria-pressed={selected?.id === group.id}
              onClick={() => choose(group)}
            >
              {name(group.subject)} → {predicate(group)} → {name(group.object)}
              {group.items.length > 0 ? ` (${group.items.join(', ')})` : ''}
              {group.line !== 'solid' ? ` · ${certaintyWords(group.relations, t)}` : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The distinct certainties of some relations, in words ("slått fast / usikker"). */
function certaintyWords(relations: RelationFact[], t: Dictionary): string {
  return [...new Set(relations.map((relation) => term(t.certainties, relation.certainty)))].join(' / ');
}

function toElements(nodes: GlobalEntity[], edges: EdgeGroup[], t: Dictionary): ElementDefinition[] {
  const most = Math.max(1, ...nodes.map((node) => node.mentionCount));
  const radius = 60 * Math.sqrt(nodes.length);
  return [
    ...nodes.map((node, index) => {
      const [fill, border] = TYPE_COLOURS[node.type] ?? OTHER_COLOURS;
      const angle = (2 * Math.PI * index) / nodes.length;
      return {
        group: 'nodes' as const,
        position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
        data: {
          id: `n:${node.id}`,
          label: node.name,
          size: Math.round(18 + 34 * Math.sqrt(node.mentionCount / most)),
          fill,
          border,
        },
      };
    }),
    ...edges.map((group) => ({
      group: 'edges' as const,
      data: {
        id: `r:${group.id}`,
        relation: group.id,
        source: `n:${group.subject}`,
        target: `n:${group.object}`,
        label: edgeLabel(group, t),
        line: group.line,
      },
    })),
  ];
}

/** The whole graph in view, but a small one not blown up beyond its natural size. */
function fitGraph(cy: Core): void {
  cy.fit(undefined, 24);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center();
  }
}

function edgeMidpoints(cy: Core, element: HTMLElement): { id: string; x: number; y: number }[] {
  const box = element.getBoundingClientRect();
  return cy.edges().map((edge) => {
    const point = edge.renderedMidpoint();
    return { id: String(edge.data('relation')), x: box.left + point.x, y: box.top + point.y };
  });
}
