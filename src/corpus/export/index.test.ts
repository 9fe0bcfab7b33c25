import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EXAMPLE_STORY, makeRecord } from '../facts/example-story.ts';
import { createEntityLinker } from '../link/entity-linker.ts';
import { assembleStory, exportStory, storyToCsv, storyToGraphml } from './index.ts';

const story = assembleStory(EXAMPLE_STORY, { id: 'droner' });

test('a story of three articles has its span, its linked entities and its merged facts', () => {
  assert.equal(
    story.title,
    'Iran har sendt tusenvis av droner til Russland',
    'the headline sharing most entities',
  );
  assert.equal(story.from, '2024-03-10');
  assert.equal(story.to, '2024-03-15');
  assert.equal(story.articles.length, 3);
  assert.equal(story.entities.filter((e) => e.name === 'Iran').length, 1);
  assert.ok(story.facts.disagreements.length >= 1);
  assert.ok(story.summary.length >= 1);
});

test('quotes carry their speaker as the story-wide entity', () => {
  const lavrov = story.entities.find((e) => e.name === 'Sergej Lavrov' || e.name === 'Sergei Lavrov');
  assert.deepEqual(
    story.quotes.map((q) => [q.speaker, q.text]),
    [[lavrov?.id, 'Samarbeidet er sterkere enn noen gang']],
  );
});

test('links made at ingest by a corpus-wide linker are used as they are', () => {
  const linker = createEntityLinker();
  const links = new Map(EXAMPLE_STORY.map((r) => [r.id, linker.addArticle(r)]));
  const fromIngest = assembleStory(EXAMPLE_STORY, { linked: { entities: linker.entities(), links } });
  assert.deepEqual(fromIngest.entities, story.entities);
  assert.deepEqual(fromIngest.facts, story.facts);
});

test('JSON export round-trips to the same story', () => {
  assert.deepEqual(JSON.parse(exportStory(story, 'json')), story);
});

test('GraphML is valid XML with every data key declared and no edge to a missing node', () => {
  const text = storyToGraphml(story);
  assert.equal(XMLValidator.validate(text), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text) as {
    graphml: {
      key: { id: string }[];
      graph: {
        node: { id: string; data: { key: string }[] }[];
        edge: { source: string; target: string; data: { key: string }[] }[];
      };
    };
  };
  const keys = new Set(doc.graphml.key.map((k) => k.id));
  const nodes = new Set(doc.graphml.graph.node.map((n) => n.id));
  for (const element of [...doc.graphml.graph.node, ...doc.graphml.graph.edge]) {
    for (const d of element.data) assert.ok(keys.has(d.key), `declared key ${d.key}`);
  }
  for (const edge of doc.graphml.graph.edge) assert.ok(nodes.has(edge.source) && nodes.has(edge.target));
  assert.equal(doc.graphml.graph.edge.length, story.facts.relations.length);
});

test('GraphML escapes names that would break XML', () => {
  const record = makeRecord({
    title: 'Tollsak',
    published: '2024-05-02',
    body: 'Johnson & Johnson <Norge> leverer vaksiner til Helse Sør-Øst.',
    entities: [
      ['Johnson & Johnson <Norge>', 'ORG', ['Johnson & Johnson <Norge>']],
      ['Helse Sør-Øst', 'ORG', ['Helse Sør-Øst']],
    ],
    relations: [
      {
        subject: 'e1',
        predicate: 'supplies',
        object: 'e2',
        item: 'vaksiner "nye"',
        certainty: 'asserted',
        date: null,
        evidence: 'leverer vaksiner',
      },
    ],
  });
  assert.equal(XMLValidator.validate(storyToGraphml(assembleStory([record]))), true);
});

test('CSV has one header, one row per fact and source, and quotes cells with commas or quotes', () => {
  const csv = storyToCsv(story);
  const lines = csv.trimEnd().split('\r\n');
  assert.match(lines[0] ?? '', /^fact_id,kind,subject,predicate,object/);
  const expected =
    story.facts.relations.reduce((n, r) => n + r.sources.length, 0) +
    story.facts.events.reduce((n, e) => n + e.sources.length, 0) +
    story.facts.claims.reduce((n, c) => n + c.sources.length, 0) +
    story.facts.disagreements.length * 2;
  assert.equal(lines.length - 1, expected);
});

test('CSV quotes a cell holding a comma or a quote mark, doubling the quote marks', () => {
  const record = makeRecord({
    title: 'Strøm',
    published: '2024-01-09',
    body: 'Statkraft selger strøm til Tyskland, og kaller avtalen «historisk» og "stor".',
    entities: [
      ['Statkraft', 'ORG', ['Statkraft']],
      ['Tyskland', 'GPE', ['Tyskland']],
    ],
    relations: [
      {
        subject: 'e1',
        predicate: 'supplies',
        object: 'e2',
        item: 'strøm',
        certainty: 'asserted',
        date: null,
        evidence: 'Tyskland, og kaller avtalen «historisk» og "stor"',
      },
    ],
  });
  const csv = storyToCsv(assembleStory([record]));
  assert.ok(csv.includes(',"Tyskland, og kaller avtalen «historisk» og ""stor"""'));
});
