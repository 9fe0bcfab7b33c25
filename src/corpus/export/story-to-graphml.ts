// The actor network of a story as GraphML (opens in Gephi): entities as nodes, relations as labelled edges.
import type { Story } from './assemble-story.ts';

/** Characters XML 1.0 forbids even escaped: controls other than tab, newline and return, and U+FFFE/U+FFFF. */
function isForbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

function xml(text: string): string {
  const allowed = [...text].filter((c) => !isForbidden(c.charCodeAt(0))).join('');
  return allowed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['mentions', 'int'],
  ['articles', 'int'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['predicate', 'string'],
  ['item', 'string'],
  ['certainty', 'string'],
  ['sources', 'int'],
  ['weight', 'double'],
] as const;

export function storyToGraphml(story: Story): string {
  const nodes = new Map(story.entities.map((e) => [e.id, e]));
  const extra = new Set<string>();
  for (const r of story.facts.relations)
    for (const id of [r.subject, r.object]) if (!nodes.has(id)) extra.add(id);
  const data = (key: string, value: string | number) => `<data key="${key}">${xml(String(value))}</data>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(
      ([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    `  <graph id="${xml(story.id)}" edgedefault="directed">`,
  ];
  for (const e of nodes.values()) {
    out.push(
      `    <node id="${xml(e.id)}">${data('n_label', e.name)}${data('n_type', e.type)}` +
        `${data('n_mentions', e.mentionCount)}${data('n_articles', e.sources.length)}</node>`,
    );
  }
  // An id the linker never saw (a raw name from an extractor) still becomes a node, so no edge dangles.
  for (const id of extra)
    out.push(
      `    <node id="${xml(id)}">${data('n_label', id)}${data('n_type', 'MISC')}${data('n_mentions', 0)}${data('n_articles', 0)}</node>`,
    );
  for (const r of story.facts.relations) {
    const label = r.item ? `${r.predicate}: ${r.item}` : r.predicate;
    const articles = new Set(r.sources.map((s) => s.articleId)).size;
    out.push(
      `    <edge id="${xml(r.id)}" source="${xml(r.subject)}" target="${xml(r.object)}">` +
        `${data('e_label', label)}${data('e_predicate', r.predicate)}${data('e_item', r.item ?? '')}` +
        `${data('e_certainty', r.certainty)}${data('e_sources', articles)}${data('e_weight', articles)}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
