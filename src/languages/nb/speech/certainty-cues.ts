// Norwegian cues for how firmly something is stated, as data: hedges, modals, reporting, estimates, denials.

/** Cues that make a whole sentence hedged: `det antas`, `trolig`. */
export const HEDGE_CUES: readonly string[] = [
  'det antas',
  'antas',
  'antakelig',
  'antagelig',
  'trolig',
  'sannsynligvis',
  'kanskje',
  'muligens',
  'visstnok',
  'angivelig',
  'spekuleres',
  'spekulert',
  'mistenkes',
  'mistenker',
  'tyder på',
  'etter alt å dømme',
  'usikkert',
];

/** Modal verbs that hedge only the clause they stand in: `200 hus kan bli revet`. */
export const MODAL_HEDGES: readonly string[] = ['kan', 'kunne', 'mulig', 'muligens', 'risikerer'];

/** Cues that make a number reported by someone else: `ifølge`, `skal ha`. */
export const REPORTED_CUES: readonly string[] = [
  'ifølge',
  'i følge',
  'skal ha',
  'skal være',
  'skal ha blitt',
  'melder',
  'meldte',
  'rapporterer',
  'rapporter',
  'opplyser',
  'opplyste',
  'hevder',
  'hevdet',
  'sier',
  'sa',
  'oppgir',
  'oppga',
  'viser tall fra',
  'tall fra',
];

/** `skal 30 hus ha brent`: the reportive `skal ... ha` split by its subject. */
export const REPORTED_PATTERNS: readonly RegExp[] = [/(?<![\p{L}])skal\s(?:[^,.;:]{0,60}\s)?ha(?![\p{L}])/iu];

/** Cues that make a number an estimate: `anslag`, `om lag`, `rundt`. */
export const ESTIMATE_CUES: readonly string[] = [
  'anslag',
  'anslagene',
  'anslått',
  'anslår',
  'anslo',
  'anslagsvis',
  'estimat',
  'estimert',
  'estimerer',
  'beregnet',
  'beregninger',
  'om lag',
  'omkring',
  'cirka',
  'ca.',
  'omtrent',
  'rundt',
  'i overkant av',
  'i underkant av',
];

/** Cues that deny what follows: `avviser`, `benekter`. */
export const DENIAL_CUES: readonly string[] = [
  'avviser',
  'avviste',
  'avvist',
  'benekter',
  'benektet',
  'dementerer',
  'dementert',
  'tilbakeviser',
  'nekter for',
];
