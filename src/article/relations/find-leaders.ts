// Leader-of links from the text: `Russlands president Vladimir Putin`, `Nord-Koreas leder, Kim Jong-un`.
import type { SentenceView } from './sentence-view.ts';

/**
 * Maps a person's entity id to the state or organisation the text makes them the leader of, so that a flow
 * stated about the leader (`Putin har mottatt granater fra Nord-Korea`) also counts for the state.
 */
export function findLeaders(views: SentenceView[], leaderRoles: string[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const view of views) {
    for (const person of view.mentions) {
      if (person.type !== 'PER') continue;
      let k = person.first - 1;
      if (view.lemmas[k] === ',') k--;
      if (k >= 0 && !view.mentionOf[k] && leaderRoles.includes(view.lemmas[k]!)) k--;
      if (view.lemmas[k] === ',') k--;
      const state = k >= 0 ? view.mentionOf[k] : undefined;
      if (
        !state ||
        state.last !== k ||
        (state.type !== 'GPE' && state.type !== 'ORG') ||
        !/s$/.test(state.text)
      )
        continue;
      const forPerson = votes.get(person.entity) ?? new Map<string, number>();
      forPerson.set(state.entity, (forPerson.get(state.entity) ?? 0) + 1);
      votes.set(person.entity, forPerson);
    }
  }
  const leaders = new Map<string, string>();
  for (const [person, states] of votes) {
    const [best] = [...states.entries()].sort((a, b) => b[1] - a[1]);
    if (best) leaders.set(person, best[0]);
  }
  return leaders;
}
