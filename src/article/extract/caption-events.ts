// Events that only photo captions state: captions leave the body, their dated facts stay for the timeline.
import type { CaptionEvent, Entity, Removed } from '../../contract/index.ts';
import type { LanguagePack } from '../../languages/pack.ts';
import { genitiveBase, nameKey } from '../entities/link-mentions.ts';
import { anchorOf } from './anchor-of.ts';
import { extractFacts } from './index.ts';

/** The `why` of a removed photo caption. */
const CAPTION = 'caption';

/**
 * Runs the extraction on each removed caption and keeps its events whose parties the body also names, with the
 * body's entity ids (a caption alone does not found an entity). Spans are into the caption's text.
 */
export function findCaptionEvents(
  removed: Removed[],
  bodyEntities: Entity[],
  published: string | null,
  pack: LanguagePack | undefined,
): CaptionEvent[] {
  if (!pack?.events) return [];
  const idByName = new Map<string, string>();
  for (const e of bodyEntities)
    for (const name of [e.name, ...e.mentions.map((m) => m.text)]) {
      idByName.set(nameKey(name), e.id);
      const base = genitiveBase(name);
      if (base && !idByName.has(nameKey(base))) idByName.set(nameKey(base), e.id);
    }
  const found: CaptionEvent[] = [];
  removed.forEach(({ text, why }, index) => {
    if (why !== CAPTION || !text.trim()) return;
    // Only a dated caption can add to a timeline: the time parser is cheap, the full extraction is not.
    if (pack.time && !pack.time.find(text, anchorOf(published)).some((t) => t.value)) return;
    const facts = extractFacts({ body: text, published }, pack);
    const bodyId = (local: string | null): string | null => {
      const entity = facts.entities.find((e) => e.id === local);
      if (!entity) return null;
      for (const name of [entity.name, ...entity.mentions.map((m) => m.text)]) {
        const id = idByName.get(nameKey(name)) ?? idByName.get(nameKey(genitiveBase(name) ?? name));
        if (id) return id;
      }
      // `Vladimir Putin` in the caption, only `Putin` in the body.
      const surname = entity.type === 'PER' ? nameKey(entity.name).split(' ').slice(1).pop() : undefined;
      return surname ? (idByName.get(surname) ?? null) : null;
    };
    for (const { rule: _rule, ...event } of facts.events) {
      const participants = [...new Set(event.participants.map(bodyId).filter((id) => id !== null))];
      const place = bodyId(event.place);
      if (participants.length === 0 && place === null) continue;
      found.push({ ...event, participants, place, removed: index });
    }
  });
  return found;
}
