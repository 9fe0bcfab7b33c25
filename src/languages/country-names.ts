// Country names as a language writes them, from i18n-iso-countries, plus the forms its press also uses.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A lookup from ISO 3166-1 alpha-2 code to the names of that country in one locale of i18n-iso-countries
 * (`RU` -> `['Russland']` in `nb`), with `extra` names the pack adds (`BY` -> `Belarus`).
 */
export function countryNamesIn(
  locale: string,
  extra: Record<string, string[]> = {},
): (code: string) => string[] {
  let names: Record<string, string | string[]> | undefined;
  return (code) => {
    names ??= (
      require(`i18n-iso-countries/langs/${locale}.json`) as { countries: Record<string, string | string[]> }
    ).countries;
    const given = names[code.toUpperCase()] ?? [];
    return [...(Array.isArray(given) ? given : [given]), ...(extra[code.toUpperCase()] ?? [])];
  };
}
