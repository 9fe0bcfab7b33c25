// Norwegian reporting verbs as data: every form that introduces speech, with its lemma and what kind of act it reports.

/** say: neutral speech; write: written or published; claim: contested assertion; believe: opinion or expectation;
 *  warn: warning or threat; deny: rejection; call: naming someone something; thank: thanks or praise. */
export type SpeechKind = 'say' | 'write' | 'claim' | 'believe' | 'warn' | 'deny' | 'call' | 'thank';

export interface ReportingVerb {
  /** The form as written, lower case; multi-word forms separate words with one space (`legger til`). */
  form: string;
  lemma: string;
  kind: SpeechKind;
  /** True when the form may close a direct quote: `– ..., sier hun.` */
  tail: boolean;
  /** True when the form may take a clause without `at`: `Hun sier dette er feil.` */
  bridge: boolean;
}

const rows: Array<[string, string, SpeechKind, boolean, boolean]> = [
  // form, lemma, kind, tail, bridge
  ['sier', 'si', 'say', true, true],
  ['sa', 'si', 'say', true, true],
  ['sagt', 'si', 'say', false, true],
  ['uttaler', 'uttale', 'say', true, false],
  ['uttalte', 'uttale', 'say', true, false],
  ['uttalt', 'uttale', 'say', false, false],
  ['forteller', 'fortelle', 'say', true, true],
  ['fortalte', 'fortelle', 'say', true, true],
  ['fortalt', 'fortelle', 'say', false, true],
  ['legger til', 'legge til', 'say', true, false],
  ['la til', 'legge til', 'say', true, false],
  ['opplyser', 'opplyse', 'say', true, false],
  ['opplyste', 'opplyse', 'say', true, false],
  ['opplyst', 'opplyse', 'say', false, false],
  ['understreker', 'understreke', 'say', true, false],
  ['understreket', 'understreke', 'say', true, false],
  ['påpeker', 'påpeke', 'say', true, false],
  ['påpekte', 'påpeke', 'say', true, false],
  ['forklarer', 'forklare', 'say', true, false],
  ['forklarte', 'forklare', 'say', true, false],
  ['svarer', 'svare', 'say', true, false],
  ['svarte', 'svare', 'say', true, false],
  ['spør', 'spørre', 'say', true, false],
  ['spurte', 'spørre', 'say', true, false],
  ['konstaterer', 'konstatere', 'say', true, false],
  ['konstaterte', 'konstatere', 'say', true, false],
  ['bekrefter', 'bekrefte', 'say', true, false],
  ['bekreftet', 'bekrefte', 'say', true, false],
  ['minner om', 'minne om', 'say', false, false],
  ['erkjenner', 'erkjenne', 'say', true, false],
  ['innrømmer', 'innrømme', 'say', true, false],
  ['innrømmet', 'innrømme', 'say', true, false],
  ['kunngjorde', 'kunngjøre', 'say', false, false],
  ['skriver', 'skrive', 'write', true, false],
  ['skrev', 'skrive', 'write', true, false],
  ['melder', 'melde', 'write', true, false],
  ['meldte', 'melde', 'write', true, false],
  ['rapporterer', 'rapportere', 'write', true, false],
  ['rapporterte', 'rapportere', 'write', true, false],
  ['opererer med', 'operere med', 'claim', false, false],
  ['hevder', 'hevde', 'claim', true, true],
  ['hevdet', 'hevde', 'claim', true, true],
  ['påstår', 'påstå', 'claim', true, true],
  ['påsto', 'påstå', 'claim', true, true],
  ['mener', 'mene', 'believe', true, true],
  ['mente', 'mene', 'believe', true, true],
  ['tror', 'tro', 'believe', true, true],
  ['trodde', 'tro', 'believe', true, true],
  ['håper', 'håpe', 'believe', false, true],
  ['frykter', 'frykte', 'believe', true, true],
  ['fryktet', 'frykte', 'believe', true, true],
  ['forventer', 'forvente', 'believe', false, false],
  ['anslår', 'anslå', 'believe', true, false],
  ['anslo', 'anslå', 'believe', true, false],
  ['er bekymret over', 'være bekymret', 'believe', false, false],
  ['er bekymret for', 'være bekymret', 'believe', false, false],
  ['advarer', 'advare', 'warn', true, false],
  ['advarte', 'advare', 'warn', true, false],
  ['advart', 'advare', 'warn', false, false],
  ['truer', 'true', 'warn', false, false],
  ['truet', 'true', 'warn', false, false],
  ['oppfordrer', 'oppfordre', 'warn', true, false],
  ['oppfordret', 'oppfordre', 'warn', true, false],
  ['avviser', 'avvise', 'deny', true, false],
  ['avviste', 'avvise', 'deny', true, false],
  ['avvist', 'avvise', 'deny', false, false],
  ['benekter', 'benekte', 'deny', true, false],
  ['benektet', 'benekte', 'deny', true, false],
  ['nekter for', 'nekte for', 'deny', false, false],
  ['dementerer', 'dementere', 'deny', true, false],
  ['kaller', 'kalle', 'call', false, false],
  ['kalte', 'kalle', 'call', false, false],
  ['takker', 'takke', 'thank', false, false],
  ['takket', 'takke', 'thank', false, false],
];

export const REPORTING_VERBS: readonly ReportingVerb[] = rows.map(([form, lemma, kind, tail, bridge]) => ({
  form,
  lemma,
  kind,
  tail,
  bridge,
}));
