// Hand-made contract records for the corpus tests: a headline, a body, a date, optionally entities.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type ArticleRecord, type Entity } from '../contract/index.ts';

export function testRecord(
  title: string,
  body: string,
  published: string | null,
  entities: Entity[] = [],
): ArticleRecord {
  return {
    schema: SCHEMA_VERSION,
    id: createHash('sha1').update(`${title}\n${body}`).digest('hex'),
    source: `test:${title}`,
    title,
    language: 'nb',
    published,
    genre: 'news',
    body,
    removed: [],
    summary: [],
    summaryGiven: [],
    entities,
    quotes: [],
    claims: [],
    events: [],
    relations: [],
  };
}

export function testEntity(name: string, type: Entity['type'] = 'PER'): Entity {
  return { id: name.toLowerCase(), name, type, mentions: [{ start: 0, end: name.length, text: name }] };
}
