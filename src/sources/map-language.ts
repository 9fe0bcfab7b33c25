// Declared language tags (`nb-NO`, `no`, `nob`, `nn_NO`, `en-GB`) -> ISO 639-1 codes.

// "no" (Norwegian, unspecified) is almost always Bokmål in practice; Nynorsk sites declare nn.
const ALIASES: Record<string, string> = {
  no: 'nb',
  nb: 'nb',
  nob: 'nb',
  nor: 'nb',
  bokmal: 'nb',
  bokmål: 'nb',
  nn: 'nn',
  nno: 'nn',
  nynorsk: 'nn',
  da: 'da',
  dan: 'da',
  sv: 'sv',
  swe: 'sv',
  en: 'en',
  eng: 'en',
  de: 'de',
  deu: 'de',
  ger: 'de',
};

/** ISO 639-1 code for a declared language tag, or null when absent or unrecognisable. */
export function toLanguageCode(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const alias = ALIASES[primary];
  if (alias) return alias;
  // Other languages pass through when they already look like ISO 639-1.
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}
