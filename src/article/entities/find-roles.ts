// Roles written before a person's name (`Nato-sjef Jens Stoltenberg`, `forsker Stein Tønnesson`), so that a later
// role reference (`Nato-sjefen`, `forskeren`) can be resolved to that person.
import type { Entity } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';

export interface RoleIndex {
  /** The person last introduced with this role before `at`, for a role word as written (definite or not). */
  find(roleWord: string, at: number): string | undefined;
}

/** `Nato-sjefen` -> `nato-sjef`, `generalen` -> `general`: the role without its definite ending. */
export function roleKey(word: string): string {
  const lower = word.toLowerCase().trim();
  return lower.length > 5 ? lower.replace(/(?:en|et|a)$/u, '') : lower;
}

export function indexRoles(sentences: AnalyzedSentence[], entities: Entity[]): RoleIndex {
  const personAt = new Map<number, string>();
  for (const e of entities) if (e.type === 'PER') for (const m of e.mentions) personAt.set(m.start, e.id);
  const roles: { key: string; person: string; at: number }[] = [];
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      const person = personAt.get(token.start);
      const before = sentence.tokens[i - 1];
      if (!person || !before || before.upos !== 'NOUN') return;
      roles.push({ key: roleKey(before.text), person, at: before.start });
    });
  }
  return {
    find(roleWord, at) {
      const key = roleKey(roleWord);
      let best: { person: string; at: number } | undefined;
      for (const r of roles) if (r.key === key && r.at <= at && (!best || r.at > best.at)) best = r;
      return best?.person;
    },
  };
}
