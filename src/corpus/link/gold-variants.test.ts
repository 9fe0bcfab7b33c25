// Feeds the entity names and aliases of ../shared/gold (read at run time) to the linker as one article per file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType } from '../../contract/index.ts';
import { createEntityLinker } from './entity-linker.ts';

const GOLD = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/gold');

interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

/** Spellings that name one referent but share no text: what the linker must bridge on its own. */
const SAME: [string, string][] = [
  ['Kim Jong-Un', 'Kim Jong-un'],
  ['Sør Korea', 'Sør-Korea'],
  ['Putin', 'Vladimir Putin'],
];
/** Names that share a word but are different people: what the linker must keep apart. */
const DIFFERENT: [string, string][] = [
  ['Kim Il-sung', 'Kim Jong-un'],
  ['Kim Jong-il', 'Kim Jong-un'],
];

/** The referent a gold name stands for: its own lower-cased name unless the SAME table bridges it. */
function referentOf(name: string): string {
  const bridged = SAME.find(([variant]) => variant === name)?.[1] ?? name;
  return bridged.toLowerCase();
}

test(
  'every spelling of one referent across the gold files links to one entity, and no two referents share one',
  {
    skip: existsSync(GOLD) ? false : `no gold at ${GOLD}`,
  },
  () => {
    const linker = createEntityLinker();
    const globalOf = new Map<string, Set<string>>();
    for (const file of readdirSync(GOLD)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { entities: GoldEntity[] };
      const entities: Entity[] = gold.entities.map((g, i) => ({
        id: `e${i + 1}`,
        name: g.name,
        type: g.type,
        mentions: [g.name, ...(g.aliases ?? [])].map((text) => ({ start: 0, end: text.length, text })),
      }));
      const links = linker.addArticle({ id: file, entities, quotes: [] });
      for (const e of entities) {
        const set = globalOf.get(referentOf(e.name)) ?? new Set();
        set.add(links.get(e.id) ?? '?');
        globalOf.set(referentOf(e.name), set);
      }
    }
    const split = [...globalOf].filter(([, ids]) => ids.size > 1).map(([name]) => name);
    assert.deepEqual(split, [], 'referents split over several entities');
    const owners = new Map<string, string[]>();
    for (const [name, ids] of globalOf)
      for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), name]);
    const merged = [...owners.values()].filter((names) => names.length > 1);
    assert.deepEqual(merged, [], 'different referents merged into one entity');
    for (const [a, b] of DIFFERENT) {
      if (globalOf.has(a.toLowerCase()) && globalOf.has(b.toLowerCase())) {
        assert.notDeepEqual(globalOf.get(a.toLowerCase()), globalOf.get(b.toLowerCase()), `${a} / ${b}`);
      }
    }
  },
);
