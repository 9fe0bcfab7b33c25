// A leader referred to by title only (`Nato-sjefen`, `Russlands president`): who held it at the article's date.
import type { CountryNames } from '../../languages/country-names.ts';
import { leadersOf, organisationNamed } from '../../knowledge/leaders.ts';
import { roleKey } from './find-roles.ts';

/**
 * The names of the person a title names at `date`: `Nato-sjefen` or `Natos generalsekretær` in June 2024 is Jens
 * Stoltenberg, `Russlands president` Vladimir Putin. The title must be one of `titles` (`sjef`, `president`), the
 * party a country or organisation. Whether that person is in the article is for the caller to check.
 */
export function namesForTitle(
  title: string,
  date: string,
  titles: ReadonlySet<string>,
  countries: CountryNames,
): string[] {
  const compound = /^(\p{L}+)-(\p{L}+)$/u.exec(title.trim());
  const genitive = /^(\p{L}+(?:-\p{L}+)?)s (\p{L}+)$/u.exec(title.trim());
  const [, owner, role] = compound ?? genitive ?? [];
  if (!owner || !role || !titles.has(roleKey(role))) return [];
  const party = organisationNamed(owner) ?? countries.codeOf(owner);
  return party ? leadersOf(party, date).flat() : [];
}
