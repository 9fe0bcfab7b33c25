// Leader-of links from public facts: a person the article names who led a state or body it also names, then.
import type { Entity } from '../../contract/index.ts';
import type { CountryNames } from '../../languages/country-names.ts';
import { ORGANISATION_NAMES, partiesLedBy } from '../../knowledge/leaders.ts';
import { nameKey } from '../entities/link-mentions.ts';

const PARTY_TYPES = new Set(['GPE', 'ORG', 'LOC']);

/**
 * Maps each person entity that led a party in the month of `date` (`Vladimir Putin`, Russia, 2024) to the article's
 * entity for that party, when the article names it (`Russland`). Without the party in the article nothing is linked:
 * the text has to be about that state for its leader's flows to count for it.
 */
export function knownLeaders(entities: Entity[], date: string, countries: CountryNames): Map<string, string> {
  const partyByName = new Map<string, string>();
  for (const e of entities) {
    if (!PARTY_TYPES.has(e.type)) continue;
    for (const name of [e.name, ...e.mentions.map((m) => m.text)]) partyByName.set(nameKey(name), e.id);
  }
  const leaders = new Map<string, string>();
  for (const person of entities) {
    if (person.type !== 'PER') continue;
    const parties = new Set(
      [person.name, ...person.mentions.map((m) => m.text)].flatMap((name) => partiesLedBy(name, date)),
    );
    for (const party of parties) {
      const names = party.startsWith('org:') ? (ORGANISATION_NAMES[party] ?? []) : countries.namesOf(party);
      const entity = names.map((n) => partyByName.get(nameKey(n))).find((id) => id !== undefined);
      if (entity) {
        leaders.set(person.id, entity);
        break;
      }
    }
  }
  return leaders;
}
