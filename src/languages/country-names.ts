// Country names as a language writes them, from i18n-iso-countries, plus the forms its press also uses.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface CountryNames {
  /** The names of a country by ISO 3166-1 alpha-2 code (`RU` -> `['Russland']`). */
  namesOf(code: string): string[];
  /** The code of a country by any of its names, case-insensitive (`russland` -> `RU`). */
  codeOf(name: string): string | undefined;
}

/** Country names in one locale of i18n-iso-countries, with `extra` names the pack adds (`BY` -> `Belarus`). */
export function countryNamesIn(locale: string, extra: Record<string, string[]> = {}): CountryNames {
  let byCode: Map<string, string[]> | undefined;
  let byName: Map<string, string> | undefined;
  const load = () => {
    if (byCode && byName) return { byCode, byName };
    const given = (
      require(`i18n-iso-countries/langs/${locale}.json`) as { countries: Record<string, string | string[]> }
    ).countries;
    byCode = new Map();
    byName = new Map();
    for (const [code, names] of Object.entries(given)) {
      const all = [...(Array.isArray(names) ? names : [names]), ...(extra[code] ?? [])];
      byCode.set(code, all);
      for (const name of all) byName.set(name.toLowerCase(), code);
    }
    return { byCode, byName };
  };
  return {
    namesOf: (code) => load().byCode.get(code.toUpperCase()) ?? [],
    codeOf: (name) => load().byName.get(name.toLowerCase()),
  };
}
